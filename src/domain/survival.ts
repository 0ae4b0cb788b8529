/**
 * Incubator survival: the share of start-ups still alive N years after their founding (DATA.md: 88%
 * at 5 years for IMT Mines Alès against 72% for school incubators in general).
 */

export type StartupLife = { foundedYear: number; status: 'active' | 'closed' | 'acquired'; closedYear: number | null };

/** CGE study of French engineering-school incubators. */
export const SCHOOL_INCUBATOR_BENCHMARK_5Y = 0.72;
/** The school's own published figure (2022). */
export const IMT_ALES_PUBLISHED_5Y = 0.88;

/**
 * An acquisition is an exit, not a failure, so acquired companies count as survivors. A closed
 * company with no known closing year cannot be shown to have lasted, so it counts as not surviving.
 */
export function survivedYears(s: StartupLife, n: number): boolean {
  if (s.status !== 'closed') return true;
  return s.closedYear !== null && s.closedYear - s.foundedYear >= n;
}

/** A company founded less than n years ago has not had the chance to fail or survive n years. */
function isEligible(s: StartupLife, n: number, asOfYear: number): boolean {
  return s.foundedYear + n <= asOfYear;
}

function rate(startups: readonly StartupLife[], n: number): number | null {
  if (startups.length === 0) return null;
  return startups.filter((s) => survivedYears(s, n)).length / startups.length;
}

/** Pooled over every eligible company (not a mean of cohort rates), as the published figure is. */
export function survivalRateAt(startups: StartupLife[], n: number, asOfYear: number): number | null {
  return rate(
    startups.filter((s) => isEligible(s, n, asOfYear)),
    n,
  );
}

export type CohortSurvival = { year: number; size: number; aliveAt: (number | null)[] };

/** One row per founding year, ascending; aliveAt[n - 1] is the share alive at n years. */
export function survivalByCohort(startups: StartupLife[], asOfYear: number, maxYears = 10): CohortSurvival[] {
  const cohorts = new Map<number, StartupLife[]>();
  for (const s of startups) {
    const cohort = cohorts.get(s.foundedYear);
    if (cohort) cohort.push(s);
    else cohorts.set(s.foundedYear, [s]);
  }
  return [...cohorts.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, members]) => ({
      year,
      size: members.length,
      aliveAt: Array.from({ length: Math.max(0, maxYears) }, (_, i) => (year + i + 1 > asOfYear ? null : rate(members, i + 1))),
    }));
}
