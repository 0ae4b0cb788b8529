import type { GrowthStats, SurvivalStats } from '../../src/contract/stats';
import type { StatsQuery } from '../../src/contract/queries';
import { academicYearOf, addMonths } from '../../src/domain/dates';
import { share, targetBand } from '../../src/domain/growth';
import { SCHOOL_INCUBATOR_BENCHMARK_5Y, survivalByCohort, survivalRateAt } from '../../src/domain/survival';
import type { Store } from './database';
import { activePartnersAt, asOfYear, bookingHours, bookingRevenue, partnerInScope, round, scope, statsYear, yearOf } from './stats-common';

export const FIRST_GROWTH_YEAR = 2015;
export const TARGET_BASE_YEAR = 2022;

/** "2025-T3": calendar quarters, as the school's reports write them (T = trimestre). */
export function quarterLabel(iso: string): string {
  return `${iso.slice(0, 4)}-T${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`;
}

/** The 12 quarters up to the one containing `asOf`, oldest first. */
export function lastQuarters(asOf: string, n = 12): string[] {
  const firstMonthOfQuarter = `${asOf.slice(0, 4)}-${String(Math.floor((Number(asOf.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
  return Array.from({ length: n }, (_, i) => quarterLabel(addMonths(firstMonthOfQuarter, -3 * (n - 1 - i))));
}

export function growthStats(store: Store, q: StatsQuery): GrowthStats {
  const inScope = scope(q);
  const partnerOk = partnerInScope(store, inScope);
  const currentYear = statsYear(store, q.year);
  const asOf = asOfYear(store, currentYear);

  const newPerYear = new Map<number, number>();
  for (const p of store.partners.rows) {
    if (p.archived || p.partnerSince === null || p.partnerSince > asOf || !inScope(p)) continue;
    const y = academicYearOf(p.partnerSince);
    newPerYear.set(y, (newPerYear.get(y) ?? 0) + 1);
  }
  const partnersPerYear = [];
  for (let y = FIRST_GROWTH_YEAR; y <= currentYear; y++) {
    partnersPerYear.push({ year: y, new: newPerYear.get(y) ?? 0, active: activePartnersAt(store, asOfYear(store, y), inScope) });
  }

  const studentsPerYear = [...store.data.yearlyFigures]
    .sort((a, b) => a.year - b.year)
    .map((r) => ({ year: r.year, students: r.students, apprentices: r.apprentices, share: round(share(r.apprentices, r.students)) }));
  const baseStudents = store.data.yearlyFigures.find((r) => r.year === TARGET_BASE_YEAR)?.students ?? 0;
  const band = targetBand(baseStudents, 0.2, 0.3);

  const quarters = lastQuarters(asOf);
  const perQuarter = new Map(quarters.map((label) => [label, { quarter: label, hours: 0, revenue: 0 }]));
  for (const b of store.bookings.rows) {
    if (b.status === 'cancelled' || b.start.slice(0, 10) > asOf || !partnerOk(b.partnerId)) continue;
    const bucket = perQuarter.get(quarterLabel(b.start));
    if (!bucket) continue;
    bucket.hours += bookingHours(b);
    bucket.revenue += bookingRevenue(b, store.equipment.get(b.equipmentId));
  }

  const todayYear = yearOf(store.today);
  const startupYears = new Map<number, { year: number; created: number; alive: number }>();
  for (const s of store.startups.rows) {
    if (!inScope(s) || s.foundedYear > todayYear) continue;
    const row = startupYears.get(s.foundedYear) ?? { year: s.foundedYear, created: 0, alive: 0 };
    row.created++;
    if (s.status !== 'closed') row.alive++;
    startupYears.set(s.foundedYear, row);
  }

  return {
    partnersPerYear,
    studentsPerYear,
    target: { baseYear: TARGET_BASE_YEAR, baseStudents, low: band.low, high: band.high },
    equipmentPerQuarter: [...perQuarter.values()].map((r) => ({ quarter: r.quarter, hours: round(r.hours, 2), revenue: round(r.revenue, 2) })),
    startupsPerYear: [...startupYears.values()].sort((a, b) => a.year - b.year),
  };
}

/** Incubator survival by founding cohort, pooled at 3 and 5 years, beside the 72 % benchmark. */
export function survivalStats(store: Store, q: StatsQuery): SurvivalStats {
  const inScope = scope(q);
  const startups = store.startups.rows.filter((s) => inScope(s));
  const asOfYearNumber = yearOf(store.today);
  const rate = (n: number) => {
    const r = survivalRateAt(startups, n, asOfYearNumber);
    return r === null ? null : round(r);
  };
  return {
    cohorts: survivalByCohort(startups, asOfYearNumber, 10).map((c) => ({ ...c, aliveAt: c.aliveAt.map((r) => (r === null ? null : round(r))) })),
    at3: rate(3),
    at5: rate(5),
    benchmark5: SCHOOL_INCUBATOR_BENCHMARK_5Y,
  };
}
