import { beforeAll, describe, expect, it } from 'vitest';
import type { PartnerRow } from '@/contract/entities';
import { parseDay } from '@/features/partners/import/lib/convert';
import { buildLookups } from '@/features/partners/import/lib/lookups';
import type { Lookups } from '@/features/partners/import/lib/lookups';
import { autoMapping } from '@/features/partners/import/lib/mapping';
import { parseCsvText } from '@/features/partners/import/lib/parse-csv';
import { buildImportRows, buildPreview, existingMatches, withoutLines } from '@/features/partners/import/lib/preview';
import { issuesFromServer } from '@/features/partners/import/lib/server-errors';
import { loadCatalogue, translate } from '@/lib/i18n';
import type { MessageKey, Vars } from '@/lib/i18n';
import '@/locales/labels';
import { USERS } from '../../mocks/data/users';

const t = (key: MessageKey, vars?: Vars) => translate('fr', key, vars);
let lookups: Lookups;
beforeAll(async () => {
  await loadCatalogue('en');
  lookups = buildLookups((k) => [translate('fr', k as MessageKey), translate('en', k as MessageKey)], USERS);
});

async function previewOf(text: string) {
  const csv = await parseCsvText(text);
  const mapping = autoMapping(csv.headers);
  return { csv, mapping, preview: await buildPreview(csv, mapping, { lookups, t }) };
}

// Valid SIREN / SIRET pairs (Luhn keys) that the demo dataset does not use.
const A = { siren: '401234562', siret: '40123456200015' };
const B = { siren: '401234570', siret: '40123457000018' };

describe('lookups: every form of a label', () => {
  it.each([
    ['Numérique & IA', 'numerique-ia'],
    ['Computing & AI', 'numerique-ia'],
    ['numerique-ia', 'numerique-ia'],
    ['energies renouvelables', 'energies-renouvelables'],
    ['Santé', 'sante'],
  ])('sector %s → %s', (text, code) => expect(lookups.sector(text)).toBe(code));

  it.each([
    ['PME (10 à 249)', 'pme'],
    ['PME', 'pme'],
    ['Mid-cap (250 to 4,999)', 'eti'],
    ['ge', 'ge'],
    ['Grande entreprise', 'ge'],
  ])('size %s → %s', (text, code) => expect(lookups.sizeBand(text)).toBe(code));

  it.each([
    ['Partenaire actif', 'active'],
    ['Active partner', 'active'],
    ['dormant', 'dormant'],
    ['En sommeil', 'dormant'],
  ])('stage %s → %s', (text, code) => expect(lookups.stage(text)).toBe(code));

  it.each([
    ['30', '30'],
    ['Gard', '30'],
    ['Gard (30)', '30'],
    ['hérault', '34'],
    ['9', '09'],
    ['Hors Occitanie', 'HO'],
    ['Outside Occitanie', 'HO'],
    ['HO', 'HO'],
  ])('department %s → %s', (text, code) => expect(lookups.department(text)).toBe(code));

  it('finds an owner by name (any case or accents) or e-mail', () => {
    expect(lookups.owner('Élodie Garnier')).toBe('u-6');
    expect(lookups.owner('elodie garnier')).toBe('u-6');
    expect(lookups.owner('SOPHIE.BERNARD@mines-ales.example')).toBe('u-1');
    expect(lookups.owner('Personne Inconnue')).toBeNull();
  });

  it('reads French and ISO dates, and refuses days that do not exist', () => {
    expect(parseDay('26/11/2021')).toBe('2021-11-26');
    expect(parseDay('1/2/2020')).toBe('2020-02-01');
    expect(parseDay('2021-11-26')).toBe('2021-11-26');
    expect(parseDay('26/11/2021 00:00')).toBe('2021-11-26');
    expect(parseDay('31/02/2021')).toBeNull();
    expect(parseDay('demain')).toBeNull();
  });
});

describe('a line → an ImportRow', () => {
  it('converts labels to codes, owner to id, tags, dates, spaced identifiers, empty cells to null', async () => {
    const { preview } = await previewOf(
      [
        'Nom;SIREN;SIRET;Code NAF;Secteur;Département;Ville;Taille;Statut de la relation;Responsable;Partenaire depuis;Étiquettes;Site web;Notes',
        `Atelier Cévenol;401 234 562;401 234 562 00015;6201Z;Numérique & IA;Gard (30);Alès;PME (10 à 249);Partenaire actif;Camille Roux;26/11/2021;forum 2026, alternance ,;https://atelier.example;'=1+1`,
        'Sans Rien;;;;sante;Hors Occitanie;Lyon;;;;;;;',
      ].join('\n'),
    );
    expect(preview.issues).toEqual([]);
    expect(preview.groups.map((g) => g.partner)).toEqual([
      {
        name: 'Atelier Cévenol', siren: A.siren, siret: A.siret, nafCode: '62.01Z', sector: 'numerique-ia', department: '30', city: 'Alès',
        sizeBand: 'pme', stage: 'active', ownerId: 'u-3', partnerSince: '2021-11-26', tags: ['forum 2026', 'alternance'], website: 'https://atelier.example', notes: '=1+1',
      },
      {
        name: 'Sans Rien', siren: null, siret: null, nafCode: null, sector: 'sante', department: 'HO', city: 'Lyon',
        sizeBand: 'pme', stage: 'prospect', ownerId: null, partnerSince: null, tags: [], website: null, notes: '',
      },
    ]);
  });

  it('gives every invalid line its reason, column, value and line number (header = line 1)', async () => {
    const { preview } = await previewOf(
      [
        'Nom;SIREN;Secteur;Département;Ville;Responsable;Partenaire depuis;Contact prénom;Contact nom;Contact e-mail',
        `Bonne;${A.siren};Santé;30;Alès;;;;;`,
        'Mauvais SIREN;401234563;Santé;30;Alès;;;;;',
        ';;Chimie;Bretagne;Alès;Inconnu;31/02/2021;;;',
        `Contact;${B.siren};Santé;30;Alès;;;Anne;;pas-un-mail`,
      ].join('\n'),
    );
    expect(preview.groups.map((g) => g.partner.name)).toEqual(['Bonne']);
    expect(preview.invalidLines).toEqual([3, 4, 5]);
    expect(preview.issues).toEqual([
      { line: 3, column: 'SIREN', value: '401234563', message: 'SIREN invalide : la clé de contrôle ne correspond pas' },
      { line: 4, column: 'Nom', value: '', message: 'Champ obligatoire' },
      { line: 4, column: 'Secteur', value: 'Chimie', message: 'Secteur inconnu : « Chimie »' },
      { line: 4, column: 'Département', value: 'Bretagne', message: 'Département inconnu : « Bretagne » (numéro, nom ou « Hors Occitanie »)' },
      { line: 4, column: 'Responsable', value: 'Inconnu', message: 'Responsable inconnu : « Inconnu » (nom ou e-mail d’un membre de l’équipe)' },
      { line: 4, column: 'Partenaire depuis', value: '31/02/2021', message: 'Date invalide : « 31/02/2021 » (JJ/MM/AAAA ou AAAA-MM-JJ)' },
      { line: 5, column: 'Contact nom', value: '', message: 'Champ obligatoire' },
      { line: 5, column: 'Contact e-mail', value: 'pas-un-mail', message: 'Adresse e-mail invalide' },
    ]);
  });

  it('checks SIRET length and that it starts with the SIREN', async () => {
    const { preview } = await previewOf(['Nom;SIREN;SIRET;Secteur;Département;Ville', `X;${A.siren};${B.siret};Santé;30;Alès`, `Y;${B.siren};123;Santé;30;Alès`].join('\n'));
    expect(preview.issues.map((i) => [i.line, i.message])).toEqual([
      [2, 'Le SIRET doit commencer par le SIREN de l’entreprise'],
      [3, 'Le SIRET doit comporter 14 chiffres'],
    ]);
  });

  it('groups the lines of one SIREN (or one name and city without SIREN) as one company with several contacts', async () => {
    const { preview } = await previewOf(
      [
        'Nom;SIREN;Secteur;Département;Ville;Contact prénom;Contact nom;Contact fonction;Contact e-mail;Contact téléphone;Contact tuteur',
        `Atelier;${A.siren};Santé;30;Alès;Anne;Martin;DRH;anne@atelier.example;04 66 00 00 01;oui`,
        `Atelier (bis);${A.siren};Santé;30;Alès;Paul;Durand;;;;non`,
        'Forge;;Matériaux;30;Alès;Léa;Petit;;;;',
        'FORGE;;Materiaux;Gard;alès;Marc;Roux;;;;x',
        `Autre;${B.siren};Santé;34;Montpellier;;;;;;`,
      ].join('\n'),
    );
    expect(preview.issues).toEqual([]);
    expect(preview.groups.map((g) => [g.partner.name, g.companyLine, g.contactLines, g.contacts.map((c) => `${c.firstName} ${c.lastName} ${c.isTutor}`)])).toEqual([
      ['Atelier', 2, [2, 3], ['Anne Martin true', 'Paul Durand false']],
      ['Forge', 4, [4, 5], ['Léa Petit false', 'Marc Roux true']],
      ['Autre', 6, [], []],
    ]);
    expect(preview.groups[0]?.contacts[0]).toEqual({ firstName: 'Anne', lastName: 'Martin', role: 'DRH', email: 'anne@atelier.example', phone: '04 66 00 00 01', isTutor: true });
  });

  it('marks the companies that already exist by SIREN, and an update keeps the fields the file does not give', async () => {
    const { preview } = await previewOf(['Nom;SIREN;Secteur;Département;Ville', `Nouveau nom;${A.siren};Santé;30;Alès`, `Neuve;${B.siren};Santé;30;Alès`].join('\n'));
    const known = { id: 'p-1', name: 'Ancien nom', siren: A.siren, siret: null, nafCode: '32.50A', sector: 'hydrogene', department: '34', city: 'Sète', sizeBand: 'ge', stage: 'dormant', ownerId: 'u-2', partnerSince: '2019-01-01', tags: ['x'], website: null, notes: 'garder' } as PartnerRow;
    const matches = existingMatches(preview.groups, new Map([[A.siren, known]]));
    expect([...matches.keys()]).toEqual([`siren:${A.siren}`]);
    const [updated, created] = buildImportRows(preview.groups, matches, 'update');
    expect(updated?.partner).toEqual({ ...known, id: undefined, name: 'Nouveau nom', sector: 'sante', department: '30', city: 'Alès', siren: A.siren });
    expect(created?.partner.sizeBand).toBe('pme');
    expect(buildImportRows(preview.groups, matches, 'skip')[0]?.partner.name).toBe('Nouveau nom');
  });
});

describe('a 422 from the API → lines of the file', () => {
  it('maps rows.<i>.<field> and rows.<i>.contacts.<k>.<field> to the line and column', async () => {
    const { csv, mapping, preview } = await previewOf(
      [
        'Nom;SIREN;Secteur;Département;Ville;Responsable;Contact prénom;Contact nom;Contact e-mail',
        `Un;${A.siren};Santé;30;Alès;;Anne;Martin;a@x.example`,
        `Un;${A.siren};Santé;30;Alès;;Paul;Durand;p@x.example`,
        `Deux;${B.siren};Santé;30;Alès;Camille Roux;;;`,
      ].join('\n'),
    );
    const issues = issuesFromServer(
      [
        { field: 'rows.1.ownerId', message: 'Responsable inconnu' },
        { field: 'rows.0.contacts.1.email', message: 'Adresse e-mail invalide' },
        { field: 'rows.0.siren', message: 'SIREN déjà présent' },
      ],
      preview.groups,
      csv,
      mapping,
    );
    expect(issues).toEqual([
      { line: 2, column: 'SIREN', value: A.siren, message: 'SIREN déjà présent' },
      { line: 3, column: 'Contact e-mail', value: 'p@x.example', message: 'Adresse e-mail invalide' },
      { line: 4, column: 'Responsable', value: 'Camille Roux', message: 'Responsable inconnu' },
    ]);
    const rest = withoutLines(preview, issues);
    expect(rest.groups).toEqual([]);
    expect(rest.invalidLines).toEqual([2, 3, 4]);
  });
});
