import * as z from 'zod/mini';
import { StatsQuery } from '@/contract/queries';
import { optionalInt } from '@/contract/primitives';

/**
 * The overview's URL: the academic year of the tiles (`year`), where the growth charts start
 * (`from`), and the sector and territory filters shared with the API's statistics.
 */
export const OverviewQuery = z.extend(StatsQuery, { from: optionalInt(2000, 2100) });
export type OverviewQuery = z.infer<typeof OverviewQuery>;

/** First academic year the growth charts can show (the data starts in 2008; partners since 2015). */
export const FIRST_YEAR = 2015;

/** The academic years a director can pick, newest first, up to the one containing `today`. */
export function selectableYears(today: string): number[] {
  const y = Number(today.slice(0, 4));
  const current = Number(today.slice(5, 7)) >= 9 ? y : y - 1;
  const years: number[] = [];
  for (let v = current; v >= FIRST_YEAR; v--) years.push(v);
  return years;
}

/** The statistics query for the API: the filters, without the charts' start year. */
export function statsFilters(q: OverviewQuery): StatsQuery {
  return { year: q.year, sector: q.sector, department: q.department };
}
