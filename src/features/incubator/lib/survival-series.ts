import type { SurvivalStats } from '@/contract/stats';

/**
 * The survival curve as a director can read it: 40-odd cohorts drawn one by one would be a tangle,
 * so cohorts are pooled by era (the small early years together, then decade by decade) beside the
 * curve of all cohorts pooled. Pooling weights each cohort by its size, as the published 88 % does.
 */

export type Cohort = SurvivalStats['cohorts'][number];

export interface CohortGroup {
  key: string;
  from: number;
  to: number;
  cohorts: Cohort[];
}

export interface SurvivalSeries {
  key: string;
  /** "1984–1999"; undefined for the pooled curve of every cohort (the caller names it). */
  label?: string;
}

/** One row per number of years after founding; a series is null where no cohort is old enough. */
export type SurvivalRow = { years: number } & Record<string, number | null>;

export const ALL_KEY = 'all';

/** Groups cohorts by decade, the years before `firstDecade` in one group (they are small). */
export function groupCohorts(cohorts: readonly Cohort[], firstDecade = 2000): CohortGroup[] {
  const groups = new Map<number, Cohort[]>();
  for (const c of cohorts) {
    if (c.size === 0) continue;
    const start = c.year < firstDecade ? -Infinity : Math.floor(c.year / 10) * 10;
    const list = groups.get(start);
    if (list) list.push(c);
    else groups.set(start, [c]);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, list], i) => {
      const years = list.map((c) => c.year);
      return { key: `g${i}`, from: Math.min(...years), to: Math.max(...years), cohorts: list };
    });
}

/** Share alive at n years over the cohorts old enough, weighted by size; null if none is. */
export function pooledRate(cohorts: readonly Cohort[], n: number): number | null {
  let alive = 0;
  let size = 0;
  for (const c of cohorts) {
    const rate = c.aliveAt[n - 1];
    if (rate === null || rate === undefined) continue;
    alive += rate * c.size;
    size += c.size;
  }
  return size === 0 ? null : Math.round((alive / size) * 10_000) / 10_000;
}

export function survivalSeries(cohorts: readonly Cohort[], maxYears = 10): { rows: SurvivalRow[]; series: SurvivalSeries[] } {
  const groups = groupCohorts(cohorts);
  const series: SurvivalSeries[] = [{ key: ALL_KEY }, ...groups.map((g) => ({ key: g.key, label: g.from === g.to ? String(g.from) : `${g.from}–${g.to}` }))];
  const rows: SurvivalRow[] = [];
  for (let n = 1; n <= maxYears; n++) {
    const row: SurvivalRow = { years: n, [ALL_KEY]: pooledRate(cohorts, n) };
    for (const g of groups) row[g.key] = pooledRate(g.cohorts, n);
    rows.push(row);
  }
  // A series with nothing to draw (every cohort too young) would only clutter the legend.
  const drawn = series.filter((s) => rows.some((r) => r[s.key] !== null));
  return { rows: rows.filter((r) => drawn.some((s) => r[s.key] !== null)), series: drawn };
}

/**
 * The lowest tick of the rate axis: the tenth below the lowest value or reference line, with some
 * room under it for the reference labels. Rates near 100 % would otherwise be squashed flat.
 */
export function axisFloor(rows: readonly SurvivalRow[], references: readonly number[]): number {
  let min = Math.min(...references);
  for (const r of rows) for (const [k, v] of Object.entries(r)) if (k !== 'years' && typeof v === 'number') min = Math.min(min, v);
  return Math.max(0, Math.floor((min - 0.05) * 10) / 10);
}

/** Ticks every 10 points from the floor to 100 %. */
export function rateTicks(floor: number): number[] {
  const ticks: number[] = [];
  for (let i = Math.round(floor * 10); i <= 10; i++) ticks.push(i / 10);
  return ticks;
}
