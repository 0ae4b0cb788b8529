import * as z from 'zod/mini';
import { describe, expect, it } from 'vitest';
import { PartnerPage } from '../../src/contract/api';
import { checkAnswer } from '../../server/http/checked';

/**
 * The answer check (server/http/checked.ts) writes exactly what the contract's schema outputs,
 * JSON.stringify'd — whether a list's items are new objects or rows kept (frozen) and already sent.
 */

const row = (id: string, extra: Record<string, unknown> = {}) => ({
  id, name: `Entreprise ${id}`, siren: null, siret: null, vatNumber: null, nafCode: null, sector: 'sante', department: '30', city: 'Alès',
  sizeBand: 'pme', stage: 'prospect', kinds: ['research'], ownerId: null, partnerSince: null, tags: ['<b>gras</b>'], website: null, notes: 'a "b" \\ c',
  archived: false, synthetic: true, createdAt: '2026-01-02T03:04:05.000Z', updatedAt: '2026-01-02T03:04:05.000Z', version: 1, lastInteraction: null,
  openOpportunitiesAmount: 0, activeApprentices: 2, ...extra,
});
const zodJson = (schema: z.ZodMiniType, body: unknown) => JSON.stringify(schema.parse(body));

describe('checking answers', () => {
  it('writes a list as the schema outputs it, fresh or kept items alike, storage columns left out', () => {
    const kept = Object.freeze(row('p-1', { nameKey: 'entreprise p-1' }));
    const body = { pageSize: 50, items: [kept, row('p-2', { searchText: 'x' }), kept], total: 3, page: 1, extra: true };
    expect(PartnerPage.safeParse(body).success).toBe(true);
    const first = checkAnswer(PartnerPage, body);
    const again = checkAnswer(PartnerPage, body);
    expect(first).toEqual({ ok: true, json: zodJson(PartnerPage, body) });
    expect(again).toEqual(first);
    expect(first.ok && first.json).not.toContain('nameKey');
  });

  it('refuses a list with a wrong item or a wrong figure, kept items or not', () => {
    const kept = Object.freeze(row('p-1'));
    expect(checkAnswer(PartnerPage, { items: [kept], total: 1, page: 1, pageSize: 50 }).ok).toBe(true);
    expect(checkAnswer(PartnerPage, { items: [kept, Object.freeze(row('p-2', { version: -1 }))], total: 2, page: 1, pageSize: 50 }).ok).toBe(false);
    expect(checkAnswer(PartnerPage, { items: [kept], total: -1, page: 1, pageSize: 50 }).ok).toBe(false);
    expect(checkAnswer(PartnerPage, { items: 'rien', total: 0, page: 1, pageSize: 50 }).ok).toBe(false);
    // The same frozen item against another schema is checked against that one.
    const Strict = z.object({ items: z.array(z.object({ id: z.literal('autre') })), total: z.number() });
    expect(checkAnswer(Strict, { items: [kept], total: 1 }).ok).toBe(false);
  });

  it('checks answers that are not lists as the schema does', () => {
    const Thing = z.object({ a: z.string(), b: z.optional(z.number()) });
    expect(checkAnswer(Thing, { a: 'x', c: 1 })).toEqual({ ok: true, json: '{"a":"x"}' });
    expect(checkAnswer(Thing, { a: 1 }).ok).toBe(false);
  });
});
