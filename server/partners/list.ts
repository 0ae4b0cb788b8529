import { sql } from 'kysely';
import type { Expression, ExpressionBuilder, Kysely, SelectQueryBuilder, SqlBool } from 'kysely';
import type { PartnerRow } from '../../src/contract/entities';
import type { Page } from '../../src/contract/primitives';
import type { PartnerListQuery } from '../../src/contract/queries';
import { PARTNER_STAGES } from '../../src/contract/reference';
import { addMonths } from '../../src/domain/dates';
import { searchTokens } from '../../src/domain/text';
import { num, partnerRowFromRow } from '../db/rows';
import type { PartnerShownRow } from '../db/rows';
import { memoless } from '../http/memo';
import type { Memo } from '../http/memo';
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

/**
 * What a list row shows: every stored column but the sort keys and the search text, which would
 * only be read from the database and dropped (the search text is the longest column).
 */
const SHOWN = [
  'id', 'name', 'siren', 'siret', 'vatNumber', 'nafCode', 'sector', 'department', 'city', 'sizeBand', 'stage', 'kinds', 'ownerId', 'partnerSince',
  'tags', 'website', 'notes', 'archived', 'synthetic', 'createdAt', 'updatedAt', 'version', 'lastInteraction', 'openOpportunitiesAmount',
] as const satisfies readonly (keyof PartnerShownRow)[];
const SHOWN_COLUMNS = SHOWN.map((c) => `partners.${c}` as const);

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

/**
 * What the filters of `q` select, whatever the page and order: the key of the counts kept until the
 * next write (their order, the search's spacing and case do not change which companies match).
 */
function filterKey(q: PartnerListQuery, today: string): string {
  const set = (values: readonly string[]) => [...new Set(values)].sort();
  return JSON.stringify([
    today, searchTokens(q.q), set(q.sector), set(q.department), set(q.stage), set(q.kind), set(q.owner), set(q.tag.map((t) => t.toLowerCase())),
    q.hostsApprentices, q.inactiveMonths ?? null, q.archived,
  ]);
}

async function stageSegments(q: PartnerListQuery, today: string, memo: Memo): Promise<Segment[]> {
  const sizes = await countsBy('stage', q, today, memo);
  const stages = q.order === 'asc' ? [...PARTNER_STAGES] : [...PARTNER_STAGES].reverse();
  return stages.map((stage) => ({ count: sizes.get(stage) ?? 0, where: (eb) => eb('partners.stage', '=', stage) }));
}

/** Owners by name key (owners of the same name are one segment); no owner, or an unknown one, last. */
async function ownerCounts(db: Kysely<Database>, q: PartnerListQuery, today: string) {
  const counts = await db
    .selectFrom('partners')
    .select((eb) => ['partners.ownerId', eb.fn.countAll().as('n')])
    .where(partnerFilter(q, today, 'count'))
    .groupBy('partners.ownerId')
    .execute();
  const ownerIds = counts.flatMap((r) => (r.ownerId === null ? [] : [r.ownerId]));
  const users = ownerIds.length ? await db.selectFrom('users').select(['id', 'nameKey']).where('id', 'in', ownerIds).execute() : [];
  return { counts, users };
}

async function ownerSegments(q: PartnerListQuery, today: string, memo: Memo): Promise<Segment[]> {
  // Owners' names are data too: renaming an account is a write, which moves the version on.
  const { counts, users } = await memo(`partners/owners ${filterKey(q, today)}`, (reads) => ownerCounts(reads, q, today));
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
  const ids: string[] = [];
  let skip = (q.page - 1) * q.pageSize;
  for (const segment of segments) {
    const need = q.pageSize - ids.length;
    if (need === 0) break;
    if (skip >= segment.count) {
      skip -= segment.count;
      continue;
    }
    const part = await db
      .selectFrom('partners')
      .select('partners.id')
      .where(partnerFilter(q, today, 'page'))
      .where(segment.where)
      .orderBy('partners.nameKey')
      .orderBy('partners.id')
      .limit(need)
      .offset(skip)
      .execute();
    ids.push(...part.map((r) => r.id));
    skip = 0;
  }
  return { ids, total: segments.reduce((sum, s) => sum + s.count, 0) };
}

/* ------------------------------------ the list ------------------------------------ */

/**
 * Companies as list rows, in the order of `ids`, with their active apprentices today (counted for
 * each row in the same statement, from the contracts' partnerId index). A page is found as ids
 * first: that query reads only the columns of its filters and order, so that an index holding them
 * (the search text with the name order) is read without fetching each company's row — which the
 * database did, asked for the rows at once, when another index of the same order came first.
 */
export async function listRows(db: Kysely<Database>, ids: readonly string[], today: string, memo: Memo = memoless(db)): Promise<PartnerRow[]> {
  if (ids.length === 0) return [];
  // Kept until the next write: paging back and forth, or another order, shows rows already read.
  const byId = await memo.records(`partners/row ${today}`, ids, (missing) => readRows(db, missing, today));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [row] : [];
  });
}

async function readRows(db: Kysely<Database>, ids: readonly string[], today: string): Promise<Map<string, PartnerRow>> {
  const rows = await db
    .selectFrom('partners')
    .select(SHOWN_COLUMNS)
    .select((eb) =>
      eb
        .selectFrom('contracts')
        .select((c) => c.fn.countAll().as('n'))
        .whereRef('contracts.partnerId', '=', 'partners.id')
        .where(activeContractOn(today, 'contracts'))
        .as('activeApprentices'),
    )
    .where('partners.id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, partnerRowFromRow(r, num(r.activeApprentices))]));
}

async function pageAndTotal(db: Kysely<Database>, q: PartnerListQuery, today: string, memo: Memo) {
  const { sort } = q;
  if (sort === 'stage' || sort === 'owner') {
    const segments = await (sort === 'stage' ? stageSegments : ownerSegments)(q, today, memo);
    return pageOfSegments(db, q, today, segments);
  }
  const total = await totalOf(q, today, memo);
  const offset = (q.page - 1) * q.pageSize;
  // Past the last match (a search that finds nothing): no need to look through the companies.
  if (offset >= total) return { ids: [], total };
  const readPage = (on: Kysely<Database>) =>
    sorted(on.selectFrom('partners').select('partners.id').where(partnerFilter(q, today, 'page')), sort, q.order)
      .limit(q.pageSize)
      .offset(offset)
      .execute();
  // A search reads the folded texts in the list's order until the page is full: for a rare word, most
  // of the companies — aside, so that the other requests need not wait for it.
  const page = await (searchTokens(q.q).length ? memo.aside(readPage) : readPage(db));
  return { ids: page.map((r) => r.id), total };
}

/**
 * The COUNT reads every matching company: it is kept until the next write, whatever page or order
 * is asked — and counted per sector, so that one read serves the same filters with any sectors
 * (the search box with or without a sector chosen), the sectors' counts being summed here.
 */
async function totalOf(q: PartnerListQuery, today: string, memo: Memo): Promise<number> {
  const bySector = await countsBy('sector', { ...q, sector: [] }, today, memo);
  const chosen = new Set<string>(q.sector);
  let total = 0;
  for (const [sector, n] of bySector) if (chosen.size === 0 || chosen.has(sector)) total += n;
  return total;
}

/** How many companies match, per value of `column`: kept until the next write. */
async function countsBy(column: 'stage' | 'sector', q: PartnerListQuery, today: string, memo: Memo): Promise<Map<string, number>> {
  const rows = await memo(`partners/count-by-${column} ${filterKey(q, today)}`, (reads) =>
    reads
      .selectFrom('partners')
      .select((eb) => [eb.ref(`partners.${column}`).as('value'), eb.fn.countAll().as('n')])
      .where(partnerFilter(q, today, 'count'))
      .groupBy(`partners.${column}`)
      .execute(),
  );
  return new Map(rows.map((r) => [r.value as string, num(r.n)]));
}

export async function listPartners(db: Kysely<Database>, q: PartnerListQuery, today: string, memo: Memo = memoless(db)): Promise<Page<PartnerRow>> {
  const { ids, total } = await pageAndTotal(db, q, today, memo);
  return { items: await listRows(db, ids, today, memo), total, page: q.page, pageSize: q.pageSize };
}
