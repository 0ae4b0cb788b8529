import type { YearlyFigures } from '../../src/contract/entities';
import type { GrowthStats, SurvivalStats } from '../../src/contract/stats';
import type { StatsQuery } from '../../src/contract/queries';
import { round } from '../../src/domain/booking-time';
import { academicYearOf } from '../../src/domain/dates';
import { share, targetBand } from '../../src/domain/growth';
import { FIRST_GROWTH_YEAR, firstOfLastQuarters, lastQuarters, quarterLabel, TARGET_BASE_YEAR, yearAsOf, yearOf } from '../../src/domain/statistics';
import { SCHOOL_INCUBATOR_BENCHMARK_5Y, survivalByCohort, survivalRateAt } from '../../src/domain/survival';
import type { Store } from './database';
import { asOfYear, bookingTime, countStartups, expandStartups, partnerInScope, scope, statsYear } from './stats-common';
import type { StartupCount } from './stats-common';

export { FIRST_GROWTH_YEAR, lastQuarters, quarterLabel, TARGET_BASE_YEAR } from '../../src/domain/statistics';

/** Companies by the month their partnership started and their stage. */
export type PartnersByMonth = { month: string; stage: string; count: number };
/** Booked hours and revenue by the month bookings start ("2026-11"). */
export type TimeByMonth = { month: string; hours: number; revenue: number };

/** What the growth charts are drawn from, counted by each implementation in its own storage. */
export type GrowthInput = {
  today: string;
  currentYear: number;
  /** Non-archived companies in scope whose partnership started by asOf(currentYear). */
  partners: readonly PartnersByMonth[];
  yearlyFigures: readonly YearlyFigures[];
  /** Non-cancelled bookings of companies in scope, starting from the first of the 12 quarters to asOf(currentYear). */
  bookings: readonly TimeByMonth[];
  /** Start-ups in scope. */
  startups: readonly StartupCount[];
};

export function growthStats(store: Store, q: StatsQuery): GrowthStats {
  const inScope = scope(q);
  const partnerOk = partnerInScope(store, inScope);
  const currentYear = statsYear(store, q.year);
  const asOf = asOfYear(store, currentYear);

  const partners = new Map<string, PartnersByMonth>();
  for (const p of store.partners.rows) {
    if (p.archived || p.partnerSince === null || p.partnerSince > asOf || !inScope(p)) continue;
    const month = p.partnerSince.slice(0, 7);
    const row = partners.get(`${month}|${p.stage}`) ?? { month, stage: p.stage, count: 0 };
    row.count++;
    partners.set(`${month}|${p.stage}`, row);
  }

  const first = firstOfLastQuarters(asOf);
  const bookings = new Map<string, TimeByMonth>();
  for (const b of store.bookings.rows) {
    const day = b.start.slice(0, 10);
    if (b.status === 'cancelled' || day < first || day > asOf || !partnerOk(b.partnerId)) continue;
    const month = b.start.slice(0, 7);
    const row = bookings.get(month) ?? { month, hours: 0, revenue: 0 };
    const time = bookingTime(store, b);
    row.hours += time.hours;
    row.revenue += time.revenue;
    bookings.set(month, row);
  }

  return growthAnswer({
    today: store.today,
    currentYear,
    partners: [...partners.values()],
    yearlyFigures: store.data.yearlyFigures,
    bookings: [...bookings.values()],
    startups: countStartups(store.startups.rows.filter((s) => inScope(s))),
  });
}

/** The growth charts from their counts: new and active partners per year, students against the target, equipment per quarter, start-ups per year. */
export function growthAnswer(input: GrowthInput): GrowthStats {
  const { today, currentYear } = input;
  return {
    partnersPerYear: partnersPerYear(input.partners, today, currentYear),
    ...studentsAgainstTarget(input.yearlyFigures),
    equipmentPerQuarter: perQuarter(input.bookings, yearAsOf(today, currentYear)),
    startupsPerYear: startupsPerYear(input.startups, yearOf(today)),
  };
}

/**
 * New partners per academic year and active ones at each year's asOf. Every asOf before the current
 * year's is a 31 August, the end of a month, so counts by month are exact; the current year's rows
 * are already cut at its asOf.
 */
function partnersPerYear(rows: readonly PartnersByMonth[], today: string, currentYear: number): GrowthStats['partnersPerYear'] {
  const newPerYear = new Map<number, number>();
  for (const r of rows) {
    const y = academicYearOf(`${r.month}-01`);
    newPerYear.set(y, (newPerYear.get(y) ?? 0) + r.count);
  }
  const out: GrowthStats['partnersPerYear'] = [];
  for (let y = FIRST_GROWTH_YEAR; y <= currentYear; y++) {
    const until = yearAsOf(today, y).slice(0, 7);
    const active = rows.reduce((n, r) => (r.stage === 'active' && r.month <= until ? n + r.count : n), 0);
    out.push({ year: y, new: newPerYear.get(y) ?? 0, active });
  }
  return out;
}

function studentsAgainstTarget(figures: readonly YearlyFigures[]): Pick<GrowthStats, 'studentsPerYear' | 'target'> {
  const studentsPerYear = [...figures]
    .sort((a, b) => a.year - b.year)
    .map((r) => ({ year: r.year, students: r.students, apprentices: r.apprentices, share: round(share(r.apprentices, r.students)) }));
  const baseStudents = figures.find((r) => r.year === TARGET_BASE_YEAR)?.students ?? 0;
  const band = targetBand(baseStudents, 0.2, 0.3);
  return { studentsPerYear, target: { baseYear: TARGET_BASE_YEAR, baseStudents, low: band.low, high: band.high } };
}

/** The 12 quarters up to asOf, from time counted by month (months outside them are left out). */
function perQuarter(months: readonly TimeByMonth[], asOf: string): GrowthStats['equipmentPerQuarter'] {
  const buckets = new Map(lastQuarters(asOf).map((quarter) => [quarter, { quarter, hours: 0, revenue: 0 }]));
  for (const m of [...months].sort((a, b) => (a.month < b.month ? -1 : 1))) {
    const bucket = buckets.get(quarterLabel(m.month));
    if (!bucket) continue;
    bucket.hours += m.hours;
    bucket.revenue += m.revenue;
  }
  return [...buckets.values()].map((r) => ({ quarter: r.quarter, hours: round(r.hours, 2), revenue: round(r.revenue, 2) }));
}

/** Start-ups created per founding year up to this calendar year, and how many of them are still alive. */
function startupsPerYear(startups: readonly StartupCount[], todayYear: number): GrowthStats['startupsPerYear'] {
  const years = new Map<number, { year: number; created: number; alive: number }>();
  for (const s of startups) {
    if (s.foundedYear > todayYear) continue;
    const row = years.get(s.foundedYear) ?? { year: s.foundedYear, created: 0, alive: 0 };
    row.created += s.count;
    if (s.status !== 'closed') row.alive += s.count;
    years.set(s.foundedYear, row);
  }
  return [...years.values()].sort((a, b) => a.year - b.year);
}

/** Incubator survival by founding cohort, pooled at 3 and 5 years, beside the 72 % benchmark. */
export function survivalStats(store: Store, q: StatsQuery): SurvivalStats {
  const inScope = scope(q);
  return survivalAnswer(countStartups(store.startups.rows.filter((s) => inScope(s))), yearOf(store.today));
}

/** Survival from the start-ups in scope, as of a calendar year. */
export function survivalAnswer(groups: readonly StartupCount[], asOfYear: number): SurvivalStats {
  const startups = expandStartups(groups);
  const rate = (n: number) => {
    const r = survivalRateAt(startups, n, asOfYear);
    return r === null ? null : round(r);
  };
  return {
    cohorts: survivalByCohort(startups, asOfYear, 10).map((c) => ({ ...c, aliveAt: c.aliveAt.map((r) => (r === null ? null : round(r))) })),
    at3: rate(3),
    at5: rate(5),
    benchmark5: SCHOOL_INCUBATOR_BENCHMARK_5Y,
  };
}
