import { ImportRequest, ImportResult, ImportRow } from '../../src/contract/api';
import type { ImportContact } from '../../src/contract/api';
import { paths } from '../../src/contract/endpoints';
import type { Contact, Partner, PartnerInput } from '../../src/contract/entities';
import { validate } from '../../src/contract/messages-fr';
import { unprocessable } from '../../src/contract/problems';
import {
  checkImportRows, contactsToAdd, ImportEnvelope, importFailureDetail, mergeImportTags, newPartner, partnerChanges,
} from '../../src/domain/partner-rules';
import { partnerKeys, tagRows } from '../db/derived';
import { contactToRow, partnerFromRow, partnerToRow } from '../db/rows';
import { post, readBody } from '../http/api';
import type { ApiRoute, Ctx } from '../http/api';
import { newId } from '../partners/ids';
import { chunks, insertChunked } from '../db/batches';
import { insertPartners, partnerLabel } from '../partners/records';

/**
 * CSV import of companies (forum attendees, a prospect list): all or nothing. Every row is checked
 * before anything is written (422 naming `rows.<i>.<field>`); then the whole file is written in the
 * request's one transaction, with multi-row statements: 20,000 rows are a few dozen INSERTs, and
 * the derived columns of the companies are computed here from what is written.
 */

type CheckedRow = { partner: PartnerInput; contacts: ImportContact[] };
type Person = Pick<Contact, 'firstName' | 'lastName' | 'email'>;

/** The ids among these that are known people (one query for the whole file). */
async function knownUsers(ctx: Ctx, rows: readonly unknown[]): Promise<Set<string>> {
  const ids = new Set<string>();
  for (const raw of rows) {
    const ownerId = (raw as { partner?: { ownerId?: unknown } } | null)?.partner?.ownerId;
    if (typeof ownerId === 'string') ids.add(ownerId);
  }
  const known = new Set<string>();
  for (const part of chunks([...ids])) {
    for (const u of await ctx.db.selectFrom('users').select('id').where('id', 'in', part).execute()) known.add(u.id);
  }
  return known;
}

/** The companies the file names by SIREN; with several, the last created (as the in-browser API's index). */
async function partnersBySiren(ctx: Ctx, rows: readonly CheckedRow[]): Promise<Map<string, Partner>> {
  const sirens = [...new Set(rows.flatMap((r) => (r.partner.siren ? [r.partner.siren] : [])))];
  const bySiren = new Map<string, Partner>();
  for (const part of chunks(sirens)) {
    const found = await ctx.db.selectFrom('partners').selectAll().where('siren', 'in', part).orderBy('id').execute();
    for (const row of found) bySiren.set(row.siren!, partnerFromRow(row));
  }
  return bySiren;
}

async function contactsOf(ctx: Ctx, partnerIds: readonly string[]): Promise<Map<string, Person[]>> {
  const byPartner = new Map<string, Person[]>();
  for (const part of chunks(partnerIds)) {
    const rows = await ctx.db.selectFrom('contacts').select(['partnerId', 'firstName', 'lastName', 'email']).where('partnerId', 'in', part).orderBy('id').execute();
    for (const c of rows) {
      const list = byPartner.get(c.partnerId);
      if (list) list.push(c);
      else byPartner.set(c.partnerId, [c]);
    }
  }
  return byPartner;
}

interface Plan {
  result: ImportResult;
  created: { partner: Partner; contacts: Person[] }[];
  updated: { before: Partner; after: Partner; contacts: Person[] }[];
  contacts: Contact[];
}

/** What the file does, row by row, decided in memory before any write. */
async function planImport(ctx: Ctx, rows: readonly CheckedRow[], onDuplicate: 'skip' | 'update'): Promise<Plan> {
  const bySiren = await partnersBySiren(ctx, rows);
  const toUpdate = onDuplicate === 'update' ? [...new Set([...bySiren.values()].map((p) => p.id))] : [];
  const existingContacts = await contactsOf(ctx, toUpdate);
  const now = ctx.clock.now();
  const plan: Plan = { result: { created: 0, updated: 0, skipped: 0 }, created: [], updated: [], contacts: [] };
  const addContacts = (partnerId: string, existing: readonly Person[], incoming: readonly ImportContact[]): Person[] => {
    const added = contactsToAdd(existing, incoming).map((c): Contact => ({ id: newId('ct'), partnerId, ...c, synthetic: false, version: 1 }));
    plan.contacts.push(...added);
    return [...existing, ...added];
  };
  for (const row of rows) {
    const existing = row.partner.siren ? bySiren.get(row.partner.siren) : undefined;
    if (existing && onDuplicate === 'skip') {
      plan.result.skipped++;
    } else if (existing) {
      const after: Partner = { ...existing, ...partnerChanges(existing, { ...row.partner, tags: mergeImportTags(existing.tags, row.partner.tags) }, now) };
      plan.updated.push({ before: existing, after, contacts: addContacts(existing.id, existingContacts.get(existing.id) ?? [], row.contacts) });
      plan.result.updated++;
    } else {
      const partner: Partner = newPartner(row.partner, newId('p'), now);
      if (partner.siren) bySiren.set(partner.siren, partner);
      plan.created.push({ partner, contacts: addContacts(partner.id, [], row.contacts) });
      plan.result.created++;
    }
  }
  return plan;
}

/**
 * Updated companies: one UPDATE each (their values differ), with their keys and search text
 * recomputed here; an import changes neither their interactions, opportunities nor relationships.
 */
async function writeUpdates(ctx: Ctx, updated: Plan['updated']): Promise<void> {
  for (const { after, contacts } of updated) {
    const { id, ...row } = partnerToRow(after);
    await ctx.db
      .updateTable('partners')
      .set({ ...row, ...partnerKeys(after, contacts) })
      .where('id', '=', id)
      .execute();
  }
  for (const part of chunks(updated.map((u) => u.after.id))) await ctx.db.deleteFrom('partnerTags').where('partnerId', 'in', part).execute();
  await insertChunked(ctx.db, 'partnerTags', updated.flatMap((u) => tagRows(u.after.id, u.after.tags)));
}

async function writeImport(ctx: Ctx, plan: Plan): Promise<void> {
  await insertPartners(ctx.db, plan.created);
  await writeUpdates(ctx, plan.updated);
  await insertChunked(ctx.db, 'contacts', plan.contacts.map(contactToRow));
  await ctx.auditMany([
    ...plan.created.map(({ partner }) => ({ action: 'import' as const, entity: 'partner', entityId: partner.id, partnerId: partner.id, label: partnerLabel(partner), after: partner })),
    ...plan.updated.map(({ before, after }) => ({ action: 'import' as const, entity: 'partner', entityId: after.id, partnerId: after.id, label: partnerLabel(after), before, after })),
  ]);
}

export const importRoutes: ApiRoute[] = [
  post(
    paths.partnersImport,
    'crm',
    { summary: 'Import CSV d’entreprises, tout ou rien (doublons de SIREN ignorés ou mis à jour)', body: ImportRequest, response: ImportResult },
    async (ctx) => {
      const envelope = readBody(ctx, ImportEnvelope);
      const owners = await knownUsers(ctx, envelope.rows);
      const { checked, errors } = checkImportRows(envelope.rows, (prepared) => validate(ImportRow, prepared), (id) => owners.has(id));
      if (errors.length) throw unprocessable(errors, importFailureDetail(errors));
      const plan = await planImport(ctx, checked, envelope.onDuplicate);
      await writeImport(ctx, plan);
      return plan.result;
    },
  ),
];
