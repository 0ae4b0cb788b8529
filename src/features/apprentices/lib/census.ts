import type { ContractRow } from '@/contract/api';
import type { YearlyFigures } from '@/contract/entities';
import { SPECIALITIES } from '@/contract/reference';
import type { Speciality } from '@/contract/reference';
import { apprenticeCensusDate, isContractActiveOn } from '@/domain/apprenticeship';

/**
 * The figures of the view, from contract rows: an academic year's apprentices are the contracts
 * active on its census date (1 October), as the overview counts them (420 in 2022–23).
 */
export type BySpeciality = Record<Speciality, number>;
const zero = (): BySpeciality => ({ cmc: 0, 'informatique-reseaux': 0, mecatronique: 0 });

export interface CohortCount {
  cohort: number;
  counts: BySpeciality;
  total: number;
}
export interface CensusMatrix {
  date: string;
  rows: CohortCount[];
  totals: BySpeciality;
  total: number;
}

export function censusContracts<C extends Pick<ContractRow, 'start' | 'end' | 'brokenOffOn'>>(contracts: readonly C[], year: number): C[] {
  const date = apprenticeCensusDate(year);
  return contracts.filter((c) => isContractActiveOn(c, date));
}

/** Cohort × speciality counts on the census date, cohorts oldest first. */
export function censusMatrix(contracts: readonly ContractRow[], year: number): CensusMatrix {
  const rows = new Map<number, CohortCount>();
  const totals = zero();
  let total = 0;
  for (const c of censusContracts(contracts, year)) {
    let row = rows.get(c.cohortYear);
    if (!row) rows.set(c.cohortYear, (row = { cohort: c.cohortYear, counts: zero(), total: 0 }));
    row.counts[c.speciality]++;
    row.total++;
    totals[c.speciality]++;
    total++;
  }
  return { date: apprenticeCensusDate(year), rows: [...rows.values()].sort((a, b) => a.cohort - b.cohort), totals, total };
}

export interface HostRank {
  rank: number;
  partnerId: string;
  name: string;
  apprentices: number;
}

/** The companies hosting the most apprentices on the census date; ties share a rank, then by name. */
export function hostRanking(contracts: readonly ContractRow[], year: number, limit = 15): HostRank[] {
  const byHost = new Map<string, { name: string; apprentices: number }>();
  for (const c of censusContracts(contracts, year)) {
    const host = byHost.get(c.partnerId) ?? { name: c.partnerName, apprentices: 0 };
    host.apprentices++;
    byHost.set(c.partnerId, host);
  }
  const sorted = [...byHost]
    .map(([partnerId, h]) => ({ partnerId, ...h }))
    .sort((a, b) => b.apprentices - a.apprentices || a.name.localeCompare(b.name, 'fr'));
  const ranked: HostRank[] = [];
  sorted.slice(0, limit).forEach((h, i) => {
    const prev = ranked[i - 1];
    ranked.push({ ...h, rank: prev && prev.apprentices === h.apprentices ? prev.rank : i + 1 });
  });
  return ranked;
}

/** Contracts signed per cohort (the year they start), by speciality: every cohort from the first. */
export function cohortSeries(contracts: readonly Pick<ContractRow, 'cohortYear' | 'speciality'>[]): CohortCount[] {
  const rows = new Map<number, CohortCount>();
  for (const c of contracts) {
    let row = rows.get(c.cohortYear);
    if (!row) rows.set(c.cohortYear, (row = { cohort: c.cohortYear, counts: zero(), total: 0 }));
    row.counts[c.speciality]++;
    row.total++;
  }
  if (rows.size === 0) return [];
  const years = [...rows.keys()];
  const out: CohortCount[] = [];
  // A cohort without any contract still has its place on the axis.
  for (let y = Math.min(...years); y <= Math.max(...years); y++) out.push(rows.get(y) ?? { cohort: y, counts: zero(), total: 0 });
  return out;
}

export type CohortTakeaway =
  | { kind: 'none'; cohort: number }
  | { kind: 'first'; cohort: number; count: number }
  | { kind: 'change'; cohort: number; count: number; previous: number; change: number };

/** The sentence under the cohort chart, for the selected year's cohort. */
export function cohortTakeaway(series: readonly CohortCount[], cohort: number): CohortTakeaway {
  const row = series.find((r) => r.cohort === cohort);
  if (!row || row.total === 0) return { kind: 'none', cohort };
  const prev = series.find((r) => r.cohort === cohort - 1);
  if (!prev || prev.total === 0) return { kind: 'first', cohort, count: row.total };
  return { kind: 'change', cohort, count: row.total, previous: prev.cohort, change: row.total / prev.total - 1 };
}

export interface ShareRow {
  year: number;
  students: number;
  apprentices: number;
  /** 0..1; 0 when no students are known. */
  share: number;
}

export const SHARE_REFERENCE = 0.3;

export function shareSeries(figures: readonly YearlyFigures[]): ShareRow[] {
  return [...figures]
    .sort((a, b) => a.year - b.year)
    .map((f) => ({ year: f.year, students: f.students, apprentices: f.apprentices, share: f.students > 0 ? f.apprentices / f.students : 0 }));
}

export function shareOfYear(series: readonly ShareRow[], year: number): ShareRow | null {
  return series.find((r) => r.year === year) ?? null;
}

export { SPECIALITIES };
