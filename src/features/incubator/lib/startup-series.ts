import type { Sector } from '@/contract/reference';
import type { Startup } from '@/contract/entities';

/** Pure series of the incubator's charts and key figures, from the list of start-ups. */

type Life = Pick<Startup, 'foundedYear' | 'status'>;

/** Acquired companies are alive: an acquisition is an exit, not a failure (domain/survival.ts). */
export const isAlive = (s: Pick<Startup, 'status'>): boolean => s.status !== 'closed';

export interface YearRow {
  year: number;
  created: number;
  alive: number;
  closed: number;
}

/** Every year from the first founding to the last, zeros included, so gaps show as gaps. */
export function startupsPerYear(startups: readonly Life[]): YearRow[] {
  if (startups.length === 0) return [];
  const years = startups.map((s) => s.foundedYear);
  const first = Math.min(...years);
  const last = Math.max(...years);
  const rows = Array.from({ length: last - first + 1 }, (_, i) => ({ year: first + i, created: 0, alive: 0, closed: 0 }));
  for (const s of startups) {
    const row = rows[s.foundedYear - first]!;
    row.created++;
    if (isAlive(s)) row.alive++;
    else row.closed++;
  }
  return rows;
}

export interface SectorRow {
  sector: Sector;
  startups: number;
  jobs: number;
  funds: number;
}

/** Jobs and funds by sector, largest first (by `by`); sectors without any start-up are left out. */
export function bySector(startups: readonly Pick<Startup, 'sector' | 'jobs' | 'fundsRaised'>[], by: 'jobs' | 'funds'): SectorRow[] {
  const map = new Map<Sector, SectorRow>();
  for (const s of startups) {
    const row = map.get(s.sector) ?? { sector: s.sector, startups: 0, jobs: 0, funds: 0 };
    row.startups++;
    row.jobs += s.jobs;
    row.funds += s.fundsRaised;
    map.set(s.sector, row);
  }
  return [...map.values()].sort((a, b) => b[by] - a[by] || b.startups - a.startups || a.sector.localeCompare(b.sector));
}

export interface IncubatorFigures {
  created: number;
  alive: number;
  aliveShare: number | null;
  jobs: number;
  funds: number;
  firstYear: number | null;
}

/**
 * Jobs and funds of the real success stories are not published (stored as 0): they add nothing to
 * the sums, which is why the view says "déclarés".
 */
export function incubatorFigures(startups: readonly Pick<Startup, 'foundedYear' | 'status' | 'jobs' | 'fundsRaised'>[]): IncubatorFigures {
  const alive = startups.filter(isAlive).length;
  return {
    created: startups.length,
    alive,
    aliveShare: startups.length ? alive / startups.length : null,
    jobs: startups.reduce((sum, s) => sum + s.jobs, 0),
    funds: startups.reduce((sum, s) => sum + s.fundsRaised, 0),
    firstYear: startups.length ? Math.min(...startups.map((s) => s.foundedYear)) : null,
  };
}

/** A real company whose figures are not published shows "non communiqué", never a false 0. */
export function isUndisclosed(s: Pick<Startup, 'synthetic'>, value: number): boolean {
  return !s.synthetic && value === 0;
}
