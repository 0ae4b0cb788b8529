import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { PartnerDuplicatePage, PartnerPage, UserPage } from '../../src/contract/api';
import { paths } from '../../src/contract/endpoints';
import { PartnerRow } from '../../src/contract/entities';
import { PartnerSummary } from '../../src/contract/stats';
import { apiClient, expectOk, expectProblem, freshSiren, partnerInput, siretOf } from './client';
import type { ApiTarget } from './client';

const fr = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

export function partnerContract(target: ApiTarget) {
  const api = apiClient(target);
  const list = async (query: Record<string, string | number | boolean | string[]> = {}) => expectOk(await api.get(paths.partners, query), PartnerPage);
  const create = async (overrides: Record<string, unknown> = {}) => expectOk(await api.post(paths.partners, partnerInput(overrides)), PartnerRow, 201);

  describe('partners: list', () => {
    it('answers the first page of non-archived companies in French alphabetical order', async () => {
      const page = await list();
      expect(page.page).toBe(1);
      expect(page.pageSize).toBe(50);
      expect(page.items).toHaveLength(50);
      expect(page.total).toBeGreaterThan(500);
      expect(page.items.every((p) => !p.archived)).toBe(true);
      const names = page.items.map((p) => p.name);
      expect([...names].sort(fr.compare)).toEqual(names);
    });

    it('pages on the server: two pages of 10 are the first 20', async () => {
      const [p1, p2, both] = await Promise.all([list({ pageSize: 10 }), list({ pageSize: 10, page: 2 }), list({ pageSize: 20 })]);
      expect(p1.total).toBe(both.total);
      expect([...p1.items, ...p2.items].map((p) => p.id)).toEqual(both.items.map((p) => p.id));
      const beyond = await list({ page: 100_000, pageSize: 50 });
      expect(beyond.items).toEqual([]);
      expect(beyond.total).toBe(both.total);
    });

    it('filters by sector, department, stage and relationship kind', async () => {
      const all = await list({ pageSize: 1 });
      const page = await list({ sector: 'nucleaire', department: ['30', '34'], stage: 'active', pageSize: 500 });
      expect(page.total).toBeGreaterThan(0);
      expect(page.total).toBeLessThan(all.total);
      for (const p of page.items) {
        expect(p.sector).toBe('nucleaire');
        expect(['30', '34']).toContain(p.department);
        expect(p.stage).toBe('active');
      }
      const hosts = await list({ hostsApprentices: true, kind: 'apprentices', pageSize: 500 });
      expect(hosts.total).toBeGreaterThan(0);
      expect(hosts.items.every((p) => p.activeApprentices > 0 && p.kinds.includes('apprentices'))).toBe(true);
    });

    it('sorts on every column, both ways, with empty values last', async () => {
      for (const sort of ['name', 'sector', 'department', 'city', 'stage', 'owner', 'lastInteraction', 'openOpportunitiesAmount', 'partnerSince']) {
        for (const order of ['asc', 'desc']) {
          const page = await list({ sort, order, pageSize: 200 });
          expect(page.items).toHaveLength(200);
        }
      }
      const amounts = (await list({ sort: 'openOpportunitiesAmount', order: 'desc', pageSize: 300 })).items.map((p) => p.openOpportunitiesAmount);
      expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
      const cities = (await list({ sort: 'city', pageSize: 300 })).items.map((p) => p.city);
      expect([...cities].sort(fr.compare)).toEqual(cities);
      const recent = (await list({ sort: 'lastInteraction', order: 'desc', pageSize: 100_000 })).items.map((p) => p.lastInteraction);
      const known = recent.filter((d) => d !== null);
      expect(known).toEqual([...known].sort().reverse());
      expect(recent.slice(known.length).every((d) => d === null)).toBe(true);
    });

    it('searches name, SIREN, city and contact names, ignoring case and accents', async () => {
      const siren = freshSiren(1);
      const created = await create({ name: 'Société Énergétique des Cévennes', siren, city: 'Saint-Jean-du-Gard' });
      for (const q of ['energetique cevennes', 'ÉNERGÉTIQUE', 'societe', siren, `${siren.slice(0, 3)} ${siren.slice(3, 6)}`, 'saint-jean-du-gard energetique']) {
        const page = await list({ q });
        expect(page.items.map((p) => p.id), q).toContain(created.id);
      }
      expect((await list({ q: 'cevennes zzzzzz' })).total).toBe(0);
    });

    it('takes junk in the URL for defaults instead of refusing it', async () => {
      const reply = await api.get(paths.partners, { page: 'abc', pageSize: '-5', sort: 'bogus', order: 'sideways', sector: 'xyz', archived: 'maybe', inactiveMonths: 'lots' });
      const page = expectOk(reply, PartnerPage);
      expect(page.page).toBe(1);
      expect(page.pageSize).toBe(50);
      expect(page.total).toBe((await list()).total);
    });

    it('finds companies without an interaction for N months', async () => {
      const stale = await list({ inactiveMonths: 24, pageSize: 100_000 });
      const all = await list({ pageSize: 1 });
      expect(stale.total).toBeGreaterThan(0);
      expect(stale.total).toBeLessThan(all.total);
    });
  });

  describe('partners: one company', () => {
    it('answers 404 as a problem for an unknown id', async () => {
      const problem = expectProblem(await api.get(paths.partner('p-does-not-exist')), 404);
      expect(problem.title).toBeTruthy();
    });

    it('creates a company (201) and reads it back', async () => {
      const users = expectOk(await api.get(paths.users), UserPage);
      const siren = freshSiren(2);
      const created = await create({ siren: `${siren.slice(0, 3)} ${siren.slice(3, 6)} ${siren.slice(6)}`, siret: siretOf(siren), ownerId: users.items[0]!.id });
      expect(created.siren).toBe(siren);
      expect(created.vatNumber).toMatch(/^FR\d{2}\d{9}$/);
      expect(created.version).toBeGreaterThanOrEqual(1);
      expect(created.archived).toBe(false);
      expect(created.synthetic).toBe(false);
      const read = expectOk(await api.get(paths.partner(created.id)), PartnerRow);
      expect(read).toEqual(created);
    });

    it('refuses an invalid body with 400 and French messages per field', async () => {
      const problem = expectProblem(await api.post(paths.partners, partnerInput({ name: '  ', sector: 'bogus', department: '99' })), 400);
      const fields = Object.fromEntries((problem.errors ?? []).map((e) => [e.field, e.message]));
      expect(fields.name).toBe('Champ obligatoire');
      expect(fields.sector).toMatch(/^Valeur non autorisée/);
      expect(fields.department).toMatch(/^Valeur non autorisée/);
    });

    it('refuses a malformed JSON body with 400', async () => {
      expectProblem(await api.raw('POST', paths.partners, '{"name": '), 400);
    });

    it('checks SIREN and SIRET keys (422)', async () => {
      const bad = expectProblem(await api.post(paths.partners, partnerInput({ siren: '200034529' })), 422);
      expect(bad.errors).toContainEqual({ field: 'siren', message: 'SIREN invalide : la clé de contrôle ne correspond pas' });
      const mismatch = expectProblem(await api.post(paths.partners, partnerInput({ siren: freshSiren(3), siret: siretOf(freshSiren(4)) })), 422);
      expect(mismatch.errors?.map((e) => e.field)).toEqual(['siret']);
    });

    it('refuses a second company with the same SIREN (409 naming the first)', async () => {
      const siren = freshSiren(5);
      const first = await create({ siren });
      const problem = expectProblem(await api.post(paths.partners, partnerInput({ name: 'Autre nom', siren })), 409);
      expect(problem.conflictId).toBe(first.id);
    });

    it('refuses a save based on a stale version (409)', async () => {
      const created = await create({ siren: freshSiren(6) });
      const saved = expectOk(await api.patch(paths.partner(created.id), { city: 'Nîmes', version: created.version }), PartnerRow);
      expect(saved.city).toBe('Nîmes');
      expect(saved.version).toBe(created.version + 1);
      const problem = expectProblem(await api.patch(paths.partner(created.id), { city: 'Uzès', version: created.version }), 409);
      expect(problem.conflictId).toBe(created.id);
      expect(expectOk(await api.get(paths.partner(created.id)), PartnerRow).city).toBe('Nîmes');
      expectProblem(await api.patch(paths.partner('p-nope'), { city: 'Uzès' }), 404);
    });

    it('hides archived companies by default and restores them', async () => {
      const created = await create({ name: 'Ateliers Archivables du Gard' });
      const archived = expectOk(await api.post(paths.partnerArchive(created.id)), PartnerRow);
      expect(archived.archived).toBe(true);
      expect((await list({ q: 'archivables' })).total).toBe(0);
      expect((await list({ q: 'archivables', archived: 'include' })).total).toBe(1);
      expect((await list({ q: 'archivables', archived: 'only' })).items[0]?.id).toBe(created.id);
      expect((await list({ archived: 'only', pageSize: 100_000 })).items.every((p) => p.archived)).toBe(true);
      expectOk(await api.post(paths.partnerRestore(created.id)), PartnerRow);
      expect((await list({ q: 'archivables' })).total).toBe(1);
    });

    it('points at possible duplicates by SIREN or by a similar name in the department', async () => {
      const siren = freshSiren(7);
      const created = await create({ name: 'Mécanique Générale Alésienne', siren, department: '30' });
      const byName = expectOk(await api.get(paths.partnerDuplicates, { name: 'SAS Mecanique generale alesienne', department: '30' }), PartnerDuplicatePage);
      expect(byName.items.find((d) => d.id === created.id)?.matchReason).toBe('name');
      const typo = expectOk(await api.get(paths.partnerDuplicates, { name: 'Mécanique Généale Alésiene', department: '30' }), PartnerDuplicatePage);
      expect(typo.items.map((d) => d.id)).toContain(created.id);
      const elsewhere = expectOk(await api.get(paths.partnerDuplicates, { name: 'Mécanique Générale Alésienne', department: '34' }), PartnerDuplicatePage);
      expect(elsewhere.items.map((d) => d.id)).not.toContain(created.id);
      const bySiren = expectOk(await api.get(paths.partnerDuplicates, { siren, excludeId: 'x' }), PartnerDuplicatePage);
      expect(bySiren.items.map((d) => [d.id, d.matchReason])).toEqual([[created.id, 'siren']]);
      const self = expectOk(await api.get(paths.partnerDuplicates, { siren, excludeId: created.id }), PartnerDuplicatePage);
      expect(self.items).toEqual([]);
    });

    it('summarises everything the school does with a company', async () => {
      const host = (await list({ hostsApprentices: true, pageSize: 1 })).items[0]!;
      const summary = expectOk(await api.get(paths.partnerSummary(host.id)), PartnerSummary);
      expect(summary.activeApprentices).toBe(host.activeApprentices);
      expect(summary.openOpportunitiesAmount).toBe(host.openOpportunitiesAmount);
      const contacts = expectOk(await api.get(paths.contacts, { partnerId: host.id }), z.object({ total: z.number() }));
      expect(summary.contacts).toBe(contacts.total);
      expectProblem(await api.get(paths.partnerSummary('p-nope')), 404);
    });
  });
}
