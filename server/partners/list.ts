import { sql } from 'kysely';
import type { Expression, ExpressionBuilder, Kysely, SelectQueryBuilder, SqlBool } from 'kysely';
import type { PartnerRow } from '../../src/contract/entities';
import type { Page } from '../../src/contract/primitives';
import type { PartnerListQuery } from '../../src/contract/queries';
import { PARTNER_STAGES } from '../../src/contract/reference';
import { addMonths } from '../../src/domain/dates';
import { searchTokens } from '../../src/domain/text';
import { num, partnerRowFromRow } from '../db/rows';
import { activeContractOn } from '../stats/sql';
import { containsPattern } from '../work/text-sql';
import type { Database } from '../db/schema';

/**
 * The companies list in SQL: the query's filters as one WHERE (for the page and its COUNT), every
 * sort key of the in-browser API with its tie-break, and the active apprentices counted for the
 * page's rows only.
 */

type PartnersEb = ExpressionBuilder<Database, 'partners'>;

function likeAll(eb: PartnersEb, tokens: readonly string[]): Expression<SqlBool>[] {
  return tokens.map((t) => sql<SqlBool>`${eb.ref('partners.searchText')} like ${containsPattern(t)} escape '\\'`);
}

/* ------------------------------------ filters ------------------------------------ */

/**
 * How a filter on related rows (kinds, tags, contracts) is written: for a COUNT, `id IN (…)` reads
 * the related rows once; for a page, EXISTS probes companies in the sort's order and stops at the
 * page's end (a correlated probe per company would make the COUNT read every company one by one).
 */
type Mode = 'count' | 'page';
type Related = 'partnerKinds' | 'partnerTags' | 'contracts';

function among<T extends Related>(eb: PartnersEb, mode: Mode, related: SelectQueryBuilder<Database, 'partners' | T, { partnerId: string }>): Expression<SqlBool> {
  if (mode === 'count') return eb('partners.id', 'in', related);
  // Unqualified, "partnerId" is the related table's: the innermost scope's column.
  return eb.exists(related.where(sql<SqlBool>`${sql.ref('partnerId')} = ${sql.ref('partners.id')}`));
}

function partnerFilter(q: PartnerListQuery, today: string, mode: Mode) {
  return (eb: PartnersEb): Expression<SqlBool> => {
    const where: Expression<SqlBool>[] = [];
    if (q.archived !== 'include') where.push(eb('partners.archived', '=', q.archived === 'only' ? 1 : 0));
    if (q.sector.length) where.push(eb('partners.sector', 'in', q.sector));
    if (q.department.length) where.push(eb('partners.department', 'in', q.department));
    if (q.stage.length) where.push(eb('partners.stage', 'in', q.stage));
    if (q.owner.length) where.push(eb('partners.ownerId', 'in', q.owner));
    if (q.kind.length) where.push(among(eb, mode, eb.selectFrom('partnerKinds').select('partnerKinds.partnerId').where('partnerKinds.kind', 'in', q.kind)));
    if (q.tag.length) {
      const tags = [...new Set(q.tag.map((t) => t.toLowerCase()))];
      where.push(among(eb, mode, eb.selectFrom('partnerTags').select('partnerTags.partnerId').where('partnerTags.tag', 'in', tags)));
    }
    if (q.hostsApprentices) {
      where.push(among(eb, mode, eb.selectFrom('contracts').select('contracts.partnerId').where(activeContractOn(today, 'contracts'))));
    }
    if (q.inactiveMonths !== undefined) {
      const before = addMonths(today, -q.inactiveMonths);
      where.push(eb.or([eb('partners.lastInteraction', 'is', null), eb('partners.lastInteraction', '<', before)]));
    }
    where.push(...likeAll(eb, searchTokens(q.q)));
    return eb.and(where);
  };
}

/* ------------------------------------ sorting ------------------------------------ */

type PartnersQuery = SelectQueryBuilder<Database, 'partners', object>;
type ColumnSort = Exclude<PartnerListQuery['sort'], 'name' | 'stage' | 'owner'>;

const SORT_COLUMNS = {
  sector: 'partners.sector',
  department: 'partners.department',
  city: 'partners.cityKey',
  lastInteraction: 'partners.lastInteraction',
  openOpportunitiesAmount: 'partners.openOpportunitiesAmount',
  partnerSince: 'partners.partnerSince',
} as const satisfies Record<ColumnSort, string>;

/**
 * The in-browser API's orders: by name, name then id in the chosen direction; by anything else, that
 * key in the chosen direction with empty values last, then name and id ascending (with an index in
 * that order, a page is read rather than sorted).
 */
function sorted<Q extends PartnersQuery>(query: Q, sort: 'name' | ColumnSort, order: PartnerListQuery['order']): Q {
  if (sort === 'name') return query.orderBy('partners.nameKey', order).orderBy('partners.id', order) as Q;
  return query
    .orderBy(SORT_COLUMNS[sort], (ob) => (order === 'asc' ? ob.asc() : ob.desc()).nullsLast())
    .orderBy('partners.nameKey', 'asc')
    .orderBy('partners.id', 'asc') as Q;
}

/**
 * Stage and owner sort on what is not a column (the pipeline's order, the owner's name) and take a
 * handful of values: the list is read as segments, one per value in that order, each in name order.
 * Their sizes (one GROUP BY) tell which segments the page falls in; only those are read.
 */
interface Segment {
  count: number;
  where: (eb: PartnersEb) => Expression<SqlBool>;
}

async function stageSegments(db: Kysely<Database>, q: PartnerListQuery, today: string): Promise<Segment[]> {
  const counts = await db
    .selectFrom('partners')
    .select((eb) => ['partners.stage', eb.fn.countAll().as('n')])
    .where(partnerFilter(q, today, 'count'))
    .groupBy('partners.stage')
    .execute();
  const sizes = new Map(counts.map((r) => [r.stage, num(r.n)]));
  const stages = q.order === 'asc' ? [...PARTNER_STAGES] : [...PARTNER_STAGES].reverse();
  return stages.map((stage) => ({ count: sizes.get(stage) ?? 0, where: (eb) => eb('partners.stage', '=', stage) }));
}

/** Owners by name key (owners of the same name are one segment); no owner, or an unknown one, last. */
async function ownerSegments(db: Kysely<Database>, q: PartnerListQuery, today: string): Promise<Segment[]> {
  const counts = await db
    .selectFrom('partners')
    .select((eb) => ['partners.ownerId', eb.fn.countAll().as('n')])
    .where(partnerFilter(q, today, 'count'))
    .groupBy('partners.ownerId')
    .execute();
  const ownerIds = counts.flatMap((r) => (r.ownerId === null ? [] : [r.ownerId]));
  const users = ownerIds.length ? await db.selectFrom('users').select(['id', 'nameKey']).where('id', 'in', ownerIds).execute() : [];
  const keyOf = new Map(users.map((u) => [u.id, u.nameKey]));
  const named = new Map<string, { ids: string[]; count: number }>();
  const nameless = { ids: [] as string[], count: 0 };
  for (const r of counts) {
    const key = r.ownerId === null ? undefined : keyOf.get(r.ownerId);
    let group = nameless;
    if (key !== undefined) {
      group = named.get(key) ?? { ids: [], count: 0 };
      named.set(key, group);
    }
    if (r.ownerId !== null) group.ids.push(r.ownerId);
    group.count += num(r.n);
  }
  // Name keys compare as bytes, like ORDER BY does (UTF-16 order is code-point order but for astral characters).
  const keys = [...named.keys()].sort();
  if (q.order === 'desc') keys.reverse();
  const segments = keys.map((key): Segment => {
    const { ids, count } = named.get(key)!;
    return { count, where: (eb) => eb('partners.ownerId', 'in', ids) };
  });
  const unknown = nameless.ids;
  segments.push({
    count: nameless.count,
    where: (eb) => eb.or([eb('partners.ownerId', 'is', null), ...(unknown.length ? [eb('partners.ownerId', 'in', unknown)] : [])]),
  });
  return segments;
}

async function pageOfSegments(db: Kysely<Database>, q: PartnerListQuery, today: string, segments: readonly Segment[]) {
  const rows: Database['partners'][] = [];
  let skip = (q.page - 1) * q.pageSize;
  for (const segment of segments) {
    const need = q.pageSize - rows.length;
    if (need === 0) break;
    if (skip >= segment.count) {
      skip -= segment.count;
      continue;
    }
    const part = await db
      .selectFrom('partners')
      .selectAll('partners')
      .where(partnerFilter(q, today, 'page'))
      .where(segment.where)
      .orderBy('partners.nameKey')
      .orderBy('partners.id')
      .limit(need)
      .offset(skip)
      .execute();
    rows.push(...part);
    skip = 0;
  }
  return { rows, total: segments.reduce((sum, s) => sum + s.count, 0) };
}

/* ------------------------------------ the list ------------------------------------ */

/** Active apprentices today, per company of the page (one grouped query). */
async function activeApprentices(db: Kysely<Database>, partnerIds: readonly string[], today: string): Promise<Map<string, number>> {
  if (partnerIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('contracts')
    .select((eb) => ['contracts.partnerId', eb.fn.countAll().as('n')])
    .where('contracts.partnerId', 'in', partnerIds)
    .where(activeContractOn(today, 'contracts'))
    .groupBy('contracts.partnerId')
    .execute();
  return new Map(rows.map((r) => [r.partnerId, num(r.n)]));
}

/** Stored rows → list rows, with their active apprentices. */
export async function withFigures(db: Kysely<Database>, rows: readonly Database['partners'][], today: string): Promise<PartnerRow[]> {
  const active = await activeApprentices(db, rows.map((r) => r.id), today);
  return rows.map((r) => partnerRowFromRow({ ...r, activeApprentices: active.get(r.id) ?? 0 }));
}

async function pageAndTotal(db: Kysely<Database>, q: PartnerListQuery, today: string) {
  const { sort } = q;
  if (sort === 'stage' || sort === 'owner') {
    const segments = await (sort === 'stage' ? stageSegments : ownerSegments)(db, q, today);
    return pageOfSegments(db, q, today, segments);
  }
  const [count, rows] = await Promise.all([
    db.selectFrom('partners').select((eb) => eb.fn.countAll().as('n')).where(partnerFilter(q, today, 'count')).executeTakeFirst(),
    sorted(db.selectFrom('partners').selectAll('partners').where(partnerFilter(q, today, 'page')), sort, q.order)
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
  ]);
  return { rows, total: num(count?.n) };
}

export async function listPartners(db: Kysely<Database>, q: PartnerListQuery, today: string): Promise<Page<PartnerRow>> {
  const { rows, total } = await pageAndTotal(db, q, today);
  return { items: await withFigures(db, rows, today), total, page: q.page, pageSize: q.pageSize };
}
