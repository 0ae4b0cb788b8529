import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { StatsQuery } from '../../src/contract/queries';
import type { OverviewStats } from '../../src/contract/stats';
import { apprenticeCensusDate } from '../../src/domain/apprenticeship';
import { addDays } from '../../src/domain/dates';
import { comparableCutoff, statsYear, twelveMonthsBefore, yearAsOf } from '../../src/domain/statistics';
import { overviewAnswer, startupValues } from '../../mocks/store/stats-overview';
import type { YearValues } from '../../mocks/store/stats-overview';
import { num } from '../db/rows';
import type { Database } from '../db/schema';
import { activeContractOn, inScope, ofCompaniesInScope, spanEnd, spanStart, spanTotals, sumTime } from './sql';
import { startupCounts } from './startups';

/**
 * The directors' headline figures (mocks/store/stats-overview.ts shapes the answer): each figure of
 * the year and of the year before counted by one aggregate query over both years.
 */

type Db = Kysely<Database>;
type Pair<T> = [T, T];

export async function overviewStats(db: Db, today: string, q: StatsQuery): Promise<OverviewStats> {
  const year = statsYear(today, q.year);
  const years: Pair<number> = [year, year - 1];
  const asOf = years.map((y) => yearAsOf(today, y)) as Pair<string>;
  // Flows of the year before stop at the same day a year earlier (comparableCutoff).
  const cutoff = comparableCutoff(today);
  const flowsUntil: Pair<string> = [asOf[0], cutoff < asOf[1] ? cutoff : asOf[1]];
  const [partners, apprentices, students, equipment0, equipment1, startups, doubleDegrees, won, tax] = await Promise.all([
    partnerCounts(db, q, asOf),
    activeContracts(db, q, years.map(apprenticeCensusDate) as Pair<string>),
    studentCounts(db, years),
    equipmentTime(db, q, asOf[0]),
    equipmentTime(db, q, asOf[1]),
    startupCounts(db, q),
    doubleDegreeCounts(db, years),
    opportunitiesWon(db, q, years, flowsUntil),
    taxReceived(db, q, years, cutoff),
  ]);
  const equipment = [equipment0, equipment1];
  const values = (i: 0 | 1): YearValues => ({
    activePartners: partners[i].active,
    companies: partners[i].known,
    apprentices: apprentices[i],
    students: students[i],
    equipmentHours: equipment[i]!.hours,
    equipmentRevenue: equipment[i]!.revenue,
    ...startupValues(startups, years[i], asOf[i]),
    doubleDegrees: doubleDegrees[i],
    opportunitiesWon: won[i],
    taxReceived: tax[i],
  });
  return overviewAnswer(today, year, values(0), values(1));
}

/**
 * Active partners and companies known at each date (knownSince ≤ asOf: created or partner by then).
 * Nearly every company counts: conditions sit in the sums, so that SQLite scans the table instead
 * of walking an index and fetching each row.
 */
const current = sql`${sql.ref('p.archived')} = 0`;

async function partnerCounts(db: Db, q: StatsQuery, asOf: Pair<string>): Promise<Pair<{ active: number; known: number }>> {
  const row = await db
    .selectFrom('partners as p')
    .select(
      asOf.flatMap((d, i) => [
        sql<number>`sum(case when ${current} and ${sql.ref('p.stage')} = 'active' and ${sql.ref('p.partnerSince')} <= ${d} then 1 else 0 end)`.as(`active${i}`),
        sql<number>`sum(case when ${current} and (substr(${sql.ref('p.createdAt')}, 1, 10) <= ${d} or ${sql.ref('p.partnerSince')} <= ${d}) then 1 else 0 end)`.as(`known${i}`),
      ]),
    )
    .where(inScope(q, 'p'))
    .executeTakeFirst();
  const r = (row ?? {}) as Record<string, unknown>;
  return [0, 1].map((i) => ({ active: num(r[`active${i}`]), known: num(r[`known${i}`]) })) as Pair<{ active: number; known: number }>;
}

/** Contracts running on each census date (isContractActiveOn), at companies in scope; only `end` narrows the rows (index). */
async function activeContracts(db: Db, q: StatsQuery, census: Pair<string>): Promise<Pair<number>> {
  const row = await db
    .selectFrom('contracts as c')
    .select(census.map((d, i) => sql<number>`sum(case when ${activeContractOn(d)} then 1 else 0 end)`.as(`n${i}`)))
    .where('c.end', '>=', [...census].sort()[0]!)
    .where(ofCompaniesInScope(q, 'c.partnerId'))
    .executeTakeFirst();
  const r = (row ?? {}) as Record<string, unknown>;
  return [num(r.n0), num(r.n1)];
}

async function studentCounts(db: Db, years: Pair<number>): Promise<Pair<number>> {
  const rows = await db.selectFrom('yearlyFigures').select(['year', 'students']).where('year', 'in', years).execute();
  return years.map((y) => num(rows.find((r) => num(r.year) === y)?.students)) as Pair<number>;
}

/** Hours and revenue of the non-cancelled bookings of companies in scope starting in (asOf − 12 months, asOf]. */
async function equipmentTime(db: Db, q: StatsQuery, asOf: string): Promise<{ hours: number; revenue: number }> {
  const rows = await db
    .selectFrom('bookings as b')
    .leftJoin('equipment as e', 'e.id', 'b.equipmentId')
    .select([spanStart.as('spanStart'), spanEnd.as('spanEnd'), ...spanTotals])
    .where('b.status', '<>', 'cancelled')
    .where('b.start', '>=', addDays(twelveMonthsBefore(asOf), 1))
    .where('b.start', '<', addDays(asOf, 1))
    .where(ofCompaniesInScope(q, 'b.partnerId'))
    .groupBy([spanStart, spanEnd])
    .execute();
  return sumTime(rows);
}

async function doubleDegreeCounts(db: Db, years: Pair<number>): Promise<Pair<number>> {
  const row = await db
    .selectFrom('academicPartners')
    .select(years.map((y, i) => sql<number>`sum(case when ${sql.ref('since')} <= ${y} then 1 else 0 end)`.as(`n${i}`)))
    .where('active', '=', 1)
    .where('doubleDegree', '=', 1)
    .executeTakeFirst();
  const r = (row ?? {}) as Record<string, unknown>;
  return [num(r.n0), num(r.n1)];
}

/** Amounts won from 1 September of the year to its asOf, at companies in scope. */
async function opportunitiesWon(db: Db, q: StatsQuery, years: Pair<number>, asOf: Pair<string>): Promise<Pair<number>> {
  const row = await db
    .selectFrom('opportunities as o')
    .select(
      years.map((y, i) => sql<number>`sum(case when ${sql.ref('o.closedAt')} >= ${`${y}-09-01`} and ${sql.ref('o.closedAt')} <= ${asOf[i]} then ${sql.ref('o.amount')} else 0 end)`.as(`n${i}`)),
    )
    .where('o.stage', '=', 'won')
    .where('o.closedAt', 'is not', null)
    .where(ofCompaniesInScope(q, 'o.partnerId'))
    .executeTakeFirst();
  const r = (row ?? {}) as Record<string, unknown>;
  return [num(r.n0), num(r.n1)];
}

/**
 * The tax campaign of spring Y+1 funds academic year Y (SOLTéA allocations): received amounts, the
 * year before's only those received by `cutoff` (comparableCutoff).
 */
async function taxReceived(db: Db, q: StatsQuery, years: Pair<number>, cutoff: string): Promise<Pair<number>> {
  const receivedBy = sql`substr(${sql.ref('t.updatedAt')}, 1, 10) <= ${cutoff}`;
  const row = await db
    .selectFrom('taxPledges as t')
    .select([
      sql<number>`sum(case when ${sql.ref('t.year')} = ${years[0] + 1} then ${sql.ref('t.amount')} else 0 end)`.as('n0'),
      sql<number>`sum(case when ${sql.ref('t.year')} = ${years[1] + 1} and ${receivedBy} then ${sql.ref('t.amount')} else 0 end)`.as('n1'),
    ])
    .where('t.status', '=', 'received')
    .where('t.year', 'in', years.map((y) => y + 1))
    .where(ofCompaniesInScope(q, 't.partnerId'))
    .executeTakeFirst();
  const r = (row ?? {}) as Record<string, unknown>;
  return [num(r.n0), num(r.n1)];
}
