import { INTL_LOCALES } from '@/lib/format';
import type { Locale } from '@/lib/format';

/**
 * Calendar arithmetic on ISO dates ("2026-11-26"). Tasks are due on days, not instants: every
 * computation runs on UTC midnights so that no time zone or daylight-saving change shifts a day.
 */

const DAY = 86_400_000;
const toMs = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
const fromMs = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/**
 * Today as the person in front of the screen sees it: the browser's local calendar day (in Alès,
 * 00:30 on the 27th is the 27th even though it is still the 26th in UTC).
 */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function addDays(iso: string, days: number): string {
  return fromMs(toMs(iso) + days * DAY);
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toMs(to) - toMs(from)) / DAY);
}

/** The Sunday that closes the (Monday-first, French) week of `iso`; a Sunday closes its own week. */
export function endOfWeek(iso: string): string {
  const weekday = new Date(toMs(iso)).getUTCDay(); // 0 = Sunday
  return addDays(iso, weekday === 0 ? 0 : 7 - weekday);
}

/**
 * "dans 3 jours", "il y a 2 jours", "demain", "aujourd’hui"; beyond a month, in months ("dans 2 mois"),
 * which is how people speak of a follow-up that far away.
 */
export function relativeDay(locale: Locale, days: number): string {
  if (Math.abs(days) <= 1) return relativeFormat(locale, 'auto').format(days, 'day');
  if (Math.abs(days) < 45) return relativeFormat(locale, 'always').format(days, 'day');
  return relativeFormat(locale, 'always').format(Math.round(days / 30.44), 'month');
}

// Building an Intl formatter costs more than using it, and a list formats hundreds of dates.
const formats = new Map<string, Intl.RelativeTimeFormat>();
function relativeFormat(locale: Locale, numeric: 'auto' | 'always'): Intl.RelativeTimeFormat {
  const key = `${locale}|${numeric}`;
  let f = formats.get(key);
  if (!f) formats.set(key, (f = new Intl.RelativeTimeFormat(INTL_LOCALES[locale], { numeric })));
  return f;
}
