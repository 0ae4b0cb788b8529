import type { Kysely } from 'kysely';
import { ContactPage, ContactRow, InteractionPage, InteractionRow } from '../../src/contract/api';
import type { InteractionRow as InteractionRowType } from '../../src/contract/api';
import { paths } from '../../src/contract/endpoints';
import { ContactInput, ContactPatch, InteractionInput } from '../../src/contract/entities';
import type { Contact, Interaction } from '../../src/contract/entities';
import type { FieldError } from '../../src/contract/problem';
import { checkVersion, found } from '../../src/contract/problems';
import { ContactListQuery, InteractionListQuery } from '../../src/contract/queries';
import { formatFrDate } from '../../src/domain/dates';
import { CONTACT_OF_ANOTHER_COMPANY, contactName } from '../../src/domain/partner-rules';
import { refreshPartners } from '../db/derived';
import { contactToRow, interactionFromRow, interactionToRow, num } from '../db/rows';
import type { Database } from '../db/schema';
import { created, del, get, noContent, patch, post, readBody, readQuery } from '../http/api';
import type { ApiRoute, Ctx } from '../http/api';
import { contactRowById, listContacts } from '../partners/contacts';
import { newId } from '../partners/ids';
import { missingReferences, refuseIfAny } from '../work/refs';

/** A company's contacts and its interactions (calls, visits, e-mails…). */

const contactLabel = (c: Pick<Contact, 'firstName' | 'lastName'>) => `Contact ${contactName(c)}`;
const interactionLabel = (i: Pick<Interaction, 'date'>) => `Échange du ${formatFrDate(i.date)}`;

/** The stored contact without the list's company name. */
function contactOf(row: ContactRow): Contact {
  const { partnerName: _name, ...contact } = row;
  return contact;
}

async function interactionRows(db: Kysely<Database>, where: { partnerId?: string | undefined; id?: string }, page?: { page: number; pageSize: number }) {
  let query = db
    .selectFrom('interactions')
    .leftJoin('users', 'users.id', 'interactions.authorId')
    .leftJoin('contacts', 'contacts.id', 'interactions.contactId')
    .selectAll('interactions')
    .select(['users.name as authorName', 'contacts.firstName as contactFirstName', 'contacts.lastName as contactLastName']);
  if (where.partnerId !== undefined) query = query.where('interactions.partnerId', '=', where.partnerId);
  if (where.id !== undefined) query = query.where('interactions.id', '=', where.id);
  // Newest first; on the same day, the one logged last (ids increase with creation) comes first.
  query = query.orderBy('interactions.date', 'desc').orderBy('interactions.id', 'desc');
  if (page) query = query.limit(page.pageSize).offset((page.page - 1) * page.pageSize);
  const rows = await query.execute();
  return rows.map(
    ({ authorName, contactFirstName, contactLastName, ...r }): InteractionRowType => ({
      ...interactionFromRow(r),
      authorName: authorName ?? '',
      contactName: contactFirstName !== null && contactLastName !== null ? contactName({ firstName: contactFirstName, lastName: contactLastName }) : null,
    }),
  );
}

async function interactionErrors(ctx: Ctx, input: { partnerId: string; authorId: string; contactId: string | null }): Promise<FieldError[]> {
  const errors = await missingReferences(ctx.db, { partnerId: input.partnerId, authorId: input.authorId });
  if (input.contactId !== null) {
    const contact = await ctx.db.selectFrom('contacts').select('partnerId').where('id', '=', input.contactId).executeTakeFirst();
    if (contact?.partnerId !== input.partnerId) errors.push({ field: 'contactId', message: CONTACT_OF_ANOTHER_COMPANY });
  }
  return errors;
}

export const crmRoutes: ApiRoute[] = [
  get(paths.contacts, { summary: 'Contacts : d’une entreprise, ou recherche parmi tous', query: ContactListQuery, response: ContactPage }, (ctx) =>
    listContacts(ctx.db, readQuery(ctx, ContactListQuery)),
  ),

  post(paths.contacts, 'crm', { summary: 'Ajoute un contact à une entreprise', body: ContactInput, response: ContactRow }, async (ctx) => {
    const input = readBody(ctx, ContactInput);
    refuseIfAny(await missingReferences(ctx.db, { partnerId: input.partnerId }));
    const contact: Contact = { id: newId('ct'), ...input, synthetic: false, version: 1 };
    await ctx.db.insertInto('contacts').values(contactToRow(contact)).execute();
    await refreshPartners(ctx.db, [contact.partnerId]);
    await ctx.audit({ action: 'create', entity: 'contact', entityId: contact.id, partnerId: contact.partnerId, label: contactLabel(contact), after: contact });
    return created(await contactRowById(ctx.db, contact.id));
  }),

  patch(paths.contact, 'crm', { summary: 'Modifie un contact (version vérifiée)', body: ContactPatch, response: ContactRow }, async (ctx) => {
    const { version, ...changes } = readBody(ctx, ContactPatch);
    const current = contactOf(found(await contactRowById(ctx.db, ctx.params.id!), 'Contact'));
    checkVersion(current, version);
    const next: Contact = { ...current, ...changes, version: current.version + 1 };
    const { id, ...row } = contactToRow(next);
    const result = await ctx.db.updateTable('contacts').set(row).where('id', '=', id).where('version', '=', current.version).executeTakeFirst();
    // Someone saved between our read and our write: refuse like a stale version.
    if (Number(result.numUpdatedRows) === 0) checkVersion({ id, version: current.version + 1 }, current.version);
    await refreshPartners(ctx.db, [current.partnerId]);
    await ctx.audit({ action: 'update', entity: 'contact', entityId: id, partnerId: current.partnerId, label: contactLabel(next), before: current, after: next });
    return found(await contactRowById(ctx.db, id), 'Contact');
  }),

  // What pointed at the contact (a contract's tutor, an interaction) keeps existing without it.
  del(paths.contact, 'crm', { summary: 'Supprime un contact (les contrats et échanges qui le citaient le perdent)' }, async (ctx) => {
    const contact = contactOf(found(await contactRowById(ctx.db, ctx.params.id!), 'Contact'));
    await ctx.db
      .updateTable('contracts')
      .set((eb) => ({ tutorContactId: null, version: eb('version', '+', 1) }))
      .where('tutorContactId', '=', contact.id)
      .execute();
    await ctx.db.updateTable('interactions').set({ contactId: null }).where('partnerId', '=', contact.partnerId).where('contactId', '=', contact.id).execute();
    await ctx.db.deleteFrom('contacts').where('id', '=', contact.id).execute();
    await refreshPartners(ctx.db, [contact.partnerId]);
    await ctx.audit({ action: 'delete', entity: 'contact', entityId: contact.id, partnerId: contact.partnerId, label: contactLabel(contact), before: contact });
    return noContent();
  }),

  get(paths.interactions, { summary: 'Échanges d’une entreprise, du plus récent au plus ancien', query: InteractionListQuery, response: InteractionPage }, async (ctx) => {
    const q = readQuery(ctx, InteractionListQuery);
    let count = ctx.db.selectFrom('interactions').select((eb) => eb.fn.countAll().as('n'));
    if (q.partnerId !== undefined) count = count.where('partnerId', '=', q.partnerId);
    const [total, items] = await Promise.all([count.executeTakeFirst(), interactionRows(ctx.db, { partnerId: q.partnerId }, q)]);
    return { items, total: num(total?.n), page: q.page, pageSize: q.pageSize };
  }),

  post(paths.interactions, 'crm', { summary: 'Consigne un échange avec une entreprise', body: InteractionInput, response: InteractionRow }, async (ctx) => {
    const input = readBody(ctx, InteractionInput);
    refuseIfAny(await interactionErrors(ctx, input));
    const interaction: Interaction = { id: newId('i'), ...input, synthetic: false };
    await ctx.db.insertInto('interactions').values(interactionToRow(interaction)).execute();
    await refreshPartners(ctx.db, [interaction.partnerId]);
    await ctx.audit({ action: 'create', entity: 'interaction', entityId: interaction.id, partnerId: interaction.partnerId, label: interactionLabel(interaction), after: interaction });
    const [row] = await interactionRows(ctx.db, { id: interaction.id });
    return created(row);
  }),
];
