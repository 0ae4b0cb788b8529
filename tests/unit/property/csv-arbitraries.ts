import fc from 'fast-check';
import { DEPARTMENTS, DEPARTMENT_CODES, PARTNER_STAGES, SECTORS, SIZE_BANDS } from '@/contract/reference';
import type { User } from '@/contract/user';
import { luhnCheckDigit } from '@/domain/identifiers';
import { readCompany, readContact, cellReader } from '@/features/partners/import/lib/convert';
import type { Translate } from '@/features/partners/import/lib/convert';
import { decodeCsvBytes, readFileBytes } from '@/features/partners/import/lib/decode';
import { buildLookups } from '@/features/partners/import/lib/lookups';
import type { Lookups } from '@/features/partners/import/lib/lookups';
import { autoMapping, columnsByField } from '@/features/partners/import/lib/mapping';
import type { ColumnMapping } from '@/features/partners/import/lib/mapping';
import { parseCsvText } from '@/features/partners/import/lib/parse-csv';
import type { ParsedCsv } from '@/features/partners/import/lib/parse-csv';
import { buildPreview, groupKey } from '@/features/partners/import/lib/preview';
import type { ImportPreview } from '@/features/partners/import/lib/preview';
import { PARTNER_CSV_COLUMNS } from '@/features/partners/lib/csv-columns';
import { loadCatalogue, translate } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n';
import '@/locales/labels';
import '@/features/partners/import/messages-import';

/**
 * Hostile CSV files for the companies import, and the import's own pipeline run on them exactly as
 * the import page does (use-import-flow.ts): bytes → decodeCsvBytes → parseCsvText → autoMapping →
 * buildPreview with lookups built from both languages' labels and the API's users.
 */

/* ------------------------------------------ the pipeline ------------------------------------------ */

export const t: Translate = (key, vars) => translate('fr', key, vars);

export async function importContext(users: readonly User[]): Promise<{ lookups: Lookups; t: Translate }> {
  await loadCatalogue('en');
  return { lookups: buildLookups((key) => [translate('fr', key as MessageKey), translate('en', key as MessageKey)], users), t };
}

export interface Read {
  csv: ParsedCsv;
  mapping: ColumnMapping;
  preview: ImportPreview;
}

/** What the page does with a chosen file; null when it stops at "no header" as the page does. */
export async function readFile(bytes: Uint8Array<ArrayBuffer>, ctx: { lookups: Lookups; t: Translate }): Promise<Read | null> {
  const file = new File([bytes], 'entreprises.csv', { type: 'text/csv' });
  const decoded = decodeCsvBytes(await readFileBytes(file));
  const csv = await parseCsvText(decoded.text);
  if (!csv.headers.length) return null;
  const mapping = autoMapping(csv.headers);
  return { csv, mapping, preview: await buildPreview(csv, mapping, ctx) };
}

/**
 * Every line of the file is accounted for: it made a company or brought a contact, or it is listed
 * with a reason, or it repeats a company an earlier line made (same SIREN, or same name and city)
 * and brings no contact. Never two of these, never none.
 */
export function lineFates(read: Read, ctx: { lookups: Lookups; t: Translate }): string[] {
  const { csv, mapping, preview } = read;
  const problems: string[] = [];
  const used = new Map<number, string>();
  for (const g of preview.groups) for (const line of new Set([g.companyLine, ...g.contactLines])) used.set(line, g.key);
  const invalid = new Set(preview.invalidLines);
  if (invalid.size !== preview.invalidLines.length) problems.push('a line is listed twice as invalid');
  const recordLines = new Set(csv.records.map((r) => r.line));
  for (const issue of preview.issues) {
    if (!invalid.has(issue.line)) problems.push(`issue on line ${issue.line}, which is not marked invalid`);
    if (!issue.message.trim()) problems.push(`empty reason on line ${issue.line}`);
  }
  for (const line of [...used.keys(), ...invalid]) if (!recordLines.has(line)) problems.push(`line ${line} is not a line of the file`);
  const reasons = new Set(preview.issues.map((i) => i.line));
  const columns = columnsByField(mapping);
  const byKey = new Map(preview.groups.map((g) => [g.key, g]));
  for (const record of csv.records) {
    const isUsed = used.has(record.line);
    const isInvalid = invalid.has(record.line);
    if (isUsed && isInvalid) problems.push(`line ${record.line} both imported and refused`);
    if (isInvalid && !reasons.has(record.line)) problems.push(`line ${record.line} refused without a reason`);
    if (isUsed || isInvalid) continue;
    const cell = cellReader(record.cells, columns);
    const company = readCompany(cell, ctx.lookups, ctx.t).draft;
    const group = byKey.get(groupKey(company.siren, company.name, company.city));
    const repeats = group !== undefined && group.companyLine < record.line && readContact(cell, ctx.t).contact === null;
    if (!repeats) problems.push(`line ${record.line} neither imported nor reported: ${JSON.stringify(record.cells).slice(0, 200)}`);
  }
  return problems;
}

/* ----------------------------------------- cell vocabulary ----------------------------------------- */

const digits = (n: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
export const validSiren = digits(8).map((p) => p + luhnCheckDigit(p));
const REPEATED_SIRENS = ['401234562', '401234570'];
const sirenAndSiret = validSiren.chain((siren) =>
  fc.tuple(fc.constant(siren), fc.oneof(digits(4).map((nic) => siren + nic + luhnCheckDigit(siren + nic)), fc.constant(''), digits(14))),
);

/** Cells that break naive CSV code or spreadsheets. */
export const HOSTILE_CELLS = [
  '', ' ', '-', '—', '=1+1', '=HYPERLINK("http://evil.example","x")', '+33 4 66 00 00 00', '-2', '@SUM(A1:A9)', "'=1+1", "''=x", '\t=cmd',
  '\r=cmd', '"', '""', '"quoted"', 'a;b', 'a,b', 'line 1\nline 2', 'line 1\r\nline 2', 'cr\rcr', '\ufeff', '\ufeffNom', '\u0000', '\u202e',
  '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '${7*7}', '{{7*7}}', '../../etc/passwd', 'NULL', 'undefined', '😀👍🏽',
  'e\u0301', ' padded ', 'x'.repeat(5000),
] as const;

const anyCell = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_CELLS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
);

/**
 * For each column, its own vocabulary (what a real file holds, right or wrong), or anything. A tidy
 * file keeps to the vocabulary, so that some of its lines make companies.
 */
function cellFor(field: string, labels: (key: string) => string[], users: readonly User[], tidy: boolean, sirens: readonly string[]): fc.Arbitrary<string> {
  /** Right values mostly, wrong ones sometimes, and (unless tidy) anything at all. */
  const own = (right: readonly string[], wrong: readonly string[] = []) =>
    fc.oneof(
      { weight: 20, arbitrary: fc.constantFrom(...right) },
      { weight: wrong.length ? 1 : 0, arbitrary: fc.constantFrom(...(wrong.length ? wrong : right)) },
      { weight: tidy ? 0 : 8, arbitrary: anyCell },
    );
  const or = (...arbs: fc.Arbitrary<string>[]) => (tidy ? fc.oneof(...arbs) : fc.oneof(...arbs, anyCell));
  switch (field) {
    case 'name':
      return fc.oneof(own(['Atelier Durand', 'SARL Ödön & Fils', 'Société "Le Gard"', 'Dupont; fils', '=Cmd|calc'], ['', 'x'.repeat(200)]), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }));
    case 'siren':
      // A few SIRENs that come back (several lines of one company, companies already known), and new ones.
      return or(
        validSiren,
        fc.constantFrom(...REPEATED_SIRENS),
        ...(sirens.length ? [fc.constantFrom(...sirens), fc.constantFrom(...sirens)] : []),
        validSiren.map((s) => `${s.slice(0, 3)} ${s.slice(3, 6)} ${s.slice(6)}`),
        digits(9),
      );
    case 'siret':
      return or(sirenAndSiret.map(([, siret]) => siret), fc.constant(''), digits(14));
    case 'nafCode':
      return own(['62.01Z', '6201Z', '62 01 z', '7112B', ''], ['ZZZZZZZ']);
    case 'sector':
      return own([...SECTORS, ...SECTORS.flatMap((s) => labels(`sector.${s}`)), 'SANTÉ', 'sante '], ['Agriculture']);
    case 'department':
      return own([...DEPARTMENT_CODES, ...DEPARTMENTS.map((d) => d.name), '9'], ['2A', '975']);
    case 'city':
      return own(['Alès', 'Nîmes', 'Saint-Jean-du-Gard', 'L’Isle-sur-la-Sorgue'], ['']);
    case 'sizeBand':
      return own([...SIZE_BANDS, ...SIZE_BANDS.flatMap((s) => labels(`sizeBand.${s}`)), 'PME', ''], ['énorme']);
    case 'stage':
      return own([...PARTNER_STAGES, ...PARTNER_STAGES.flatMap((s) => labels(`stage.${s}`)), ''], ['fâché']);
    case 'owner':
      return own([...users.flatMap((u) => [u.name, u.email.toUpperCase()]), ''], ['Personne Inconnue']);
    case 'partnerSince':
      return own(['26/11/2021', '2021-11-26', '1/2/2020', '2021-11-26 00:00', ''], ['31/02/2021', '45000', 'demain']);
    case 'tags':
      return own(['forum 2026', 'a, b, a', ',,,', ''], [Array.from({ length: 25 }, (_, i) => `t${i}`).join(','), 'x'.repeat(60)]);
    case 'website':
      return own(['https://example.fr', 'javascript:alert(1)', ''], ['x'.repeat(250)]);
    case 'contactFirstName':
      return own(['Jean', 'Zoé', 'Marie-Hélène'], ['', 'x'.repeat(100)]);
    case 'contactLastName':
      return own(['Dupont', 'N’Diaye', '=Martin'], ['', 'x'.repeat(100)]);
    case 'contactRole':
      return own(['DRH', 'Directrice R&D', '']);
    case 'contactEmail':
      return own(['jean.dupont@example.fr', ''], ['pas-un-email']);
    case 'contactPhone':
      return own(['+33 4 66 00 00 00', '04 66 00 00 00', '']);
    case 'contactIsTutor':
      return own(['Oui', 'non', 'x', 'VRAI', ''], ['peut-être']);
    default:
      return anyCell;
  }
}

/* ------------------------------------------- serialising ------------------------------------------- */

type Quoting = 'auto' | 'always' | 'never' | 'broken';
/** A cell as a CSV writer would write it — or as a careless one would. */
function writeCell(value: string, sep: string, quoting: Quoting): string {
  const quoted = `"${value.replaceAll('"', '""')}"`;
  switch (quoting) {
    case 'always':
      return quoted;
    case 'never':
      return value;
    case 'broken':
      return `"${value}`;
    default:
      return /["\r\n]/.test(value) || value.includes(sep) ? quoted : value;
  }
}

const NEWLINES = ['\r\n', '\n', '\r'] as const;

/** Windows-1252 as French Excel saves it: what has no byte becomes "?". */
const CP1252_HIGH: Record<string, number> = { '€': 0x80, '‚': 0x82, '„': 0x84, '…': 0x85, '‘': 0x91, '’': 0x92, '“': 0x93, '”': 0x94, '–': 0x96, '—': 0x97, 'œ': 0x9c, 'Œ': 0x8c, 'Ÿ': 0x9f };
export function encode1252(text: string): Uint8Array<ArrayBuffer> {
  return Uint8Array.from([...text].map((c) => {
    const code = c.codePointAt(0)!;
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return code;
    return CP1252_HIGH[c] ?? 0x3f;
  }));
}

export interface CsvFile {
  text: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/**
 * A companies file: known headers (French, English, variants) in any order with unknown ones mixed
 * in, ";" "," or tab, any line endings (mixed too), blank lines, BOM or not, UTF-8 or Windows-1252,
 * rows too short or too long, cells from each column's vocabulary or hostile, quoted or not.
 */
export function companiesFile(labels: (key: string) => string[], users: readonly User[], opts: { tidy?: boolean; sirens?: readonly string[] } = {}): fc.Arbitrary<CsvFile> {
  const header = fc.constantFrom(...PARTNER_CSV_COLUMNS.flatMap((c) => [c.header, ...c.aliases].map((h): { field: string; h: string } => ({ field: c.field, h }))), { field: 'junk', h: 'Colonne inconnue' });
  const columnsOf = (fields: readonly string[]) => PARTNER_CSV_COLUMNS.filter((c) => fields.includes(c.field)).map((c): { field: string; h: string } => ({ field: c.field, h: c.header }));
  const required = columnsOf(['name', 'sector', 'department', 'city']);
  const contact = columnsOf(['contactFirstName', 'contactLastName', 'contactRole', 'contactEmail', 'contactPhone', 'contactIsTutor']);
  const headers = fc
    .tuple(opts.tidy ? fc.constant(true) : fc.boolean(), fc.boolean(), fc.array(header, { minLength: 1, maxLength: 12 }))
    // A tidy file has its contact columns all together, or none.
    .map(([withRequired, withContact, extra]) => [
      ...(withRequired ? required : []),
      ...(withContact ? contact : []),
      ...extra.filter((h) => !opts.tidy || withContact || !h.field.startsWith('contact')),
    ])
    .filter((all) => all.length > 0)
    // Any order of the columns (every one of them kept).
    .chain((all) => fc.shuffledSubarray(all, { minLength: all.length, maxLength: all.length }));
  return fc
    .record({
      headers,
      sep: fc.constantFrom(';', ';', ',', '\t'),
      newline: fc.oneof(fc.constantFrom(...NEWLINES), fc.constant('mixed' as const)),
      bom: fc.boolean(),
      tidy: opts.tidy ? fc.constant(true) : fc.boolean(),
      encoding: fc.constantFrom('utf-8', 'utf-8', 'windows-1252'),
      quoting: opts.tidy ? fc.constantFrom<Quoting>('auto', 'always') : fc.constantFrom<Quoting>('auto', 'auto', 'auto', 'always', 'never', 'broken'),
      trailingNewline: fc.boolean(),
    })
    .chain((f) => {
      const row = fc.tuple(...f.headers.map((h) => cellFor(h.field, labels, users, f.tidy, opts.sirens ?? [])));
      const line = fc.oneof(
        { weight: 8, arbitrary: row },
        { weight: 1, arbitrary: fc.array(anyCell, { maxLength: f.headers.length + 2 }) },
        { weight: 1, arbitrary: fc.constantFrom<string[]>([], [''], Array.from({ length: f.headers.length }, () => '')) },
      );
      return fc.tuple(fc.constant(f), fc.array(line, { maxLength: 10 }), fc.array(fc.constantFrom(...NEWLINES), { minLength: 12, maxLength: 12 }));
    })
    .map(([f, rows, mixes]) => {
      const lines = [f.headers.map((h) => writeCell(h.h, f.sep, 'auto')), ...rows.map((cells) => cells.map((c, i) => writeCell(c, f.sep, i === 0 && f.quoting === 'broken' ? 'broken' : f.quoting === 'broken' ? 'auto' : f.quoting)))];
      const text =
        lines.map((cells, i) => cells.join(f.sep) + (i < lines.length - 1 || f.trailingNewline ? (f.newline === 'mixed' ? mixes[i % mixes.length]! : f.newline) : '')).join('');
      const body = f.encoding === 'utf-8' ? new TextEncoder().encode(text) : encode1252(text);
      const bytes = f.bom && f.encoding === 'utf-8' ? new Uint8Array([0xef, 0xbb, 0xbf, ...body]) : body;
      return { text, bytes };
    });
}

/** Bytes nobody meant as CSV, and text that only looks like it. */
export const anyBytes: fc.Arbitrary<CsvFile> = fc.oneof(
  fc.uint8Array({ maxLength: 600 }).map((bytes) => ({ text: '', bytes })),
  fc.string({ unit: 'binary', maxLength: 300 }).map((text) => ({ text, bytes: new TextEncoder().encode(text) })),
  fc
    .array(fc.oneof(fc.constantFrom(';', ',', '"', '\r', '\n', '\r\n', '\ufeff', 'Nom', 'Secteur', 'Ville', 'Département', '=1', 'x'.repeat(300)), fc.string({ maxLength: 6 })), { maxLength: 60 })
    .map((parts) => parts.join(''))
    .map((text) => ({ text, bytes: new TextEncoder().encode(text) })),
);
