import { describe, expect, it } from 'vitest';
import { PartnerPage } from '../../src/contract/api';
import { PartnerRow } from '../../src/contract/entities';
import { Problem } from '../../src/contract/problem';
import { routePath } from '../../server/http/api';
import { apiRoutes } from '../../server/routes';
import { partnerInput } from '../contract/client';
import { setUpTestServer } from './harness';

/**
 * Hostile input on every endpoint: injection strings in every filter, markup stored verbatim,
 * bodies too big or of the wrong shape, unknown fields, ids that do not exist.
 */

const t = setUpTestServer({ bodyLimit: 1024 * 1024 });

const INJECTIONS = [
  "' OR '1'='1",
  "'; DROP TABLE partners; --",
  '" OR ""="',
  '1; DELETE FROM users',
  "%' UNION SELECT id, passwordHash FROM users --",
  '\\',
  '%_%',
  "Robert'); DROP TABLE audit;--",
  '\u0000',
  '../../etc/passwd',
];
const MARKUP = ['<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', "javascript:alert('x')", '=HYPERLINK("http://evil")'];

async function call(method: string, path: string, body?: string, extra: Record<string, string> = {}) {
  const res = await fetch(`${t.server.baseUrl}/api${path}`, {
    method,
    headers: { ...t.admin.headers(method), ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...extra },
    body,
  });
  const text = await res.text();
  return { status: res.status, type: res.headers.get('content-type') ?? '', body: text ? (JSON.parse(text) as unknown) : null };
}

const countPartners = async () => PartnerPage.parse((await call('GET', '/partners?archived=include&pageSize=1')).body).total;

function queryKeys(schema: unknown): string[] {
  const shape = (schema as { _zod?: { def?: { shape?: Record<string, unknown> } } } | undefined)?._zod?.def?.shape;
  return shape ? Object.keys(shape) : [];
}

describe('hostile input', () => {
  it('takes SQL-injection strings in every filter of every list as plain text (no 500, nothing deleted)', async () => {
    const before = await countPartners();
    const failures: string[] = [];
    let requests = 0;
    for (const route of apiRoutes.filter((r) => r.method === 'GET' && r.query)) {
      for (const key of queryKeys(route.query)) {
        for (const value of INJECTIONS) {
          const path = `${routePath(route.path).replace(':id', encodeURIComponent(value))}?${new URLSearchParams({ [key]: value })}`;
          const r = await call('GET', path);
          requests++;
          if (r.status >= 500) failures.push(`GET ${path} → ${r.status}`);
        }
      }
    }
    expect(failures).toEqual([]);
    expect(requests).toBeGreaterThan(500);
    expect(await countPartners()).toBe(before);
    const users = await call('GET', '/users');
    expect((users.body as { total: number }).total).toBeGreaterThan(1);
  }, 240_000);

  it('stores markup and injection strings verbatim in text fields and returns them as they were typed', async () => {
    for (const [i, text] of [...MARKUP, ...INJECTIONS.filter((s) => s.trim() && s !== '\u0000')].entries()) {
      const r = await call('POST', '/partners', JSON.stringify(partnerInput({ name: `${text} ${i}`, notes: text, city: 'Alès' })));
      expect(r.status, text).toBe(201);
      const created = PartnerRow.parse(r.body);
      expect(created.name).toBe(`${text} ${i}`.trim());
      const read = PartnerRow.parse((await call('GET', `/partners/${encodeURIComponent(created.id)}`)).body);
      expect(read.notes).toBe(text.trim());
    }
  });

  it('answers 413 to an oversized body, 400 to a malformed or wrongly typed one, and drops unknown fields', async () => {
    const huge = JSON.stringify({ rows: Array.from({ length: 20_000 }, (_, i) => ({ partner: partnerInput({ name: `Entreprise ${i}`, notes: 'x'.repeat(100) }) })) });
    const tooBig = await call('POST', '/partners/import', huge);
    expect(tooBig.status).toBe(413);
    expect(tooBig.type).toContain('application/problem+json');

    const malformed = await call('POST', '/partners', '{"name": "oups"');
    expect(malformed.status).toBe(400);
    expect(Problem.parse(malformed.body).detail).toMatch(/JSON valide/);

    const wrongTypes = await call('POST', '/partners', JSON.stringify(partnerInput({ name: 42, tags: 'a', ownerId: { $ne: null } })));
    expect(wrongTypes.status).toBe(400);
    const fields = Problem.parse(wrongTypes.body).errors?.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['name', 'tags', 'ownerId']));

    const extra = await call('POST', '/partners', JSON.stringify({ ...partnerInput({ name: 'Champs en trop SA' }), id: 'p-pirate', version: 99, archived: true, isAdmin: true }));
    expect(extra.status).toBe(201);
    const created = PartnerRow.parse(extra.body);
    expect(created.id).not.toBe('p-pirate');
    expect(created.archived).toBe(false);
    expect(created).not.toHaveProperty('isAdmin');

    const wrongContentType = await call('POST', '/partners', 'name=x', { 'Content-Type': 'application/x-www-form-urlencoded' });
    expect(wrongContentType.status).toBe(415);
  });

  it('drops NUL characters from text (PostgreSQL cannot store them) instead of failing', async () => {
    const r = await call('POST', '/partners', JSON.stringify(partnerInput({ name: 'Nul\u0000 Part SA', notes: 'a\u0000b' })));
    expect(r.status).toBe(201);
    expect(PartnerRow.parse(r.body)).toMatchObject({ name: 'Nul Part SA', notes: 'ab' });
  });

  it('answers 404 problems to ids that do not exist, whatever they look like', async () => {
    for (const id of ['p-999999', "p-1' OR '1'='1", '..%2F..%2Fusers', 'a'.repeat(300)]) {
      const r = await call('GET', `/partners/${encodeURIComponent(id)}`);
      expect(r.status, id).toBe(404);
      expect(r.type).toContain('application/problem+json');
    }
  });
});
