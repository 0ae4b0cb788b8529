import { describe, expect, it } from 'vitest';
import type { AcademicPartner } from '@/contract/entities';
import { academicCsvColumns } from '@/features/academic/lib/csv-columns';
import { draftOf, isDirty, patchOf, serverErrors, validateDraft } from '@/features/academic/lib/form';
import { activeDoubleDegrees, countDue, renewalState, todayIso } from '@/features/academic/lib/renewal';

const partner = (over: Partial<AcademicPartner> = {}): AcademicPartner => ({
  id: 'ap-1',
  school: 'ENSCM',
  country: 'France',
  city: 'Montpellier',
  scope: 'national',
  doubleDegree: true,
  since: 2009,
  renewalDate: '2027-03-01',
  field: 'Chimie',
  active: true,
  synthetic: false,
  version: 3,
  ...over,
});
const TODAY = '2026-11-26';

describe('renewals', () => {
  it('marks an active agreement due within 6 months, with the months and days left', () => {
    expect(renewalState(partner(), TODAY)).toEqual({ kind: 'due', months: 3, days: 95 });
    expect(renewalState(partner({ renewalDate: '2026-12-10' }), TODAY)).toEqual({ kind: 'due', months: 0, days: 14 });
    expect(renewalState(partner({ renewalDate: TODAY }), TODAY)).toEqual({ kind: 'due', months: 0, days: 0 });
    // The window's last day is in, the next one out (the API's rule).
    expect(renewalState(partner({ renewalDate: '2027-05-26' }), TODAY).kind).toBe('due');
    expect(renewalState(partner({ renewalDate: '2027-05-27' }), TODAY).kind).toBe('none');
  });

  it('says overdue when the date has passed, and nothing for an inactive agreement', () => {
    expect(renewalState(partner({ renewalDate: '2026-11-25' }), TODAY)).toEqual({ kind: 'overdue' });
    expect(renewalState(partner({ active: false }), TODAY)).toEqual({ kind: 'none' });
    expect(renewalState(partner({ active: false, renewalDate: '2020-01-01' }), TODAY)).toEqual({ kind: 'none' });
  });

  it('counts the agreements due and the active double degrees of a year', () => {
    const list = [partner(), partner({ renewalDate: '2028-01-01' }), partner({ renewalDate: '2026-01-01' }), partner({ active: false })];
    expect(countDue(list, TODAY)).toBe(1);
    const dd = [partner({ since: 2010 }), partner({ since: 2023 }), partner({ doubleDegree: false }), partner({ active: false })];
    expect(activeDoubleDegrees(dd)).toBe(2);
    expect(activeDoubleDegrees(dd, 2022)).toBe(1);
  });

  it('reads today from the local calendar', () => {
    expect(todayIso(new Date(2026, 10, 26, 23, 30))).toBe('2026-11-26');
  });
});

describe('edit form', () => {
  const m = {
    renewalRequired: 'required',
    renewalInvalid: 'invalid',
    renewalBeforeSince: 'before',
    fieldRequired: 'field',
    fieldTooLong: (n: number) => `long ${n}`,
  };

  it('checks the renewal date and the field', () => {
    const ok = draftOf(partner());
    expect(validateDraft(ok, 2009, m)).toEqual({});
    expect(validateDraft({ ...ok, renewalDate: '' }, 2009, m)).toEqual({ renewalDate: 'required' });
    expect(validateDraft({ ...ok, renewalDate: '2027-02-30' }, 2009, m)).toEqual({ renewalDate: 'invalid' });
    expect(validateDraft({ ...ok, renewalDate: '2008-12-31' }, 2009, m)).toEqual({ renewalDate: 'before' });
    expect(validateDraft({ ...ok, field: '   ' }, 2009, m)).toEqual({ field: 'field' });
    expect(validateDraft({ ...ok, field: 'x'.repeat(121) }, 2009, m)).toEqual({ field: 'long 121' });
  });

  it('sends only what changed, with the version it was based on', () => {
    const base = draftOf(partner());
    expect(patchOf({ ...base, renewalDate: '2028-03-01', field: ' Chimie ' }, base, 3)).toEqual({ version: 3, renewalDate: '2028-03-01' });
    expect(patchOf({ ...base, active: false, doubleDegree: false }, base, 4)).toEqual({ version: 4, active: false, doubleDegree: false });
    expect(isDirty(base, base)).toBe(false);
    expect(isDirty({ ...base, field: 'Chimie verte' }, base)).toBe(true);
  });

  it('puts server errors next to their fields', () => {
    expect(serverErrors([{ field: 'renewalDate', message: 'Date invalide' }, { field: 'version', message: 'Version' }])).toEqual({
      byField: { renewalDate: 'Date invalide' },
      other: ['Version'],
    });
  });
});

describe('academic CSV', () => {
  it('keeps ISO dates and says yes/no in words', () => {
    const columns = academicCsvColumns({
      school: 'École', country: 'Pays', city: 'Ville', scope: 'Portée', doubleDegree: 'DD', since: 'Depuis', renewal: 'Renouvellement',
      field: 'Domaine', active: 'Actif', synthetic: 'Démo', scopeValue: (s) => (s === 'national' ? 'Nationale' : 'Internationale'), yes: 'Oui', no: 'Non',
    });
    const row = partner();
    expect(columns.map((c) => c.value(row))).toEqual(['ENSCM', 'France', 'Montpellier', 'Nationale', 'Oui', 2009, '2027-03-01', 'Chimie', 'Oui', 'Non']);
  });
});
