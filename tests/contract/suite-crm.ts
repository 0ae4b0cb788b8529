import { describe, expect, it } from 'vitest';
import { ContactPage, ContactRow, InteractionPage, InteractionRow, OpportunityPage, OpportunityRow, PartnerPage, TaskPage, TaskRow, UserPage } from '../../src/contract/api';
import { paths } from '../../src/contract/endpoints';
import { PartnerRow } from '../../src/contract/entities';
import { apiClient, expectOk, expectProblem, partnerInput } from './client';
import type { ApiTarget } from './client';

export function crmContract(target: ApiTarget) {
  const api = apiClient(target);
  const setup = async (name = 'Chaudronnerie Témoin') => {
    const users = expectOk(await api.get(paths.users), UserPage).items;
    const partner = expectOk(await api.post(paths.partners, partnerInput({ name })), PartnerRow, 201);
    return { partner, user: users[0]!, other: users[1] ?? users[0]! };
  };
  const contactInput = (partnerId: string, overrides: Record<string, unknown> = {}) => ({
    partnerId, firstName: 'Éloïse', lastName: 'Baumgartner', role: 'Responsable R&D', email: 'eloise.b@example.fr', phone: '04 66 00 00 00', isTutor: true, ...overrides,
  });

  describe('contacts', () => {
    it('creates, lists, updates and deletes a contact', async () => {
      const { partner } = await setup();
      const created = expectOk(await api.post(paths.contacts, contactInput(partner.id)), ContactRow, 201);
      expect(created.partnerName).toBe(partner.name);
      const listed = expectOk(await api.get(paths.contacts, { partnerId: partner.id }), ContactPage);
      expect(listed.items.map((c) => c.id)).toEqual([created.id]);
      expect(expectOk(await api.get(paths.contacts, { q: 'eloise baumgartner', tutorsOnly: true }), ContactPage).items.map((c) => c.id)).toContain(created.id);

      // The company is found by its contacts' names.
      const found = expectOk(await api.get(paths.partners, { q: 'baumgartner' }), PartnerPage);
      expect(found.items.map((p) => p.id)).toContain(partner.id);

      const updated = expectOk(await api.patch(paths.contact(created.id), { role: 'Directrice', version: created.version }), ContactRow);
      expect(updated.role).toBe('Directrice');
      expectProblem(await api.patch(paths.contact(created.id), { role: 'X', version: created.version }), 409);

      expect((await api.del(paths.contact(created.id))).status).toBe(204);
      expect(expectOk(await api.get(paths.contacts, { partnerId: partner.id }), ContactPage).total).toBe(0);
      expectProblem(await api.del(paths.contact(created.id)), 404);
    });

    it('validates the e-mail and the company', async () => {
      const { partner } = await setup();
      const bad = expectProblem(await api.post(paths.contacts, contactInput(partner.id, { email: 'pas-une-adresse', firstName: '' })), 400);
      expect(bad.errors).toContainEqual({ field: 'email', message: 'Adresse e-mail invalide' });
      expect(bad.errors).toContainEqual({ field: 'firstName', message: 'Champ obligatoire' });
      const unknown = expectProblem(await api.post(paths.contacts, contactInput('p-nope')), 422);
      expect(unknown.errors?.[0]?.field).toBe('partnerId');
    });
  });

  describe('interactions', () => {
    it('lists a company’s interactions newest first and updates its last interaction', async () => {
      const { partner, user } = await setup();
      for (const date of ['2024-03-01', '2025-06-15', '2023-01-10']) {
        expectOk(await api.post(paths.interactions, { partnerId: partner.id, contactId: null, date, kind: 'meeting', authorId: user.id, summary: `Réunion du ${date}` }), InteractionRow, 201);
      }
      const page = expectOk(await api.get(paths.interactions, { partnerId: partner.id }), InteractionPage);
      expect(page.items.map((i) => i.date)).toEqual(['2025-06-15', '2024-03-01', '2023-01-10']);
      expect(page.items[0]!.authorName).toBe(user.name);
      expect(expectOk(await api.get(paths.partner(partner.id)), PartnerRow).lastInteraction).toBe('2025-06-15');
    });

    it('refuses a contact of another company', async () => {
      const { partner, user } = await setup();
      const other = await setup('Autre Entreprise Témoin');
      const contact = expectOk(await api.post(paths.contacts, contactInput(other.partner.id)), ContactRow, 201);
      const problem = expectProblem(await api.post(paths.interactions, { partnerId: partner.id, contactId: contact.id, date: '2025-01-01', kind: 'call', authorId: user.id, summary: 'Appel' }), 422);
      expect(problem.errors?.map((e) => e.field)).toEqual(['contactId']);
    });
  });

  describe('tasks', () => {
    it('creates a follow-up, marks it done, and filters by status and owner', async () => {
      const { partner, user } = await setup();
      const task = expectOk(await api.post(paths.tasks, { partnerId: partner.id, title: 'Relancer pour la taxe', due: '2026-12-01', ownerId: user.id }), TaskRow, 201);
      expect(task.done).toBe(false);
      expect(task.partnerName).toBe(partner.name);
      const open = expectOk(await api.get(paths.tasks, { owner: user.id, partnerId: partner.id }), TaskPage);
      expect(open.items.map((t) => t.id)).toEqual([task.id]);
      const done = expectOk(await api.patch(paths.task(task.id), { done: true, version: task.version }), TaskRow);
      expect(done.done).toBe(true);
      expect(expectOk(await api.get(paths.tasks, { partnerId: partner.id }), TaskPage).total).toBe(0);
      expect(expectOk(await api.get(paths.tasks, { partnerId: partner.id, status: 'done' }), TaskPage).total).toBe(1);
      expect(expectOk(await api.get(paths.tasks, { partnerId: partner.id, status: 'all' }), TaskPage).total).toBe(1);
      const dues = expectOk(await api.get(paths.tasks, { status: 'all' }), TaskPage).items.map((t) => t.due);
      expect(dues).toEqual([...dues].sort());
    });
  });

  describe('opportunities', () => {
    it('requires a reason to close a deal, then dates the close', async () => {
      const { partner, user } = await setup();
      const input = { partnerId: partner.id, title: 'Chaire matériaux biosourcés', kind: 'chair', amount: 120_000, stage: 'proposal', ownerId: user.id, expectedClose: '2027-03-31', closeReason: null };
      const opp = expectOk(await api.post(paths.opportunities, input), OpportunityRow, 201);
      expect(opp.closedAt).toBeNull();
      expect(opp.partnerName).toBe(partner.name);
      expect(expectOk(await api.get(paths.partner(partner.id)), PartnerRow).openOpportunitiesAmount).toBe(120_000);

      const refused = expectProblem(await api.patch(paths.opportunity(opp.id), { stage: 'won', version: opp.version }), 422);
      expect(refused.errors?.map((e) => e.field)).toEqual(['closeReason']);
      const won = expectOk(await api.patch(paths.opportunity(opp.id), { stage: 'won', closeReason: 'Co-financement Région obtenu', version: opp.version }), OpportunityRow);
      expect(won.stage).toBe('won');
      expect(won.closedAt).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(expectOk(await api.get(paths.partner(partner.id)), PartnerRow).openOpportunitiesAmount).toBe(0);

      const reopened = expectOk(await api.patch(paths.opportunity(opp.id), { stage: 'negotiation', version: won.version }), OpportunityRow);
      expect(reopened.closedAt).toBeNull();
    });

    it('filters and sorts the pipeline on the server', async () => {
      const page = expectOk(await api.get(paths.opportunities, { stage: ['proposal', 'negotiation'], sort: 'amount', order: 'desc', pageSize: 100 }), OpportunityPage);
      expect(page.total).toBeGreaterThan(0);
      expect(page.items.every((o) => o.stage === 'proposal' || o.stage === 'negotiation')).toBe(true);
      const amounts = page.items.map((o) => o.amount);
      expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
    });
  });
}
