import { sql } from 'kysely';
import type { AliasableExpression, ExpressionBuilder, Kysely, SqlBool } from 'kysely';
import type { Partner } from '../../src/contract/entities';
import { OPEN_OPPORTUNITY_STAGES, RELATIONSHIP_KINDS } from '../../src/contract/reference';
import type { RelationshipKind } from '../../src/contract/reference';
import { partnerSearchText } from '../../src/domain/partner-rules';
import { companyKey, sortKey } from '../../src/domain/text';
import { isTrue } from './rows';
import type { Database, PartnerTable } from './schema';

/**
 * What the companies list sorts and filters on besides the stored fields: sort keys, the search
 * text, the last interaction, the open opportunities' amount, and the relationship kinds. Kept in
 * columns (and side tables for tags and kinds) so that the list is one indexed query; every write
 * that touches a company calls `refreshPartners` in its transaction.
 */

type Keys = Pick<PartnerTable, 'nameKey' | 'cityKey' | 'dupKey' | 'searchText'>;

export function partnerKeys(p: Pick<Partner, 'name' | 'siren' | 'siret' | 'city'>, contacts: readonly { firstName: string; lastName: string }[]): Keys {
  return { nameKey: sortKey(p.name), cityKey: sortKey(p.city), dupKey: companyKey(p.name), searchText: partnerSearchText(p, contacts) };
}

/** Tags are matched whatever their case. */
export const tagRows = (partnerId: string, tags: readonly string[]) => [...new Set(tags.map((t) => t.toLowerCase()))].map((tag) => ({ partnerId, tag }));
export const kindRows = (partnerId: string, kinds: readonly string[]) => kinds.map((kind) => ({ partnerId, kind }));

type PartnersEb = ExpressionBuilder<Database, 'partners'>;

/**
 * The rule of mocks/data/kinds.ts `partnerKinds` (which the generator applies to the demo data) in
 * SQL: one EXISTS per kind, so that a company's kinds are read with its other figures in one
 * statement. tests/server/partners.test.ts checks that refreshing every demo company keeps the
 * kinds the generator gave them.
 */
const KIND_EXISTS: Record<RelationshipKind, (eb: PartnersEb) => AliasableExpression<SqlBool>> = {
  apprentices: (eb) => eb.exists(eb.selectFrom('contracts as r').select('r.id').whereRef('r.partnerId', '=', 'partners.id')),
  equipment: (eb) => eb.exists(eb.selectFrom('bookings as r').select('r.id').whereRef('r.partnerId', '=', 'partners.id').where('r.status', '!=', 'cancelled')),
  // `stage || ''`: compared as an expression, so that SQLite reads the company's few deals rather
  // than every deal won through the stage index (it has no statistics to choose by).
  research: (eb) =>
    eb.exists(
      eb
        .selectFrom('opportunities as r')
        .select('r.id')
        .whereRef('r.partnerId', '=', 'partners.id')
        .where(sql<string>`${sql.ref('r.stage')} || ''`, '=', 'won')
        .where('r.kind', 'in', ['research-contract', 'chair']),
    ),
  incubator: (eb) => eb.exists(eb.selectFrom('startups as r').select('r.id').whereRef('r.partnerId', '=', 'partners.id')),
  tax: (eb) => eb.exists(eb.selectFrom('taxPledges as r').select('r.id').whereRef('r.partnerId', '=', 'partners.id').where('r.status', '!=', 'approached')),
  events: (eb) => eb.exists(eb.selectFrom('eventAttendance as r').select('r.eventId').whereRef('r.partnerId', '=', 'partners.id')),
};

/** A company's stored row and, counted from its rows, its figures and kinds: one statement. */
function withFacts(db: Kysely<Database>, id: string) {
  return db
    .selectFrom('partners')
    .selectAll('partners')
    .select((eb) => [
      eb.selectFrom('interactions as r').select((r) => r.fn.max('r.date').as('d')).whereRef('r.partnerId', '=', 'partners.id').as('latestInteraction'),
      eb
        .selectFrom('opportunities as r')
        .select((r) => r.fn.sum<number>('r.amount').as('s'))
        .whereRef('r.partnerId', '=', 'partners.id')
        .where('r.stage', 'in', [...OPEN_OPPORTUNITY_STAGES])
        .as('openAmount'),
      ...RELATIONSHIP_KINDS.map((kind) => KIND_EXISTS[kind](eb).as(kind)),
    ])
    .where('partners.id', '=', id);
}

/**
 * Recomputes the derived columns of these companies from their rows (in the caller's transaction):
 * three reads per company, and writes of what changed only.
 */
export async function refreshPartners(db: Kysely<Database>, partnerIds: Iterable<string | null | undefined>): Promise<void> {
  for (const id of new Set(partnerIds)) {
    if (!id) continue;
    const [p, contacts, storedTags] = await Promise.all([
      withFacts(db, id).executeTakeFirst(),
      db.selectFrom('contacts').select(['firstName', 'lastName']).where('partnerId', '=', id).orderBy('id').execute(),
      db.selectFrom('partnerTags').select('tag').where('partnerId', '=', id).execute(),
    ]);
    if (!p) continue;
    const kinds = JSON.stringify(RELATIONSHIP_KINDS.filter((kind) => isTrue(p[kind])));
    const derived: Partial<PartnerTable> = {
      ...partnerKeys(p, contacts),
      kinds,
      lastInteraction: p.latestInteraction ?? null,
      openOpportunitiesAmount: Number(p.openAmount ?? 0),
    };
    // Only what changed: each derived column has its index, which an unchanged value need not touch.
    const changed = Object.fromEntries(Object.entries(derived).filter(([column, value]) => p[column as keyof PartnerTable] !== value));
    if (Object.keys(changed).length) await db.updateTable('partners').set(changed).where('id', '=', id).execute();
    if (kinds !== p.kinds) {
      await db.deleteFrom('partnerKinds').where('partnerId', '=', id).execute();
      const rows = kindRows(id, JSON.parse(kinds) as string[]);
      if (rows.length) await db.insertInto('partnerKinds').values(rows).execute();
    }
    const tags = tagRows(id, JSON.parse(p.tags) as string[]);
    if (!sameTags(tags, storedTags)) {
      await db.deleteFrom('partnerTags').where('partnerId', '=', id).execute();
      if (tags.length) await db.insertInto('partnerTags').values(tags).execute();
    }
  }
}

const sameTags = (a: readonly { tag: string }[], b: readonly { tag: string }[]) => a.length === b.length && a.every((t) => b.some((s) => s.tag === t.tag));
