import { QueryClient } from '@tanstack/react-query';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PartnerRow } from '@/contract/entities';
import { DEPARTMENT_CODES, PARTNER_STAGES, SECTORS, SIZE_BANDS } from '@/contract/reference';
import type { User } from '@/contract/user';
import type { Translate } from '@/features/partners/import/lib/convert';
import { decodeCsvBytes } from '@/features/partners/import/lib/decode';
import type { Lookups } from '@/features/partners/import/lib/lookups';
import { fold } from '@/features/partners/import/lib/lookups';
import { parseCsvText } from '@/features/partners/import/lib/parse-csv';
import { partnerInputOf } from '@/features/partners/import/lib/preview';
import { partnersCsv } from '@/features/partners/lib/list-export';
import type { ExportLabels } from '@/features/partners/lib/csv-columns';
import { neutraliseCell, toCsv, unneutraliseCell } from '@/lib/csv';
import type { CsvSeparator } from '@/lib/csv';
import { translate } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n';
import type { Locale } from '@/lib/format';
import { userQueries } from '@/lib/users';
import { label } from '@/locales/labels';
import { anyBytes, companiesFile, encode1252, HOSTILE_CELLS, importContext, lineFates, readFile, validSiren } from './csv-arbitraries';
import { luhnCheckDigit } from '@/domain/identifiers';

/**
 * The companies import on hostile files, through the functions the import page runs: whatever the
 * bytes, reading never throws, and every line is either imported or reported with a reason. And the
 * CSV layer itself: what the app exports reads back unchanged, and no exported cell can start a
 * spreadsheet formula.
 */

let users: User[];
let ctx: { lookups: Lookups; t: Translate };
/** Both languages' texts of a label key. */
const labels = (key: string) => [translate('fr', key as MessageKey), translate('en', key as MessageKey)];

beforeAll(async () => {
  // The page's own query for the people a file may name as owners.
  users = await new QueryClient().fetchQuery(userQueries.list());
  ctx = await importContext(users);
});

describe('reading any file (property)', () => {
  it('never throws on any bytes, and accounts for every line', async () => {
    await fc.assert(
      fc.asyncProperty(anyBytes, async ({ bytes }) => {
        const read = await readFile(bytes, ctx);
        if (read) expect(lineFates(read, ctx)).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('reads hostile companies files — any separator, line endings, quoting, encoding, BOM — and accounts for every line', async () => {
    await fc.assert(
      fc.asyncProperty(companiesFile(labels, users), async ({ bytes }) => {
        const read = await readFile(bytes, ctx);
        if (!read) return;
        expect(lineFates(read, ctx)).toEqual([]);
        expect(read.preview.totalLines).toBe(read.csv.records.length);
        const lines = read.csv.records.map((r) => r.line);
        expect(lines).toEqual([...lines].sort((a, b) => a - b));
        expect(new Set(lines).size).toBe(lines.length);
      }),
      { numRuns: 300 },
    );
  });
});

describe('line endings (property)', () => {
  const cell = fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 12 }).map((s) => s.replace(/["\r\n;,]/g, '')),
    fc.constantFrom('Nîmes', '', 'ligne 1\nligne 2', 'ligne 1\r\nligne 2', 'a\rb', 'dit "le grand"', 'a;b'),
  );
  const quote = (c: string) => (/["\r\n;]/.test(c) ? `"${c.replaceAll('"', '""')}"` : c);
  const file = fc.record({
    rows: fc.array(fc.tuple(cell, cell, cell), { minLength: 1, maxLength: 8 }),
    endings: fc.array(fc.constantFrom('\r\n', '\n', '\r'), { minLength: 9, maxLength: 9 }),
  });

  it('reads a file the same whatever its line endings, mixed ones included (Windows, Unix, old Mac)', async () => {
    await fc.assert(
      fc.asyncProperty(file, async ({ rows, endings }) => {
        const lines = ['Nom;Ville;Notes', ...rows.map((r) => r.map(quote).join(';'))];
        const unix = await parseCsvText(lines.join('\n'));
        const mixed = await parseCsvText(lines.map((l, i) => l + (endings[i] ?? '\n')).join(''));
        expect(mixed).toEqual(unix);
        expect(unix.records.map((r) => r.cells)).toEqual(rows.filter((r) => r.some((c) => c.trim() !== '')));
      }),
      { numRuns: 300 },
    );
  });

  it('reads a file of several chunks (read a piece at a time, the page kept responsive) as it reads a small one', async () => {
    await fc.assert(
      fc.asyncProperty(file, async ({ rows, endings }) => {
        // Over 256 KB: the parser pauses between chunks, and a chunk may end inside a quoted cell.
        const big = Array.from({ length: Math.ceil(300_000 / (JSON.stringify(rows).length + 1)) }, () => rows).flat();
        const lines = ['Nom;Ville;Notes', ...big.map((r) => r.map(quote).join(';'))];
        const progress: number[] = [];
        const csv = await parseCsvText(lines.map((l, i) => l + (endings[i % endings.length] ?? '\n')).join(''), (f) => progress.push(f));
        expect(csv.records.map((r) => r.cells)).toEqual(big.filter((r) => r.some((c) => c.trim() !== '')));
        expect(progress.at(-1)).toBe(1);
        expect(progress).toEqual([...progress].sort((a, b) => a - b));
      }),
      { numRuns: 5 },
    );
  });
});

describe('decoding (property)', () => {
  it('gives back any UTF-8 text, with or without a BOM', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), fc.boolean(), (text, bom) => {
        const body = new TextEncoder().encode(text);
        const decoded = decodeCsvBytes(bom ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body);
        expect(decoded).toEqual({ text, encoding: 'utf-8', bom });
      }),
      { numRuns: 300 },
    );
  });

  it('gives back French text saved by Excel in Windows-1252', () => {
    const accented = fc.constantFrom(...'éèêëàâäîïôöùûüçÉÈÀÇœŒ€’«»°');
    const plain = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz ;,"\n0123456789');
    // French words: an accented letter among plain ones (Excel never writes two multi-byte-looking bytes in a row here).
    const word = fc.tuple(plain, accented, plain).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(fc.oneof(word, plain), { minLength: 1, maxLength: 40 }), (parts) => {
        const text = parts.join('');
        fc.pre([...text].some((c) => c.charCodeAt(0) > 0x7f));
        expect(decodeCsvBytes(encode1252(text))).toEqual({ text, encoding: 'windows-1252', bom: false });
      }),
      { numRuns: 300 },
    );
  });
});

describe('the CSV layer (property)', () => {
  const anyValue = fc.oneof(fc.constantFrom(...HOSTILE_CELLS), fc.string({ unit: 'grapheme', maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 30 }));

  it('never writes a cell a spreadsheet would run as a formula, and reads every cell back as it was', () => {
    fc.assert(
      fc.property(anyValue, (value) => {
        const cell = neutraliseCell(value);
        expect(cell).not.toMatch(/^[=+\-@\t\r]/);
        expect(unneutraliseCell(cell)).toBe(value);
      }),
      { numRuns: 1000 },
    );
  });

  it('parses what toCsv writes into the very cells it wrote, whatever they hold', async () => {
    const sep = fc.constantFrom<CsvSeparator>(';', ',');
    const rows = fc.array(fc.tuple(anyValue, anyValue, anyValue), { maxLength: 8 });
    await fc.assert(
      fc.asyncProperty(rows, sep, async (values, separator) => {
        const columns = [0, 1, 2].map((i) => ({ header: `Colonne ${i + 1}`, value: (r: readonly string[]) => r[i] }));
        const text = toCsv(values, columns, separator);
        const csv = await parseCsvText(decodeCsvBytes(new TextEncoder().encode(text)).text);
        const written = values.map((r) => r.map((v) => neutraliseCell(v))).filter((cells) => cells.some((c) => c.trim() !== ''));
        expect(csv.headers).toEqual(['Colonne 1', 'Colonne 2', 'Colonne 3']);
        expect(csv.delimiter).toBe(separator);
        expect(csv.records.map((r) => r.cells)).toEqual(written);
      }),
      { numRuns: 300 },
    );
  });
});

/* ------------------------------- export → import of any companies ------------------------------- */

const DASH_ONLY = /^[-–—]$/;
/** Text as the app stores it: trimmed (the contract trims), never a lone dash (the import reads that as empty). */
const stored = (max: number, opts: { lines?: boolean; comma?: boolean; min?: number } = {}) => {
  const extra = ['=', '+', '-', '@', '"', ';', "'", '\t', ...(opts.comma === false ? [] : [',']), ...(opts.lines ? ['\n', '\r\n', '\r'] : [])];
  const unit = fc.oneof({ weight: 5, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) }, { weight: 2, arbitrary: fc.constantFrom(...extra) });
  return fc
    .string({ unit, minLength: opts.min ?? 0, maxLength: Math.min(max, 40) })
    .map((s) => (opts.comma === false ? s.replaceAll(',', '') : s).trim())
    .filter((s) => s.length >= (opts.min ?? 0) && s.length <= max && !DASH_ONLY.test(s));
};
const day = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });

function companies(userIds: readonly string[]): fc.Arbitrary<PartnerRow[]> {
  const identifiers = fc.oneof(
    fc.constant({ siren: null, siret: null }),
    validSiren.map((siren) => ({ siren, siret: null })),
    fc.tuple(validSiren, digits(4)).map(([siren, nic]) => ({ siren, siret: siren + nic + luhnCheckDigit(siren + nic) })),
  );
  const company = fc.record({
    ids: identifiers,
    name: stored(160, { min: 1 }),
    nafCode: fc.option(fc.tuple(digits(4), fc.constantFrom(...'ABCDEFGHJKLMNPQRSTUVWXYZ')).map(([d, l]) => `${d.slice(0, 2)}.${d.slice(2)}${l}`), { nil: null }),
    sector: fc.constantFrom(...SECTORS),
    department: fc.constantFrom(...DEPARTMENT_CODES),
    city: stored(80, { min: 1 }),
    sizeBand: fc.constantFrom(...SIZE_BANDS),
    stage: fc.constantFrom(...PARTNER_STAGES),
    ownerId: fc.option(fc.constantFrom(...userIds), { nil: null }),
    partnerSince: fc.option(day, { nil: null }),
    // Tags are typed as a comma-separated list: none holds a comma.
    tags: fc.uniqueArray(stored(40, { min: 1, comma: false }), { maxLength: 20 }),
    website: fc.option(stored(200, { min: 1 }), { nil: null }),
    notes: stored(4000, { lines: true }),
  });
  const key = (c: { ids: { siren: string | null }; name: string; city: string }) => c.ids.siren ?? `${fold(c.name)}|${fold(c.city)}`;
  return fc.uniqueArray(company, { selector: key, minLength: 1, maxLength: 8 }).map((list) =>
    list.map(({ ids, ...c }, i) => ({
      ...c,
      ...ids,
      id: `p-${i}`,
      vatNumber: null,
      kinds: [],
      archived: false,
      synthetic: false,
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
      version: 1,
      lastInteraction: null,
      openOpportunitiesAmount: 0,
      activeApprentices: 0,
    })),
  );
}

function exportLabels(locale: Locale): ExportLabels {
  return {
    sector: (c) => translate(locale, label.sector(c)),
    sizeBand: (c) => translate(locale, label.sizeBand(c)),
    stage: (c) => translate(locale, label.stage(c)),
    kind: (c) => translate(locale, label.kind(c)),
    owner: (id) => users.find((u) => u.id === id)?.name ?? '',
    yes: 'Oui',
    no: 'Non',
  };
}

describe('export → import (property)', () => {
  it('gives back any companies exactly as the list exported them, in either language and separator', async () => {
    await fc.assert(
      fc.asyncProperty(companies(['u-1', 'u-2', 'u-6', 'u-8']), fc.constantFrom<Locale>('fr', 'en'), fc.constantFrom<CsvSeparator>(';', ','), async (rows, locale, separator) => {
        const text = partnersCsv(rows, exportLabels(locale), separator);
        const read = await readFile(new TextEncoder().encode(text), ctx);
        expect(read?.preview.issues).toEqual([]);
        expect(read?.preview.groups.map((g) => g.partner)).toEqual(rows.map(partnerInputOf));
      }),
      { numRuns: 150 },
    );
  });
});
