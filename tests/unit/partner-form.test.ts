import { describe, expect, it } from 'vitest';
import { translate } from '@/lib/i18n';
import type { MessageKey, Vars } from '@/lib/i18n';
import { emptyPartnerForm, formFieldOf, formToInput, normaliseNaf, sectorsForNaf, validatePartnerForm, vatFromForm } from '@/features/partners/lib/form-partner';
import { todayIso } from '@/features/partners/lib/form-dates';

const t = (key: MessageKey, vars?: Vars) => translate('fr', key, vars);
const valid = { ...emptyPartnerForm('u-1'), name: 'Hydrogénie', sector: 'hydrogene', department: '30', city: 'Alès' };

describe('the company form rules', () => {
  it('accepts a complete company', () => {
    expect(validatePartnerForm(valid, t)).toEqual({});
  });

  it('asks for the name, the city, the sector and the department', () => {
    const errors = validatePartnerForm(emptyPartnerForm(), t);
    expect(errors).toMatchObject({ name: 'Champ obligatoire', city: 'Champ obligatoire', sector: 'Champ obligatoire', department: 'Champ obligatoire' });
  });

  it('checks the SIREN length and key, spaces allowed', () => {
    expect(validatePartnerForm({ ...valid, siren: '200 034 528' }, t).siren).toBeUndefined();
    expect(validatePartnerForm({ ...valid, siren: '20003452' }, t).siren).toBe('Le SIREN doit comporter 9 chiffres');
    expect(validatePartnerForm({ ...valid, siren: '200034529' }, t).siren).toBe('SIREN invalide : la clé de contrôle ne correspond pas');
  });

  it('checks the SIRET against the SIREN', () => {
    expect(validatePartnerForm({ ...valid, siren: '504779653', siret: '504 779 653 00055' }, t).siret).toBeUndefined();
    expect(validatePartnerForm({ ...valid, siren: '200034528', siret: '50477965300055' }, t).siret).toBe('Le SIRET doit commencer par le SIREN');
    expect(validatePartnerForm({ ...valid, siret: '50477965300056' }, t).siret).toBe('SIRET invalide : la clé de contrôle ne correspond pas');
    expect(validatePartnerForm({ ...valid, siret: '5047796530005' }, t).siret).toBe('Le SIRET doit comporter 14 chiffres');
  });

  it('derives the VAT number from a valid SIREN only', () => {
    expect(vatFromForm('200034528')).toBe('FR01200034528');
    expect(vatFromForm('200 034 528')).toBe('FR01200034528');
    expect(vatFromForm('200034529')).toBeNull();
    expect(vatFromForm('')).toBeNull();
  });

  it('reads NAF codes as people type them and proposes their sectors', () => {
    expect(normaliseNaf('6201z')).toBe('62.01Z');
    expect(normaliseNaf(' 62.01Z ')).toBe('62.01Z');
    expect(sectorsForNaf('62.01Z')).toEqual(['numerique-ia']);
    // A code shared by two sectors proposes both.
    expect(sectorsForNaf('35.11Z')).toEqual(['nucleaire', 'energies-renouvelables']);
    expect(sectorsForNaf('99.99Z')).toEqual([]);
    expect(sectorsForNaf('62')).toEqual([]);
    expect(validatePartnerForm({ ...valid, nafCode: '62-01' }, t).nafCode).toBe('Code NAF attendu au format 62.01Z');
  });

  it('sends digits only, nulls for empty fields, distinct tags and a full web address', () => {
    const input = formToInput({ ...valid, siren: '200 034 528', siret: '', nafCode: '6201z', tags: 'forum 2024, Chaire ,forum 2024, ', website: 'www.hydrogenie.fr' });
    expect(input).toMatchObject({
      siren: '200034528',
      siret: null,
      nafCode: '62.01Z',
      tags: ['forum 2024', 'Chaire'],
      website: 'https://www.hydrogenie.fr',
      partnerSince: null,
      ownerId: 'u-1',
    });
    expect(validatePartnerForm({ ...valid, website: 'pas une adresse' }, t).website).toBe('Adresse web invalide (ex. https://www.exemple.fr)');
  });

  it('names the form field of an API error path', () => {
    expect(formFieldOf('siren')).toBe('siren');
    expect(formFieldOf('tags.3')).toBe('tags');
    expect(formFieldOf('_')).toBeNull();
  });

  it('gives today in the person’s own calendar', () => {
    expect(todayIso(new Date(2026, 10, 26, 23, 30))).toBe('2026-11-26');
  });
});
