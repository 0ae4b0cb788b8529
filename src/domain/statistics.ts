/**
 * Shared definitions of the statistics (docs/api.md, "Statistics"): the academic year asked for,
 * the date a figure is true at, the windows and labels of the charts, and when a company entered
 * the records or a start-up was alive. Both implementations of the API count with these.
 */
import { academicYearOf, addMonths } from './dates';
import type { StartupLife } from './survival';

export const FIRST_GROWTH_YEAR = 2015;
export const TARGET_BASE_YEAR = 2022;

/** The academic year asked for (its first calendar year), or the one `today` is in. */
export function statsYear(today: string, year: number | undefined): number {
  return year ?? academicYearOf(today);
}

/** A year's figures are as of its last day (31 August), or today for the year in progress. */
export function yearAsOf(today: string, year: number): string {
  const end = `${year + 1}-08-31`;
  return end < today ? end : today;
}

export const yearOf = (iso: string) => Number(iso.slice(0, 4));

/** The usual "last 12 months" before a date: days in (this, asOf]. */
export const twelveMonthsBefore = (asOf: string) => addMonths(asOf, -12);

/**
 * What a year's flows (deals won, tax received) are compared with: the year before counted up to
 * the same day a year earlier. A year under way is then compared like with like — in November the
 * spring tax campaign has not started, and the whole of last year's would read as a 100 % fall.
 * For years already over the cut-off falls after the year before's end and changes nothing.
 */
export const comparableCutoff = (today: string) => twelveMonthsBefore(today);

/** When a company entered the records: the earlier of its creation and of the partnership's start. */
export function knownSince(p: { createdAt: string; partnerSince: string | null }): string {
  const created = p.createdAt.slice(0, 10);
  return p.partnerSince !== null && p.partnerSince < created ? p.partnerSince : created;
}

/** Alive in a calendar year: founded by then and not closed yet (an acquisition is an exit, not a death). */
export function startupAliveIn(s: StartupLife, year: number): boolean {
  if (s.foundedYear > year) return false;
  if (s.status !== 'closed') return true;
  return s.closedYear !== null && s.closedYear > year;
}

/** "2025-T3": calendar quarters, as the school's reports write them (T = trimestre); takes a day or a month. */
export function quarterLabel(iso: string): string {
  return `${iso.slice(0, 4)}-T${Math.floor((Number(iso.slice(5, 7)) - 1) / 3) + 1}`;
}

/** First day of the quarter containing the date. */
export function quarterStart(iso: string): string {
  return `${iso.slice(0, 4)}-${String(Math.floor((Number(iso.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
}

/** First day of the `n` quarters up to the one containing `asOf`. */
export const firstOfLastQuarters = (asOf: string, n = 12) => addMonths(quarterStart(asOf), -3 * (n - 1));

/** The `n` quarters up to the one containing `asOf`, oldest first. */
export function lastQuarters(asOf: string, n = 12): string[] {
  const first = firstOfLastQuarters(asOf, n);
  return Array.from({ length: n }, (_, i) => quarterLabel(addMonths(first, 3 * i)));
}

/** The last `months` calendar months up to today's (included): their first day and their labels ("2026-11"). */
export function lastMonths(today: string, months: number): { from: string; labels: string[] } {
  const n = Math.max(1, Math.round(months));
  const from = addMonths(`${today.slice(0, 7)}-01`, -(n - 1));
  return { from, labels: Array.from({ length: n }, (_, i) => addMonths(from, i).slice(0, 7)) };
}
