import { setupServer } from 'msw/node';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { handlers } from '../../mocks/handlers/index';
import { resetStore } from '../../mocks/store/store';
import { ContactRow, ContractPage, ContractRow, EventDetail, OpportunityPage, OpportunityRow, TaxPledgePage, TaxPledgeRow } from '../../src/contract/api';
import { AuditPage, authPaths } from '../../src/contract/auth';
import { API_BASE, paths } from '../../src/contract/endpoints';
import { PartnerRow } from '../../src/contract/entities';
import { CONTRACT_SORT_KEYS, OPPORTUNITY_SORT_KEYS, STARTUP_SORT_KEYS } from '../../src/contract/queries';
import { expectOk, expectProblem, partnerInput } from '../contract/client';
import { ROLE_EMAILS, setUpTestServer } from './harness';

/** What only the server does for follow-ups, deals, contracts and events: history, kinds, roles, search in SQL. */
const t = setUpTestServer();

/** Tests that write start from the demo data; the read-only comparisons share one fresh start. */
const freshData = async () => {
  await t.server.reset();
  resetStore();
};

const history = async (partnerId: string) => expectOk(await t.api.get(authPaths.audit, { partnerId, pageSize: 500 }), AuditPage).items;
const createPartner = async (name: string) => expectOk(await t.api.post(paths.partners, partnerInput({ name })), PartnerRow, 201);
const partner = async (id: string) => expectOk(await t.api.get(paths.partner(id)), PartnerRow);

describe('opportunities', () => {
  beforeEach(freshData);

  it('records a stage change in the company’s history with the values before and after', async () => {
    const host = await createPartner('Chaudronnerie de l’Historique');
    const input = { partnerId: host.id, title: 'Chaire hydrogène vert', kind: 'chair', amount: 80_000, stage: 'negotiation', ownerId: 'u-1', expectedClose: '2027-06-30', closeReason: null };
    const opp = expectOk(await t.api.post(paths.opportunities, input), OpportunityRow, 201);
    expectOk(await t.api.patch(paths.opportunity(opp.id), { stage: 'won', closeReason: 'Convention signée', version: opp.version }), OpportunityRow);

    const entries = await history(host.id);
    const change = entries.find((e) => e.entity === 'opportunity' && e.action === 'update');
    expect(change).toMatchObject({ entityId: opp.id, label: 'Opportunité « Chaire hydrogène vert »' });
    expect(change!.changes).toEqual(
      expect.arrayContaining([
        { field: 'stage', before: 'negotiation', after: 'won' },
        { field: 'closeReason', before: null, after: 'Convention signée' },
        { field: 'closedAt', before: null, after: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) },
      ]),
    );
    expect(entries.some((e) => e.entity === 'opportunity' && e.action === 'create')).toBe(true);
    // A research chair won makes the company a research partner; nothing is left open.
    expect(await partner(host.id)).toMatchObject({ kinds: ['research'], openOpportunitiesAmount: 0 });
  });

  it('finds and sorts deals by their title as last saved, numbers in their order', async () => {
    const host = await createPartner('Métallerie des Lots');
    const input = { partnerId: host.id, kind: 'equipment', amount: 1_000, stage: 'identified', ownerId: 'u-1', expectedClose: '2027-06-30', closeReason: null };
    const ids: string[] = [];
    for (const title of ['Essais zyxwv lot 10', 'Essais zyxwv lot 9', 'Essais zyxwv Lot 100']) {
      ids.push(expectOk(await t.api.post(paths.opportunities, { ...input, title }), OpportunityRow, 201).id);
    }
    const titles = async (order: string) =>
      expectOk(await t.api.get(paths.opportunities, { q: 'zyxwv', sort: 'title', order }), OpportunityPage).items.map((o) => o.title);
    expect(await titles('asc')).toEqual(['Essais zyxwv lot 9', 'Essais zyxwv lot 10', 'Essais zyxwv Lot 100']);
    expect(await titles('desc')).toEqual(['Essais zyxwv Lot 100', 'Essais zyxwv lot 10', 'Essais zyxwv lot 9']);

    // Renamed: found under its new title only, and sorted by it.
    expectOk(await t.api.patch(paths.opportunity(ids[0]!), { title: 'Campagne zyxwv Énergie', version: 1 }), OpportunityRow);
    expect(expectOk(await t.api.get(paths.opportunities, { q: 'zyxwv energie' }), OpportunityPage).items.map((o) => o.id)).toEqual([ids[0]]);
    expect(expectOk(await t.api.get(paths.opportunities, { q: 'zyxwv lot 10' }), OpportunityPage).items.map((o) => o.id)).toEqual([ids[2]]);
    expect(await titles('asc')).toEqual(['Campagne zyxwv Énergie', 'Essais zyxwv lot 9', 'Essais zyxwv Lot 100']);
  });

  it('finds deals by their company’s current name, not by its city or contacts', async () => {
    const host = await createPartner('Verrerie Quokka 3D');
    expectOk(await t.api.post(paths.contacts, { partnerId: host.id, firstName: 'Wombat', lastName: 'Tasmanie', role: 'Acheteur', email: '', phone: '', isTutor: false }), ContactRow, 201);
    const input = { partnerId: host.id, title: 'Formation sécurité', kind: 'training', amount: 5_000, stage: 'identified', ownerId: 'u-1', expectedClose: '2027-06-30', closeReason: null };
    const deal = expectOk(await t.api.post(paths.opportunities, input), OpportunityRow, 201);
    const found = async (q: string) => expectOk(await t.api.get(paths.opportunities, { q, pageSize: 1000 }), OpportunityPage).items.map((o) => o.id);
    // A word with a digit or an apostrophe is looked for another way: the same answers.
    expect(await found('quokka securite')).toEqual([deal.id]);
    expect(await found('3d verrerie')).toEqual([deal.id]);
    expect(await found('wombat')).toEqual([]);

    expectOk(await t.api.patch(paths.partner(host.id), { name: 'Verrerie Ornithorynque', version: host.version }), PartnerRow);
    expect(await found('ornithorynque')).toEqual([deal.id]);
    expect(await found('quokka')).toEqual([]);
    expect(await found('3d ornithorynque')).toEqual([]);
  });

  it('refuses the second of two saves made from the same version, and keeps the first', async () => {
    const [first] = expectOk(await t.api.get(paths.opportunities, { pageSize: 1 }), OpportunityPage).items;
    expectOk(await t.api.patch(paths.opportunity(first!.id), { amount: 1_000, version: first!.version }), OpportunityRow);
    expectProblem(await t.api.patch(paths.opportunity(first!.id), { amount: 2_000, version: first!.version }), 409);
    const kept = expectOk(await t.api.get(paths.opportunities, { partnerId: first!.partnerId, pageSize: 500 }), OpportunityPage).items.find((o) => o.id === first!.id);
    expect(kept).toMatchObject({ amount: 1_000, version: first!.version + 1 });
  });
});

describe('events', () => {
  beforeEach(freshData);

  it('gives and takes back the company’s “events” kind, with the history of each change', async () => {
    const visitor = await createPartner('Visiteurs Assidus');
    const present = expectOk(await t.api.put(paths.eventAttendance('ev-001'), { partnerId: visitor.id, present: true }), EventDetail);
    expect(present.attendees.map((a) => a.id)).toContain(visitor.id);
    expect((await partner(visitor.id)).kinds).toEqual(['events']);

    expectOk(await t.api.put(paths.eventAttendance('ev-001'), { partnerId: visitor.id, present: false }), EventDetail);
    expect((await partner(visitor.id)).kinds).toEqual([]);

    const changes = (await history(visitor.id)).filter((e) => e.entity === 'event').map((e) => e.changes);
    expect(changes).toEqual([[{ field: 'present', before: true, after: false }], [{ field: 'present', before: false, after: true }]]);
  });
});

describe('apprenticeship contracts', () => {
  beforeEach(freshData);

  it('finds an apprentice whatever the accents, case and ligatures typed', async () => {
    const host = await createPartner('Ateliers Témoins');
    const tutor = expectOk(
      await t.api.post(paths.contacts, { partnerId: host.id, firstName: 'Zoë', lastName: 'Lœuvre', role: 'Tutrice', email: '', phone: '', isTutor: true }),
      ContactRow,
      201,
    );
    const input = { apprenticeFirstName: 'Chloé', apprenticeLastName: 'Bœuf-Müller', birthDate: '2006-03-01', speciality: 'mecatronique', partnerId: host.id, tutorContactId: tutor.id, start: '2026-09-01', end: '2029-08-31' };
    const created = expectOk(await t.api.post(paths.contracts, input), ContractRow, 201);
    for (const q of ['chloe boeuf', 'CHLOÉ MÜLLER', 'ateliers temoins', 'loeuvre zoe']) {
      expect(expectOk(await t.api.get(paths.contracts, { q, pageSize: 100 }), ContractPage).items.map((c) => c.id), q).toContain(created.id);
    }
    // % and _ are letters to look for, not wildcards.
    expect(expectOk(await t.api.get(paths.contracts, { q: 'chloe 100%', pageSize: 100 }), ContractPage).total).toBe(0);
    expect(expectOk(await t.api.get(paths.contracts, { q: 'b_euf', pageSize: 100 }), ContractPage).total).toBe(0);
  });

  it('finds a contract by its tutor’s current name, and sorts apprentices by last name', async () => {
    const host = await createPartner('Ateliers du Tutorat');
    const tutor = expectOk(
      await t.api.post(paths.contacts, { partnerId: host.id, firstName: 'Gaëlle', lastName: 'Xylophone', role: 'Tutrice', email: '', phone: '', isTutor: true }),
      ContactRow,
      201,
    );
    const input = { birthDate: '2006-03-01', speciality: 'mecatronique', partnerId: host.id, tutorContactId: tutor.id, start: '2026-09-01', end: '2029-08-31' };
    const names = [['Zoé', 'Quetzal 2'], ['Adam', 'Quetzal 10'], ['Émile', 'Quetzal 2']];
    for (const [first, last] of names) expectOk(await t.api.post(paths.contracts, { ...input, apprenticeFirstName: first, apprenticeLastName: last }), ContractRow, 201);
    const list = async (q: string) => expectOk(await t.api.get(paths.contracts, { q, sort: 'apprentice', pageSize: 100 }), ContractPage).items;
    expect((await list('xylophone gaelle')).map((c) => `${c.apprenticeLastName} ${c.apprenticeFirstName}`)).toEqual(['Quetzal 2 Émile', 'Quetzal 2 Zoé', 'Quetzal 10 Adam']);

    expectOk(await t.api.patch(paths.contact(tutor.id), { lastName: 'Marimba', version: tutor.version }), ContactRow);
    expect(await list('xylophone')).toEqual([]);
    expect((await list('marimba')).map((c) => c.tutorName)).toEqual(['Gaëlle Marimba', 'Gaëlle Marimba', 'Gaëlle Marimba']);
  });

  it('is written by the apprenticeship office, not by business developers', async () => {
    const host = await createPartner('Hôte des Rôles');
    const input = { apprenticeFirstName: 'Noé', apprenticeLastName: 'Rôle', birthDate: '2006-03-01', speciality: 'cmc', partnerId: host.id, tutorContactId: null, start: '2026-09-01', end: '2029-08-31' };
    const developer = t.as(await t.server.signIn(ROLE_EMAILS['business-developer']));
    expectProblem(await developer.post(paths.contracts, input), 403);
    const office = t.as(await t.server.signIn(ROLE_EMAILS['apprenticeship-office']));
    expectOk(await office.post(paths.contracts, input), ContractRow, 201);
    expect((await partner(host.id)).kinds).toEqual(['apprentices']);
  });
});

describe('tax pledges', () => {
  beforeEach(freshData);

  it('keeps one pledge per company and campaign when two are saved at once', async () => {
    const giver = await createPartner('Mécénat Simultané');
    const input = { partnerId: giver.id, year: 2031, amount: 2_000, status: 'pledged' };
    const answers = await Promise.all([t.api.post(paths.taxPledges, input), t.api.post(paths.taxPledges, { ...input, amount: 3_000 })]);
    const saved = answers.filter((a) => a.status === 201).map((a) => expectOk(a, TaxPledgeRow, 201));
    expect(saved).toHaveLength(1);
    const refused = answers.find((a) => a.status !== 201)!;
    expect(expectProblem(refused, 409)).toMatchObject({ conflictId: saved[0]!.id, detail: expect.stringContaining('2031') });
    expect(expectOk(await t.api.get(paths.taxPledges, { partnerId: giver.id }), TaxPledgePage).items.map((p) => p.id)).toEqual([saved[0]!.id]);
  });
});

describe('the same answers as the in-browser API', () => {
  // The in-browser API answers on any origin: the server is asked without a socket (inject), MSW through fetch.
  const msw = setupServer(...handlers);
  beforeAll(async () => {
    msw.listen({ onUnhandledRequest: 'error' });
    await freshData();
  });
  afterAll(() => msw.close());

  type Query = Record<string, string | number | boolean | readonly (string | number)[]>;
  async function both(method: string, path: string, query: Query = {}, body?: unknown) {
    const search = new URLSearchParams();
    for (const [k, v] of Object.entries(query)) for (const x of Array.isArray(v) ? v : [v]) search.append(k, String(x));
    const url = `${API_BASE}${path}?${search}`;
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const headers = { 'content-type': 'application/json' };
    const inBrowser = await fetch(`http://demo.local${url}`, { method, headers, body: payload });
    const text = await inBrowser.text();
    const onServer = await t.server.app.inject({ method: method as 'GET', url, headers: { ...headers, ...t.admin.headers(method) }, payload });
    // Ids, instants and the order of an event's attendees' ids are each implementation's own.
    const comparable = (raw: string) =>
      raw ? (JSON.parse(raw, (k, v: unknown) => (['id', 'createdAt', 'updatedAt', 'conflictId'].includes(k) ? undefined : k === 'partnerIds' ? (v as string[]).sort() : v)) as unknown) : null;
    return { inBrowser: { status: inBrowser.status, body: comparable(text) }, onServer: { status: onServer.statusCode, body: comparable(onServer.body) } };
  }

  const lists: [string, Query][] = [
    ...OPPORTUNITY_SORT_KEYS.flatMap((sort) => [paths.opportunities, paths.opportunities].map((p, i): [string, Query] => [p, { sort, order: i ? 'desc' : 'asc', pageSize: 5000 }])),
    ...CONTRACT_SORT_KEYS.flatMap((sort) => [paths.contracts, paths.contracts].map((p, i): [string, Query] => [p, { sort, order: i ? 'desc' : 'asc', pageSize: 10_000 }])),
    ...STARTUP_SORT_KEYS.flatMap((sort) => [paths.startups, paths.startups].map((p, i): [string, Query] => [p, { sort, order: i ? 'desc' : 'asc', pageSize: 10_000 }])),
    ...['school', 'country', 'since', 'renewalDate'].map((sort): [string, Query] => [paths.academic, { sort, order: 'desc' }]),
    [paths.opportunities, { q: 'ÉCOLE essai', pageSize: 5000 }],
    [paths.opportunities, { q: 'l’école', kind: ['apprenticeship-tax', 'training'], stage: ['won', 'lost'], owner: ['u-1', 'u-2'], page: 2, pageSize: 10 }],
    [paths.contracts, { q: 'léa', pageSize: 10_000 }],
    [paths.contracts, { q: 'rémi martin', sort: 'apprentice', pageSize: 10_000 }],
    [paths.contracts, { status: ['broken-off', 'completed'], sector: ['sante', 'nucleaire'], department: ['30', '34'], pageSize: 10_000 }],
    [paths.contracts, { endingWithinDays: 400, cohort: [2023, 2024], speciality: ['cmc', 'mecatronique'], pageSize: 10_000 }],
    [paths.contracts, { activeInYear: 2019, page: 3, pageSize: 40 }],
    [paths.tasks, {}],
    [paths.tasks, { status: 'done', owner: 'u-2', pageSize: 1000 }],
    [paths.tasks, { status: 'all', page: 2, pageSize: 100 }],
    [paths.taxPledges, { pageSize: 10_000 }],
    // Pages that run from one campaign into the next, and past the end.
    [paths.taxPledges, { page: 2, pageSize: 250 }],
    [paths.taxPledges, { status: ['received', 'approached'], page: 3, pageSize: 100 }],
    [paths.taxPledges, { year: 2025, page: 2, pageSize: 100 }],
    [paths.taxPledges, { page: 500, pageSize: 100 }],
    [paths.opportunities, { q: 'ecole', page: 500 }],
    [paths.opportunities, { sort: 'partner', order: 'desc', page: 7, pageSize: 20 }],
    [paths.contracts, { q: 'ma', sort: 'apprentice', order: 'desc', page: 3, pageSize: 20 }],
    [paths.startups, { q: 'ales', sort: 'jobs', page: 2, pageSize: 5 }],
    [paths.taxPledges, { q: 'meca', year: 2025, status: ['pledged', 'received'], pageSize: 10_000 }],
    [paths.events, {}],
    [paths.events, { kind: ['forum'], year: 2025, q: 'ales' }],
    [paths.events, { partnerId: 'p-00010' }],
    [paths.event('ev-001'), {}],
    [paths.startups, { incubatingNow: true, q: 'ales', pageSize: 10_000 }],
    [paths.startups, { link: ['incubated'], department: ['30'], status: ['active'], page: 2, pageSize: 10 }],
    [paths.academic, { renewalWithinMonths: 12, scope: 'international', q: 'ingenierie' }],
  ];
  it.each(lists)('GET %s %j', async (path, query) => {
    const { inBrowser, onServer } = await both('GET', path, query);
    expect(inBrowser.status).toBe(200);
    expect(onServer).toEqual(inBrowser);
  });

  it('refuses and accepts the same writes with the same answers, and lists the same afterwards', async () => {
    await freshData();
    const writes: [string, string, unknown][] = [
      ['POST', paths.tasks, { partnerId: 'p-nope', title: 'Relancer', due: '2026-12-01', ownerId: 'u-nope' }],
      ['PATCH', paths.task('t-00001'), { done: true, due: '2027-01-01', version: 1 }],
      ['POST', paths.opportunities, { partnerId: 'p-00002', title: 'Chaire', kind: 'chair', amount: 5, stage: 'won', ownerId: 'u-1', expectedClose: '2027-01-01', closeReason: '  ' }],
      ['PATCH', paths.opportunity('o-00001'), { stage: 'lost', closeReason: 'Budget', version: 1 }],
      ['PATCH', paths.opportunity('o-00001'), { stage: 'identified', version: 2 }],
      ['PATCH', paths.opportunity('o-00001'), { stage: 'won', version: 1 }],
      ['PATCH', paths.contract('ac-00001'), { status: 'broken-off', version: 1 }],
      ['PATCH', paths.contract('ac-00001'), { brokenOffOn: '2000-01-01' }],
      ['PATCH', paths.contract('ac-00002'), { tutorContactId: 'ct-000001', start: '2008-09-01', end: '2008-10-01' }],
      ['POST', paths.taxPledges, { partnerId: 'p-00001', year: 2025, amount: 1, status: 'pledged' }],
      ['PATCH', paths.taxPledge('tx-00001'), { status: 'received', amount: 3, version: 1 }],
      ['PUT', paths.eventAttendance('ev-001'), { partnerId: 'p-00003', present: true }],
      ['PUT', paths.eventAttendance('ev-001'), { partnerId: 'p-nope', present: true }],
      ['PUT', paths.eventAttendance('ev-nope'), { partnerId: 'p-00003', present: true }],
      ['PATCH', paths.academicPartner('ap-01'), { active: false, field: 'Chimie', version: 1 }],
      ['PATCH', paths.academicPartner('ap-01'), { active: true, version: 1 }],
    ];
    for (const [method, path, body] of writes) {
      const { inBrowser, onServer } = await both(method, path, {}, body);
      expect(onServer, `${method} ${path}`).toEqual(inBrowser);
    }
    for (const [path, query] of [[paths.opportunities, { pageSize: 5000 }], [paths.contracts, { pageSize: 10_000 }], [paths.taxPledges, { pageSize: 10_000 }], [paths.partners, { kind: ['events', 'research'], pageSize: 500 }]] as const) {
      const { inBrowser, onServer } = await both('GET', path, query);
      expect(onServer, path).toEqual(inBrowser);
    }
  });
});
