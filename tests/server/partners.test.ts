import { describe, expect, it } from 'vitest';
import { ContactRow, ImportResult, InteractionRow, PartnerPage } from '../../src/contract/api';
import { AuditPage, authPaths } from '../../src/contract/auth';
import { paths } from '../../src/contract/endpoints';
import { PartnerRow } from '../../src/contract/entities';
import { Problem } from '../../src/contract/problem';
import { RELATIONSHIP_KINDS } from '../../src/contract/reference';
import { refreshPartners } from '../../server/db/derived';
import { freshSiren, partnerInput } from '../contract/client';
import { ROLE_EMAILS, setUpTestServer } from './harness';

/** What only the server does: transactions, the audit trail, roles, concurrent saves, big imports. */

const t = setUpTestServer({}, { fresh: true });

const search = async (q: string) => PartnerPage.parse((await t.api.get(paths.partners, { q, pageSize: 500 })).body);
const history = async (partnerId: string) => AuditPage.parse((await t.api.get(authPaths.audit, { partnerId, pageSize: 500 })).body).items;

async function createPartner(overrides: Record<string, unknown> = {}) {
  const res = await t.api.post(paths.partners, partnerInput(overrides));
  expect(res.status).toBe(201);
  return PartnerRow.parse(res.body);
}

/** A file of `n` valid rows named "<prefix> n°i", each with a SIREN and a contact. */
function importRows(n: number, prefix: string, offset = 0) {
  return Array.from({ length: n }, (_, i) => ({
    partner: partnerInput({ name: `${prefix} n°${i + 1}`, siren: freshSiren(5_000 + offset + i), city: 'Alès' }),
    contacts: [{ firstName: 'Agathe', lastName: `Importée${i + 1}`, role: 'Achats', email: `agathe${i + 1}@import.example`, phone: '', isTutor: i % 2 === 0 }],
  }));
}

describe('CSV import on the server', () => {
  it('imports 100 companies with their contacts in one request, one audit entry each', async () => {
    const res = await t.api.post(paths.partnersImport, { rows: importRows(100, 'Centrale Importée'), onDuplicate: 'skip' });
    expect(ImportResult.parse(res.body)).toEqual({ created: 100, updated: 0, skipped: 0 });
    const found = await search('centrale importee');
    expect(found.total).toBe(100);
    // The derived search text already holds the imported contacts' names.
    expect((await search('importee57')).items.map((p) => p.name)).toEqual(['Centrale Importée n°57']);
    const one = found.items.find((p) => p.name === 'Centrale Importée n°3')!;
    expect(one.vatNumber).toMatch(/^FR\d{11}$/);
    const entries = await history(one.id);
    expect(entries.map((e) => [e.action, e.entity, e.label])).toEqual([['import', 'partner', 'Entreprise Centrale Importée n°3']]);
  });

  it('writes nothing at all when one row out of 100 is wrong', async () => {
    const rows = importRows(100, 'Fonderie Atomique');
    rows[73]!.partner = partnerInput({ name: 'Fonderie Atomique n°74', siren: '200034529' });
    const res = await t.api.post(paths.partnersImport, { rows, onDuplicate: 'skip' });
    expect(res.status).toBe(422);
    const problem = Problem.parse(res.body);
    expect(problem.detail).toBe('1 ligne en erreur : rien n’a été importé.');
    expect(problem.errors).toEqual([{ field: 'rows.73.siren', message: 'SIREN invalide : la clé de contrôle ne correspond pas' }]);
    expect((await search('fonderie atomique')).total).toBe(0);
    expect((await search('importee1')).total).toBe(0);
  });

  it('updates by SIREN on a re-import: new city, tags added, known contacts not repeated', async () => {
    const rows = importRows(3, 'Verrerie Reprise');
    await t.api.post(paths.partnersImport, { rows });
    const again = rows.map((r) => ({ ...r, partner: { ...r.partner, city: 'Uzès', tags: ['Salon Verrerie'] } }));
    const res = await t.api.post(paths.partnersImport, { rows: again, onDuplicate: 'update' });
    expect(ImportResult.parse(res.body)).toEqual({ created: 0, updated: 3, skipped: 0 });
    const page = await search('verrerie reprise uzes');
    expect(page.total).toBe(3);
    expect(page.items.every((p) => p.tags.includes('Salon Verrerie') && p.version === 2)).toBe(true);
    expect((await t.api.get(paths.partners, { tag: 'salon verrerie' })).body).toMatchObject({ total: 3 });
    const contacts = (await t.api.get(paths.contacts, { partnerId: page.items[0]!.id })).body as { total: number };
    expect(contacts.total).toBe(1);
    const entries = await history(page.items[0]!.id);
    expect(entries.map((e) => e.action)).toEqual(['import', 'import']);
    expect(entries[0]!.changes).toContainEqual({ field: 'city', before: 'Alès', after: 'Uzès' });
  });
});

describe('the audit trail of a company', () => {
  it('records every write with its French label, newest first', async () => {
    const users = ((await t.api.get(paths.users)).body as { items: { id: string }[] }).items;
    const partner = await createPartner({ name: 'Tréfilerie Historique' });
    const renamed = PartnerRow.parse((await t.api.patch(paths.partner(partner.id), { name: 'Tréfilerie Historique du Gard', version: partner.version })).body);
    await t.api.post(paths.partnerArchive(partner.id));
    await t.api.post(paths.partnerRestore(partner.id));
    // Archiving what is not archived changes nothing, and records nothing.
    await t.api.post(paths.partnerRestore(partner.id));
    const contact = ContactRow.parse(
      (await t.api.post(paths.contacts, { partnerId: partner.id, firstName: 'Irène', lastName: 'Fabre', role: '', email: '', phone: '', isTutor: false })).body,
    );
    await t.api.patch(paths.contact(contact.id), { role: 'Directrice', version: contact.version });
    const interaction = InteractionRow.parse(
      (await t.api.post(paths.interactions, { partnerId: partner.id, contactId: contact.id, date: '2025-06-15', kind: 'call', authorId: users[0]!.id, summary: 'Appel' })).body,
    );
    expect(interaction.contactName).toBe('Irène Fabre');
    expect((await t.api.del(paths.contact(contact.id))).status).toBe(204);

    const entries = await history(partner.id);
    expect(entries.map((e) => [e.action, e.entity, e.label])).toEqual([
      ['delete', 'contact', 'Contact Irène Fabre'],
      ['create', 'interaction', 'Échange du 15/06/2025'],
      ['update', 'contact', 'Contact Irène Fabre'],
      ['create', 'contact', 'Contact Irène Fabre'],
      ['restore', 'partner', 'Entreprise Tréfilerie Historique du Gard'],
      ['archive', 'partner', 'Entreprise Tréfilerie Historique du Gard'],
      ['update', 'partner', 'Entreprise Tréfilerie Historique du Gard'],
      ['create', 'partner', 'Entreprise Tréfilerie Historique'],
    ]);
    expect(entries.find((e) => e.action === 'update' && e.entity === 'partner')!.changes).toEqual([
      { field: 'name', before: 'Tréfilerie Historique', after: renamed.name },
    ]);
    expect(entries.every((e) => e.userName !== 'Système' && e.partnerId === partner.id)).toBe(true);
  });

  it('writes nothing, audit included, when a write is refused', async () => {
    const partner = await createPartner({ name: 'Forge Refusée' });
    expect((await t.api.patch(paths.partner(partner.id), { siren: '200034529' })).status).toBe(422);
    expect((await t.api.patch(paths.partner(partner.id), { city: 'Nîmes', version: partner.version + 5 })).status).toBe(409);
    expect((await history(partner.id)).map((e) => e.action)).toEqual(['create']);
  });
});

describe('search, roles and concurrent saves', () => {
  it('finds a company by a contact’s new name after the contact is renamed', async () => {
    const partner = await createPartner({ name: 'Mécanique Sans Nom' });
    const contact = ContactRow.parse(
      (await t.api.post(paths.contacts, { partnerId: partner.id, firstName: 'Gaëlle', lastName: 'Quéméner', role: '', email: '', phone: '', isTutor: true })).body,
    );
    expect((await search('gaelle quemener')).items.map((p) => p.id)).toEqual([partner.id]);
    await t.api.patch(paths.contact(contact.id), { lastName: 'Kervella', version: contact.version });
    expect((await search('quemener')).total).toBe(0);
    expect((await search('kervella gaelle')).items.map((p) => p.id)).toEqual([partner.id]);
  });

  it('lets a director read companies but not change them (403)', async () => {
    const director = await t.server.signIn(ROLE_EMAILS.director);
    expect((await t.as(director).get(paths.partners, { pageSize: 1 })).status).toBe(200);
    expect((await t.as(director).post(paths.partners, partnerInput({}))).status).toBe(403);
    expect((await t.as(director).post(paths.partnersImport, { rows: importRows(1, 'Interdite') })).status).toBe(403);
    expect((await search('interdite')).total).toBe(0);
  });

  it('keeps one of two simultaneous saves of the same version and refuses the other (409)', async () => {
    const partner = await createPartner({ name: 'Chaudronnerie Concurrente' });
    const [a, b] = await Promise.all([
      t.api.patch(paths.partner(partner.id), { city: 'Nîmes', version: partner.version }),
      t.api.patch(paths.partner(partner.id), { city: 'Uzès', version: partner.version }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const saved = PartnerRow.parse((await t.api.get(paths.partner(partner.id))).body);
    expect(saved.version).toBe(partner.version + 1);
    expect(saved.city).toBe(a.status === 200 ? 'Nîmes' : 'Uzès');
  });
});

describe('the derived columns of a company', () => {
  it('are what the demo data was loaded with once every write has recomputed them', async () => {
    // Loading computes kinds with the generator's rule (mocks/data/kinds.ts) and the figures in
    // JavaScript; a write recomputes them in SQL (server/db/derived.ts): both must agree.
    const { db } = t.server.database;
    const columns = ['id', 'kinds', 'lastInteraction', 'openOpportunitiesAmount', 'searchText', 'nameKey', 'cityKey', 'dupKey'] as const;
    const sideTables = async () => ({
      kinds: await db.selectFrom('partnerKinds').selectAll().orderBy('partnerId').orderBy('kind').execute(),
      tags: await db.selectFrom('partnerTags').selectAll().orderBy('partnerId').orderBy('tag').execute(),
    });
    const loaded = await db.selectFrom('partners').select(columns).orderBy('id').execute();
    const loadedSides = await sideTables();
    expect(new Set(loaded.flatMap((p) => JSON.parse(p.kinds) as string[]))).toEqual(new Set(RELATIONSHIP_KINDS));

    await db.transaction().execute((trx) => refreshPartners(trx, loaded.map((p) => p.id)));

    expect(await db.selectFrom('partners').select(columns).orderBy('id').execute()).toEqual(loaded);
    expect(await sideTables()).toEqual(loadedSides);
  });
});
