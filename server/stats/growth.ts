import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { StatsQuery } from '../../src/contract/queries';
import type { GrowthStats, SurvivalStats } from '../../src/contract/stats';
import { addDays } from '../../src/domain/dates';
import { firstOfLastQuarters, statsYear, yearAsOf, yearOf } from '../../src/domain/statistics';
import { growthAnswer, survivalAnswer } from '../../mocks/store/stats-growth';
import type { PartnersByMonth, TimeByMonth } from '../../mocks/store/stats-growth';
import { num } from '../db/rows';
import type { Database } from '../db/schema';
import { inScope, ofCompaniesInScope, spanEnd, spanStart, spanTime, spanTotals, startMonth } from './sql';
import { startupCounts } from './startups';

/** The growth charts (mocks/store/stats-growth.ts shapes the answer) from four GROUP BY queries. */

type Db = Kysely<Database>;

export async function growthStats(db: Db, today: string, q: StatsQuery): Promise<GrowthStats> {
  const currentYear = statsYear(today, q.year);
  const asOf = yearAsOf(today, currentYear);
  const [partners, yearlyFigures, bookings, startups] = await Promise.all([
    partnersByMonth(db, q, asOf),
    db.selectFrom('yearlyFigures').selectAll().execute(),
    bookingsByMonth(db, q, asOf),
    startupCounts(db, q),
  ]);
  return growthAnswer({
    today,
    currentYear,
    partners,
    yearlyFigures: yearlyFigures.map((r) => ({ year: num(r.year), students: num(r.students), apprentices: num(r.apprentices) })),
    bookings,
    startups,
  });
}

const sinceMonth = sql<string | null>`substr(${sql.ref('p.partnerSince')}, 1, 7)`;

/**
 * Non-archived companies in scope whose partnership started by asOf, by month and stage. Nearly
 * every company counts: the conditions sit in the sum, so that SQLite scans the table rather than
 * walking an index and fetching each row; the months with none are dropped here.
 */
async function partnersByMonth(db: Db, q: StatsQuery, asOf: string): Promise<PartnersByMonth[]> {
  const rows = await db
    .selectFrom('partners as p')
    .select([
      sinceMonth.as('month'),
      'p.stage',
      sql<number>`sum(case when ${sql.ref('p.archived')} = 0 and ${sql.ref('p.partnerSince')} <= ${asOf} then 1 else 0 end)`.as('count'),
    ])
    .where(inScope(q, 'p'))
    .groupBy([sinceMonth, 'p.stage'])
    .execute();
  return rows.flatMap((r) => (r.month !== null && num(r.count) > 0 ? [{ month: r.month, stage: r.stage, count: num(r.count) }] : []));
}

/** Hours and revenue by month of the non-cancelled bookings of companies in scope, over the 12 quarters to asOf. */
async function bookingsByMonth(db: Db, q: StatsQuery, asOf: string): Promise<TimeByMonth[]> {
  const rows = await db
    .selectFrom('bookings as b')
    .leftJoin('equipment as e', 'e.id', 'b.equipmentId')
    .select([startMonth.as('month'), spanStart.as('spanStart'), spanEnd.as('spanEnd'), ...spanTotals])
    .where('b.status', '<>', 'cancelled')
    .where('b.start', '>=', firstOfLastQuarters(asOf))
    .where('b.start', '<', addDays(asOf, 1))
    .where(ofCompaniesInScope(q, 'b.partnerId'))
    .groupBy([startMonth, spanStart, spanEnd])
    .execute();
  const months = new Map<string, TimeByMonth>();
  for (const r of rows) {
    const m = months.get(r.month) ?? { month: r.month, hours: 0, revenue: 0 };
    const t = spanTime(r);
    m.hours += t.hours;
    m.revenue += t.revenue;
    months.set(r.month, m);
  }
  return [...months.values()];
}

/** Incubator survival by founding cohort (shaped by mocks/store/stats-growth.ts). */
export async function survivalStats(db: Db, today: string, q: StatsQuery): Promise<SurvivalStats> {
  return survivalAnswer(await startupCounts(db, q), yearOf(today));
}
