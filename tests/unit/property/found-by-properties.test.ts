import { describe, expect, it } from 'vitest';
import { parseCsvText } from '@/features/partners/import/lib/parse-csv';
import { neutraliseCell, toCsv, unneutraliseCell } from '@/lib/csv';

/** The bugs the properties of this folder found, each kept as the example that showed it. */

describe('an apostrophe typed before a formula sign survives export → import', () => {
  it("exports \"'=1+1\" as \"''=1+1\", and reads it back as \"'=1+1\"", () => {
    expect(neutraliseCell("'=1+1")).toBe("''=1+1");
    expect(unneutraliseCell(neutraliseCell("'=1+1"))).toBe("'=1+1");
    // Our own neutralised cells still read back as before.
    expect(unneutraliseCell(neutraliseCell('=1+1'))).toBe('=1+1');
    expect(unneutraliseCell("'déjà une apostrophe")).toBe("'déjà une apostrophe");
  });

  it('keeps a tag "\'=" through the CSV file', async () => {
    const text = toCsv([["'=", 'Nîmes']], [0, 1].map((i) => ({ header: ['Étiquettes', 'Ville'][i]!, value: (r: string[]) => r[i] })));
    const csv = await parseCsvText(text.slice(1));
    expect(unneutraliseCell(csv.records[0]!.cells[0]!)).toBe("'=");
  });
});

describe('a file with mixed line endings', () => {
  it('does not start a cell with a stray line break when the last line ends with a lone CR', async () => {
    const csv = await parseCsvText('Nom;Ville;Notes\r\n;;Nîmes\r');
    expect(csv.records).toEqual([{ line: 2, cells: ['', '', 'Nîmes'] }]);
  });

  it('reads every record of a file mixing Unix, Windows and old Mac line endings, with the line numbers an editor shows', async () => {
    const csv = await parseCsvText('Nom;Ville\na;Alès\r\nb;Nîmes\rc;"Saint-Jean\r\ndu-Gard"\nd;Uzès');
    expect(csv.records).toEqual([
      { line: 2, cells: ['a', 'Alès'] },
      { line: 3, cells: ['b', 'Nîmes'] },
      { line: 4, cells: ['c', 'Saint-Jean\r\ndu-Gard'] },
      { line: 6, cells: ['d', 'Uzès'] },
    ]);
  });
});
