import { QueryClient } from '@tanstack/react-query';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ImportResult, PartnerPage } from '@/contract/api';
import type { ImportRequest } from '@/contract/api';
import { API_BASE, paths } from '@/contract/endpoints';
import { DEPARTMENT_CODES, PARTNER_STAGES, SECTORS, SIZE_BANDS } from '@/contract/reference';
import { Problem } from '@/contract/problem';
import type { User } from '@/contract/user';
import { luhnCheckDigit } from '@/domain/identifiers';
import { importQueries } from '@/features/partners/import/api-import';
import type { Translate } from '@/features/partners/import/lib/convert';
import type { Lookups } from '@/features/partners/import/lib/lookups';
import { buildImportRows, existingMatches } from '@/features/partners/import/lib/preview';
import { issuesFromServer } from '@/features/partners/import/lib/server-errors';
import { request } from '@/lib/api-client';
import { translate } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n';
import { userQueries } from '@/lib/users';
import { getStore } from '../../../mocks/store/store';
import { companiesFile, importContext, readFile, validSiren } from './csv-arbitraries';

/**
 * The companies import through the API (the in-browser one, as the app runs it): all or nothing.
 * Either a 2xx, and the companies count grows by exactly the `created` it reports; or a 4xx problem,
 * and nothing at all has changed. Never a 500, never part of a file.
 */

let users: User[];
let ctx: { lookups: Lookups; t: Translate };
let knownSirens: string[];
const labels = (key: string) => [translate('fr', key as MessageKey), translate('en', key as MessageKey)];

beforeAll(async () => {
  users = await new QueryClient().fetchQuery(userQueries.list());
  ctx = await importContext(users);
  const page = await request(PartnerPage, paths.partners, { query: { pageSize: 20, archived: 'include' } });
  knownSirens = page.items.flatMap((p) => (p.siren ? [p.siren] : []));
});

/**
 * The companies count as the API reports it (archived ones included), and every stored company and
 * contact as they are: "nothing written" means not one field changed.
 */
async function snapshot() {
  const partners = await request(PartnerPage, paths.partners, { query: { pageSize: 1, archived: 'include' } });
  const store = getStore();
  return { companies: partners.total, contacts: store.contacts.size, stored: JSON.stringify([store.partners.rows, store.contacts.rows]) };
}

type Outcome = { ok: true; result: ImportResult } | { ok: false; status: number; problem: Problem | null };

/** Sends the body as the page's mutation does (api-import.ts), and checks all-or-nothing around it. */
async function importAllOrNothing(body: unknown): Promise<Outcome> {
  const before = await snapshot();
  const res = await fetch(`http://localhost:3000${API_BASE}${paths.partnersImport}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  const json: unknown = await res.json();
  const after = await snapshot();
  expect(res.status, JSON.stringify(json).slice(0, 300)).toBeLessThan(500);
  if (res.ok) {
    const result = ImportResult.parse(json);
    expect(after.companies, 'companies count').toBe(before.companies + result.created);
    expect(after.contacts).toBeGreaterThanOrEqual(before.contacts);
    return { ok: true, result };
  }
  expect([400, 422]).toContain(res.status);
  const problem = Problem.safeParse(json);
  expect(problem.success, 'a problem document').toBe(true);
  expect(after, 'nothing written').toEqual(before);
  return { ok: false, status: res.status, problem: problem.success ? problem.data : null };
}

describe('importing a hostile file through the API (property)', () => {
  it('imports all of what the preview accepted, or nothing, and the page can name every refused line', async () => {
    await fc.assert(
      fc.asyncProperty(companiesFile(labels, users, { tidy: true, sirens: knownSirens }), fc.constantFrom('skip' as const, 'update' as const), async ({ bytes }, policy) => {
        const read = await readFile(bytes, ctx);
        if (!read) return;
        // As the page: the known companies (one request), then the rows of the companies the preview kept.
        const bySiren = await new QueryClient().fetchQuery(importQueries.existing());
        const rows = buildImportRows(read.preview.groups, existingMatches(read.preview.groups, bySiren), policy);
        // The page does not offer to import nothing.
        if (!rows.length) return;
        const body: ImportRequest = { rows, onDuplicate: policy };
        const outcome = await importAllOrNothing(body);
        if (outcome.ok) {
          const { created, updated, skipped } = outcome.result;
          expect(created + updated + skipped).toBe(rows.length);
          expect(policy === 'skip' ? updated : skipped).toBe(0);
        } else {
          // The page shows the server's reasons against the file's lines.
          const issues = issuesFromServer(outcome.problem?.errors ?? [], read.preview.groups, read.csv, read.mapping);
          expect(issues.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 30 },
    );
  });
});

/* ------------------------------------- hostile request bodies ------------------------------------- */

const text = (min: number, max: number) =>
  fc.string({ unit: 'grapheme', minLength: min, maxLength: max }).map((s) => s.trim()).filter((s) => s.length >= min);

const contact = fc.record({
  firstName: text(1, 20),
  lastName: text(1, 20),
  role: text(0, 20),
  email: fc.constantFrom('', 'a.b@example.fr', 'contact@entreprise.example'),
  phone: fc.constantFrom('', '04 66 00 00 00'),
  isTutor: fc.boolean(),
});
const row = fc.record({
  partner: fc.record({
    name: text(1, 40),
    siren: fc.option(validSiren, { nil: null }),
    siret: fc.constant(null),
    nafCode: fc.constantFrom(null, '62.01Z'),
    sector: fc.constantFrom(...SECTORS),
    department: fc.constantFrom(...DEPARTMENT_CODES),
    city: text(1, 20),
    sizeBand: fc.constantFrom(...SIZE_BANDS),
    stage: fc.constantFrom(...PARTNER_STAGES),
    ownerId: fc.constantFrom(null, 'u-1', 'u-4'),
    partnerSince: fc.constantFrom(null, '2020-09-01'),
    tags: fc.uniqueArray(text(1, 10), { maxLength: 3 }),
    website: fc.constantFrom(null, 'https://example.fr'),
    notes: fc.string({ maxLength: 40 }),
  }),
  contacts: fc.option(fc.array(contact, { maxLength: 3 }), { nil: undefined }),
});

type Row = { partner: Record<string, unknown>; contacts?: unknown[] };
interface Mutation {
  name: string;
  /** Whether the API must refuse a file holding it (otherwise it must accept it). */
  refused: boolean;
  apply: (rows: Row[], i: number) => void;
}
const onPartner = (name: string, refused: boolean, change: (p: Record<string, unknown>, rows: Row[], i: number) => void): Mutation => ({
  name,
  refused,
  apply: (rows, i) => change(rows[i]!.partner, rows, i),
});
const MUTATIONS: Mutation[] = [
  onPartner('SIREN with a wrong key', true, (p) => {
    const s = '40123456';
    p.siren = s + ((luhnCheckDigit(s) + 1) % 10);
  }),
  onPartner('SIREN of 8 digits', true, (p) => (p.siren = '12345678')),
  onPartner('SIREN typed with spaces', false, (p) => (p.siren = '401 234 562')),
  onPartner('SIRET of another SIREN', true, (p) => {
    p.siren = '401234562';
    p.siret = '40123457000018';
  }),
  onPartner('SIRET without SIREN check', true, (p) => (p.siret = '12345678901234')),
  onPartner('unknown owner', true, (p) => (p.ownerId = 'u-999')),
  onPartner('empty name', true, (p) => (p.name = '   ')),
  onPartner('name too long', true, (p) => (p.name = 'x'.repeat(161))),
  onPartner('name not a string', true, (p) => (p.name = 42)),
  onPartner('unknown sector', true, (p) => (p.sector = 'nope')),
  onPartner('unknown department', true, (p) => (p.department = '99')),
  onPartner('21 tags', true, (p) => (p.tags = Array.from({ length: 21 }, (_, k) => `t${k}`))),
  onPartner('a field missing', true, (p) => delete p.city),
  onPartner('a key the contract does not know', false, (p) => (p.hacked = '<script>')),
  onPartner('a formula as name', false, (p) => (p.name = '=HYPERLINK("http://evil.example")')),
  {
    name: 'a SIREN twice in the file',
    refused: true,
    apply: (rows, i) => {
      rows[i]!.partner.siren = '401234570';
      rows.push({ partner: { ...rows[i]!.partner, name: 'Doublon' } });
    },
  },
  { name: 'row that is not an object', refused: true, apply: (rows, i) => ((rows as unknown[])[i] = 'ligne') },
  { name: 'row that is null', refused: true, apply: (rows, i) => ((rows as unknown[])[i] = null) },
  { name: '51 contacts', refused: true, apply: (rows, i) => (rows[i]!.contacts = Array.from({ length: 51 }, (_, k) => ({ firstName: 'A', lastName: `B${k}`, role: '', email: '', phone: '', isTutor: false }))) },
  { name: 'contact with a bad e-mail', refused: true, apply: (rows, i) => (rows[i]!.contacts = [{ firstName: 'A', lastName: 'B', role: '', email: 'pas-un-email', phone: '', isTutor: false }]) },
];

/** The request as sent: a valid file, some of its rows spoilt; now and then a broken envelope. */
const hostileRequest = fc.oneof(
  {
    weight: 9,
    arbitrary: fc
      .tuple(fc.array(row, { minLength: 1, maxLength: 6 }), fc.array(fc.tuple(fc.constantFrom(...MUTATIONS), fc.nat()), { maxLength: 2 }), fc.constantFrom('skip', 'update'))
      .map(([rows, mutations, onDuplicate]) => {
        const copy = structuredClone(rows) as Row[];
        const n = copy.length;
        // Different rows, so that one spoils no other (a row made a string, then its SIREN changed…).
        const applied = mutations.filter(([, at], k) => mutations.findIndex(([, other]) => other % n === at % n) === k);
        for (const [m, at] of applied) m.apply(copy, at % n);
        return { body: { rows: copy, onDuplicate }, refused: applied.some(([m]) => m.refused), mutations: applied.map(([m]) => m.name) };
      }),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom<unknown>('{"rows": [', 'null', '[]', '{}', { rows: [] }, { rows: 'x' }, { rows: [{ partner: {} }], onDuplicate: 'maybe' }).map((body) => ({ body, refused: true, mutations: ['broken envelope'] })),
  },
);

describe('hostile import requests (property)', () => {
  it('are taken whole or refused whole — refused exactly when a row breaks the contract or a rule', async () => {
    await fc.assert(
      fc.asyncProperty(hostileRequest, async ({ body, refused, mutations }) => {
        const outcome = await importAllOrNothing(body);
        expect(outcome.ok, `refused: ${refused} (${mutations.join(', ')})`).toBe(!refused);
        if (outcome.ok) {
          const rows = (body as { rows: unknown[] }).rows;
          const { created, updated, skipped } = outcome.result;
          expect(created + updated + skipped).toBe(rows.length);
        } else if (outcome.status === 422) {
          // Each reason names its row: "rows.<i>.<field>".
          for (const e of outcome.problem?.errors ?? []) expect(e.field).toMatch(/^rows\.\d+(\.|$)/);
        }
      }),
      { numRuns: 50 },
    );
  });
});
