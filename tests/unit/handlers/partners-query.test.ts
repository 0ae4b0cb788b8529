import { describe, expect, it } from 'vitest';
import { Store } from '../../../mocks/store/database';
import { findDuplicates, listPartners, partnerSummary } from '../../../mocks/store/partners-query';
import { PartnerListQuery } from '../../../src/contract/queries';
import { dataset, partner } from './fixtures';

const store = () =>
  new Store(
    dataset({
      today: '2026-11-26',
      partners: [
        partner('p-1', { name: 'Étoile Mécanique', city: 'Nîmes', sector: 'mecatronique', tags: ['Marcoule'] }),
        partner('p-2', { name: 'Alpha Chimie SAS', siren: '200034528', department: '34', city: 'Montpellier' }),
        partner('p-3', { name: 'Zénith Nucléaire', sector: 'nucleaire', stage: 'prospect', partnerSince: null }),
        partner('p-4', { name: 'Archivée SARL', archived: true }),
        partner('p-5', { name: 'alpha chimie', department: '34', city: 'Sète' }),
      ],
      contacts: [{ id: 'c-1', partnerId: 'p-3', firstName: 'Hélène', lastName: 'Dufrêne', role: '', email: '', phone: '', isTutor: true, synthetic: true, version: 1 }],
      interactions: [
        { id: 'i-1', partnerId: 'p-1', contactId: null, date: '2026-10-01', kind: 'call', authorId: 'u-1', summary: 'Appel', synthetic: true },
        { id: 'i-2', partnerId: 'p-2', contactId: null, date: '2023-01-05', kind: 'visit', authorId: 'u-1', summary: 'Visite', synthetic: true },
      ],
      opportunities: [
        { id: 'o-1', partnerId: 'p-2', title: 'Chaire', kind: 'chair', amount: 50_000, stage: 'proposal', ownerId: 'u-1', expectedClose: '2027-01-01', closedAt: null, closeReason: null, createdAt: '2026-01-01T00:00:00.000Z', synthetic: true, version: 1 },
        { id: 'o-2', partnerId: 'p-2', title: 'Perdue', kind: 'training', amount: 9_000, stage: 'lost', ownerId: 'u-1', expectedClose: '2026-01-01', closedAt: '2026-01-01', closeReason: 'Budget', createdAt: '2025-01-01T00:00:00.000Z', synthetic: true, version: 1 },
      ],
    }),
  );
const ids = (s: Store, q: Record<string, unknown>) => listPartners(s, PartnerListQuery.parse(q)).items.map((p) => p.id);

describe('the companies list', () => {
  it('sorts by French name by default and hides archived companies', () => {
    expect(ids(store(), {})).toEqual(['p-5', 'p-2', 'p-1', 'p-3']);
    expect(ids(store(), { order: 'desc' })).toEqual(['p-3', 'p-1', 'p-2', 'p-5']);
    expect(ids(store(), { archived: 'only' })).toEqual(['p-4']);
  });

  it('searches contact names and SIRENs, and filters on tags and inactivity', () => {
    const s = store();
    expect(ids(s, { q: 'dufrene' })).toEqual(['p-3']);
    expect(ids(s, { q: '200 034 528' })).toEqual(['p-2']);
    expect(ids(s, { tag: 'marcoule' })).toEqual(['p-1']);
    // No interaction since 2025-11-26 (or never): all but p-1.
    expect(ids(s, { inactiveMonths: '12' })).toEqual(['p-5', 'p-2', 'p-3']);
  });

  it('sorts on derived figures, ties broken by name, empty values last', () => {
    const s = store();
    expect(ids(s, { sort: 'openOpportunitiesAmount', order: 'desc' })).toEqual(['p-2', 'p-5', 'p-1', 'p-3']);
    expect(ids(s, { sort: 'lastInteraction', order: 'desc' })).toEqual(['p-1', 'p-2', 'p-5', 'p-3']);
    expect(ids(s, { sort: 'partnerSince' })).toEqual(['p-5', 'p-2', 'p-1', 'p-3']);
    const rows = listPartners(s, PartnerListQuery.parse({ pageSize: '2', page: '2' }));
    expect(rows).toMatchObject({ total: 4, page: 2, pageSize: 2 });
    expect(rows.items[0]).toMatchObject({ id: 'p-1', lastInteraction: '2026-10-01', openOpportunitiesAmount: 0, activeApprentices: 0 });
  });

  it('follows writes: a renamed company moves in the name order', () => {
    const s = store();
    s.partners.update(s.partners.get('p-3')!, { name: 'Aaa Nucléaire' });
    s.touch(['p-3'], true);
    expect(ids(s, {})[0]).toBe('p-3');
    expect(ids(s, { q: 'aaa' })).toEqual(['p-3']);
  });

  it('searches what a write changed, in every order', () => {
    const s = store();
    expect(ids(s, { q: 'martin' })).toEqual([]);
    s.contacts.insert({ id: 'c-2', partnerId: 'p-1', firstName: 'Zoé', lastName: 'Martin', role: '', email: '', phone: '', isTutor: false, synthetic: true, version: 1 });
    s.touch(['p-1']);
    expect(ids(s, { q: 'martin' })).toEqual(['p-1']);
    expect(ids(s, { q: 'chimie', order: 'desc' })).toEqual(['p-2', 'p-5']);
    expect(ids(s, { q: 'chimie', sort: 'city' })).toEqual(['p-2', 'p-5']);
    expect(ids(s, { q: 'chimie', sort: 'city', order: 'desc' })).toEqual(['p-5', 'p-2']);
  });
});

describe('duplicates and summary', () => {
  it('finds the same SIREN anywhere and similar names in the same department', () => {
    const s = store();
    expect(findDuplicates(s, { siren: '200 034 528' }).map((d) => [d.id, d.matchReason])).toEqual([['p-2', 'siren']]);
    expect(findDuplicates(s, { name: 'Alpha-Chimie', department: '34' }).map((d) => d.id)).toEqual(['p-2', 'p-5']);
    expect(findDuplicates(s, { name: 'Alpha Chimie', department: '34', excludeId: 'p-2' }).map((d) => d.id)).toEqual(['p-5']);
    expect(findDuplicates(s, { name: 'Alpha Chimie', department: '30' })).toEqual([]);
    expect(findDuplicates(s, {})).toEqual([]);
  });

  it('summarises a company', () => {
    expect(partnerSummary(store(), 'p-2')).toMatchObject({ interactions: 1, openOpportunities: 1, openOpportunitiesAmount: 50_000, contacts: 0 });
  });
});
