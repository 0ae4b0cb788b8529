import { academicYearLabel } from '@/domain/dates';
import type { ApprenticesKey } from '../messages';
import { cohortTakeaway, shareOfYear } from './census';
import type { CohortCount, ShareRow } from './census';

/** The one sentence under each chart, computed from its data (key + values, worded by the catalogue). */
export interface TakeawayText {
  key: ApprenticesKey;
  vars: Record<string, string>;
}
export interface Formatters {
  number: (v: number) => string;
  percent: (v: number) => string;
  change: (rate: number) => string;
}

/** "Promotion 2022 : 143 contrats signés, −3 % par rapport à la promotion 2021." */
export function cohortChartTakeaway(series: readonly CohortCount[], cohort: number, f: Formatters): TakeawayText {
  const x = cohortTakeaway(series, cohort);
  if (x.kind === 'none') return { key: 'apprentices.cohortChart.takeawayNone', vars: { cohort: String(cohort) } };
  if (x.kind === 'first') return { key: 'apprentices.cohortChart.takeawayFirst', vars: { cohort: String(cohort), count: f.number(x.count) } };
  return {
    key: 'apprentices.cohortChart.takeaway',
    vars: { cohort: String(cohort), count: f.number(x.count), change: f.change(x.change), previous: String(x.previous) },
  };
}

/** "420 apprentis en 2022–23, soit 30 % des élèves (1 400 élèves)." */
export function shareChartTakeaway(series: readonly ShareRow[], year: number, f: Formatters): TakeawayText {
  const row = shareOfYear(series, year);
  const label = academicYearLabel(year);
  if (!row || row.students === 0) return { key: 'apprentices.shareChart.takeawayNone', vars: { year: label } };
  return {
    key: 'apprentices.shareChart.takeaway',
    vars: { apprentices: f.number(row.apprentices), year: label, share: f.percent(row.share), students: f.number(row.students) },
  };
}
