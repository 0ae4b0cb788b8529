import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '@/features/partners/import/lib/decode';
import { autoMapping, mappingProblems } from '@/features/partners/import/lib/mapping';
import { parseCsvText } from '@/features/partners/import/lib/parse-csv';

/** Windows-1252 bytes of a Latin-1 string (the characters used here are all < 0x100). */
const latin1 = (text: string) => Uint8Array.from([...text].map((c) => c.charCodeAt(0)));

describe('decodeCsvBytes', () => {
  it('reads UTF-8 without a BOM', () => {
    const out = decodeCsvBytes(new TextEncoder().encode('Nom;Ville\nA;Nîmes'));
    expect(out).toEqual({ text: 'Nom;Ville\nA;Nîmes', encoding: 'utf-8', bom: false });
  });

  it('reads UTF-8 with a BOM and drops it', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('Département;Ville')]);
    const out = decodeCsvBytes(bytes);
    expect(out.text).toBe('Département;Ville');
    expect(out.encoding).toBe('utf-8');
    expect(out.bom).toBe(true);
  });

  it('falls back to Windows-1252 as French Excel writes it', () => {
    const out = decodeCsvBytes(latin1('Nom;Département;Ville\nAtelier;Hérault;Nîmes'));
    expect(out.encoding).toBe('windows-1252');
    expect(out.text).toBe('Nom;Département;Ville\nAtelier;Hérault;Nîmes');
  });

  it('decodes the Windows-1252 specials (€, ’, œ) that Latin-1 lacks', () => {
    const out = decodeCsvBytes(new Uint8Array([0x80, 0x20, 0x92, 0x20, 0x9c]));
    expect(out.text).toBe('€ ’ œ');
  });
});

describe('parseCsvText', () => {
  it('detects a semicolon and keeps quoted separators and quotes', async () => {
    const csv = await parseCsvText('Nom;Notes\r\n"Dupont; fils";"dit ""le grand"""\r\n');
    expect(csv.delimiter).toBe(';');
    expect(csv.headers).toEqual(['Nom', 'Notes']);
    expect(csv.records).toEqual([{ line: 2, cells: ['Dupont; fils', 'dit "le grand"'] }]);
  });

  it('detects a comma', async () => {
    const csv = await parseCsvText('Name,City\nAcme,"Alès, Gard"\n');
    expect(csv.delimiter).toBe(',');
    expect(csv.records[0]?.cells).toEqual(['Acme', 'Alès, Gard']);
  });

  it('numbers lines as the file shows them: blank lines skipped, quoted line breaks counted', async () => {
    const csv = await parseCsvText('Nom;Notes\nA;"deux\nlignes"\n\nB;x\n;\nC;y');
    expect(csv.records.map((r) => [r.line, r.cells[0]])).toEqual([
      [2, 'A'],
      [5, 'B'],
      [7, 'C'],
    ]);
  });

  it('parses a large file in chunks and reports progress up to 100 %', async () => {
    const lines = ['Nom;Ville;Notes'];
    for (let i = 0; i < 12_000; i++) lines.push(`Entreprise ${i};Alès;"note ${i}\nsur deux lignes"`);
    const progress: number[] = [];
    const csv = await parseCsvText(lines.join('\n'), (v) => progress.push(v));
    expect(csv.records).toHaveLength(12_000);
    expect(csv.records.at(-1)).toEqual({ line: 2 + 2 * 11_999, cells: ['Entreprise 11999', 'Alès', 'note 11999\nsur deux lignes'] });
    expect(progress.length).toBeGreaterThan(2);
    expect(progress.at(-1)).toBe(1);
  });
});

describe('autoMapping', () => {
  it('recognises the French headers of the export', () => {
    expect(autoMapping(['Nom', 'SIREN', 'Secteur', 'Département', 'Ville', 'Taille', 'Statut de la relation', 'Responsable', 'Partenaire depuis', 'Étiquettes'])).toEqual([
      'name', 'siren', 'sector', 'department', 'city', 'sizeBand', 'stage', 'owner', 'partnerSince', 'tags',
    ]);
  });

  it('recognises English headers and variants, whatever the case or accents', () => {
    expect(autoMapping(['Company', 'sector', 'DEPARTEMENT', 'city', 'Contact first name', 'Last name', 'E-mail', 'Tutor'])).toEqual([
      'name', 'sector', 'department', 'city', 'contactFirstName', 'contactLastName', 'contactEmail', 'contactIsTutor',
    ]);
  });

  it('ignores unknown headers, the read-only export columns and a second column for the same field', () => {
    expect(autoMapping(['Nom', 'Couleur préférée', 'Relations', 'Archivée', 'Name'])).toEqual(['name', null, null, null, null]);
  });

  it('says which required columns are missing and which fields are chosen twice', () => {
    expect(mappingProblems(['name', 'city', null])).toEqual({ missing: ['sector', 'department'], twice: [] });
    expect(mappingProblems(['name', 'sector', 'department', 'city', 'name'])).toEqual({ missing: [], twice: ['name'] });
  });
});
