import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { StatsQuery } from '../../src/contract/queries';
import type { TerritoryStats } from '../../src/contract/stats';
import { apprenticeCensusDate } from '../../src/domain/apprenticeship';
import { addDays } from '../../src/domain/dates';
import { statsYear, twelveMonthsBefore, yearAsOf, yearOf } from '../../src/domain/statistics';
import { LAYER_KIND, territoryAnswer } from '../../mocks/store/stats-territory';
import type { TerritoryGroup, TerritoryLayer } from '../../mocks/store/stats-territory';
import { num } from '../db/rows';
import type { Database } from '../db/schema';
import { memoless } from '../http/memo';
import type { Memo } from '../http/memo';
import { activeContractOn, inScope } from './sql';
import type { Scope } from './sql';

/** One layer of the Occitanie map (shaped by mocks/store/stats-territory.ts), counted by department and sector in SQL. */

type Db = Kysely<Database>;
type Place = { department: string; sector: string; count: unknown };

/**
 * Every group is a place (department and sector), and the scope filters on the place: so a layer is
 * counted once for the whole region — kept until the next write (`memo`) — and any scope is its
 * groups in that scope, without reading the data again.
 */
export async function territoryStats(db: Db, today: string, q: StatsQuery & { layer: TerritoryLayer }, memo: Memo = memoless(db)): Promise<TerritoryStats> {
  const year = statsYear(today, q.year);
  const asOf = yearAsOf(today, year);
  const everywhere: Scope = { sector: [], department: [] };
  const groups = await memo(`stats/territory ${JSON.stringify([q.layer, today, year])}`, async (reads) =>
    q.layer === 'partners' ? partnerGroups(reads, everywhere) : placed(await layerPlaces(reads, everywhere, q.layer, year, asOf), LAYER_KIND[q.layer]),
  );
  const sectors = new Set<string>(q.sector);
  const departments = new Set<string>(q.department);
  const inScopeGroups = groups.filter((g) => (sectors.size === 0 || sectors.has(g.sector)) && (departments.size === 0 || departments.has(g.department)));
  return territoryAnswer(q.layer, inScopeGroups);
}

/** Things counted by place, each standing for one relationship; places where none counts are left out. */
const placed = (rows: readonly Place[], kind: string): TerritoryGroup[] =>
  rows.flatMap((r) => (num(r.count) > 0 ? [{ department: r.department, sector: r.sector, kinds: [kind], count: num(r.count) }] : []));

/**
 * Non-archived companies by place and by their set of relationships (a few thousand rows at most).
 * Nearly every company counts: the condition sits in the sum and `kinds` leads the grouping, so
 * that SQLite scans the table rather than walking an index and fetching each row.
 */
async function partnerGroups(db: Db, q: Scope): Promise<TerritoryGroup[]> {
  const rows = await db
    .selectFrom('partners as p')
    .select(['p.department', 'p.sector', 'p.kinds', sql<number>`sum(case when ${sql.ref('p.archived')} = 0 then 1 else 0 end)`.as('count')])
    .where(inScope(q, 'p'))
    .groupBy(['p.kinds', 'p.department', 'p.sector'])
    .execute();
  return rows.flatMap((r) => (num(r.count) > 0 ? [{ department: r.department, sector: r.sector, kinds: JSON.parse(r.kinds) as string[], count: num(r.count) }] : []));
}

/** Bookings counted per company first, then by the company's place: one lookup per company rather than one per booking. */
function bookingPlaces(db: Db, q: Scope, asOf: string): Promise<Place[]> {
  // Non-cancelled bookings starting in (asOf − 12 months, asOf].
  const perCompany = db
    .selectFrom('bookings as b')
    .select(['b.partnerId', sql<number>`count(*)`.as('n')])
    .where('b.status', '<>', 'cancelled')
    .where('b.start', '>=', addDays(twelveMonthsBefore(asOf), 1))
    .where('b.start', '<', addDays(asOf, 1))
    .groupBy('b.partnerId');
  return db
    .selectFrom(perCompany.as('x'))
    .innerJoin('partners as p', 'p.id', 'x.partnerId')
    .select(['p.department', 'p.sector', sql<number>`sum(${sql.ref('x.n')})`.as('count')])
    .where(inScope(q, 'p'))
    .groupBy(['p.department', 'p.sector'])
    .execute();
}

/** Contracts running on the year's census date (isContractActiveOn) at their host's place; only `end` narrows the rows (index). */
function apprenticePlaces(db: Db, q: Scope, year: number): Promise<Place[]> {
  const census = apprenticeCensusDate(year);
  return db
    .selectFrom('contracts as c')
    .innerJoin('partners as p', 'p.id', 'c.partnerId')
    .select(['p.department', 'p.sector', sql<number>`sum(case when ${activeContractOn(census)} then 1 else 0 end)`.as('count')])
    .where('c.end', '>=', census)
    .where(inScope(q, 'p'))
    .groupBy(['p.department', 'p.sector'])
    .execute();
}

/** Start-ups alive in asOf's calendar year (startupAliveIn), at their own place. */
function startupPlaces(db: Db, q: Scope, asOf: string): Promise<Place[]> {
  const y = yearOf(asOf);
  return db
    .selectFrom('startups as s')
    .select(['s.department', 's.sector', sql<number>`count(*)`.as('count')])
    .where('s.foundedYear', '<=', y)
    .where((eb) => eb.or([eb('s.status', '<>', 'closed'), eb.and([eb('s.closedYear', 'is not', null), eb('s.closedYear', '>', y)])]))
    .where(inScope(q, 's'))
    .groupBy(['s.department', 's.sector'])
    .execute();
}

function layerPlaces(db: Db, q: Scope, layer: Exclude<TerritoryLayer, 'partners'>, year: number, asOf: string): Promise<Place[]> {
  if (layer === 'apprentices') return apprenticePlaces(db, q, year);
  return layer === 'startups' ? startupPlaces(db, q, asOf) : bookingPlaces(db, q, asOf);
}
