import type { Kysely } from 'kysely';
import type { Partner } from '../../src/contract/entities';
import { OPEN_OPPORTUNITY_STAGES } from '../../src/contract/reference';
import { companyKey, fold, sortKey } from '../../src/domain/text';
import { partnerKinds } from '../../mocks/data/kinds';
import { bookingFromRow, opportunityFromRow, taxPledgeFromRow } from './rows';
import type { Database, PartnerTable } from './schema';

/**
 * What the companies list sorts and filters on besides the stored fields: sort keys, the search
 * text, the last interaction, the open opportunities' amount, and the relationship kinds. Kept in
 * columns (and side tables for tags and kinds) so that the list is one indexed query; every write
 * that touches a company calls `refreshPartners` in its transaction.
 */

type Keys = Pick<PartnerTable, 'nameKey' | 'cityKey' | 'dupKey' | 'searchText'>;

export function partnerKeys(p: Pick<Partner, 'name' | 'siren' | 'siret' | 'city'>, contactNames: readonly string[]): Keys {
  return {
    nameKey: sortKey(p.name),
    cityKey: sortKey(p.city),
    dupKey: companyKey(p.name),
    searchText: fold([p.name, p.siren ?? '', p.siret ?? '', p.city, ...contactNames].join(' | ')),
  };
}

/** Tags are matched whatever their case. */
export const tagRows = (partnerId: string, tags: readonly string[]) => [...new Set(tags.map((t) => t.toLowerCase()))].map((tag) => ({ partnerId, tag }));
export const kindRows = (partnerId: string, kinds: readonly string[]) => kinds.map((kind) => ({ partnerId, kind }));

/** Recomputes the derived columns of these companies from their rows (in the caller's transaction). */
export async function refreshPartners(db: Kysely<Database>, partnerIds: Iterable<string | null | undefined>): Promise<void> {
  for (const id of new Set(partnerIds)) {
    if (!id) continue;
    const p = await db.selectFrom('partners').select(['id', 'name', 'siren', 'siret', 'city', 'kinds', 'tags']).where('id', '=', id).executeTakeFirst();
    if (!p) continue;
    const [contacts, last, open, contracts, bookings, opportunities, startups, pledges, events] = await Promise.all([
      db.selectFrom('contacts').select(['firstName', 'lastName']).where('partnerId', '=', id).execute(),
      db.selectFrom('interactions').select((eb) => eb.fn.max('date').as('d')).where('partnerId', '=', id).executeTakeFirst(),
      db.selectFrom('opportunities').select((eb) => eb.fn.sum<number>('amount').as('s')).where('partnerId', '=', id).where('stage', 'in', [...OPEN_OPPORTUNITY_STAGES]).executeTakeFirst(),
      db.selectFrom('contracts').select('partnerId').where('partnerId', '=', id).limit(1).execute(),
      db.selectFrom('bookings').selectAll().where('partnerId', '=', id).where('status', '!=', 'cancelled').limit(1).execute(),
      db.selectFrom('opportunities').selectAll().where('partnerId', '=', id).where('stage', '=', 'won').execute(),
      db.selectFrom('startups').select('partnerId').where('partnerId', '=', id).limit(1).execute(),
      db.selectFrom('taxPledges').selectAll().where('partnerId', '=', id).where('status', '!=', 'approached').limit(1).execute(),
      db.selectFrom('eventAttendance').select('partnerId').where('partnerId', '=', id).limit(1).execute(),
    ]);
    const kinds =
      partnerKinds({
        contracts,
        bookings: bookings.map(bookingFromRow),
        opportunities: opportunities.map(opportunityFromRow),
        startups,
        taxPledges: pledges.map(taxPledgeFromRow),
        events: events.map((e) => ({ partnerIds: [e.partnerId] })),
      }).get(id) ?? [];
    const keys = partnerKeys(p, contacts.map((c) => `${c.firstName} ${c.lastName}`));
    const kindsJson = JSON.stringify(kinds);
    await db
      .updateTable('partners')
      .set({ ...keys, kinds: kindsJson, lastInteraction: (last?.d as string | null | undefined) ?? null, openOpportunitiesAmount: Number(open?.s ?? 0) })
      .where('id', '=', id)
      .execute();
    if (kindsJson !== p.kinds) {
      await db.deleteFrom('partnerKinds').where('partnerId', '=', id).execute();
      if (kinds.length) await db.insertInto('partnerKinds').values(kindRows(id, kinds)).execute();
    }
    await db.deleteFrom('partnerTags').where('partnerId', '=', id).execute();
    const tags = tagRows(id, JSON.parse(p.tags) as string[]);
    if (tags.length) await db.insertInto('partnerTags').values(tags).execute();
  }
}
