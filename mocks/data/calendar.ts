/**
 * Calendar arithmetic on day numbers (days since 1970-01-01, UTC), private to the generator: it
 * runs hundreds of thousands of times at scale 100, so ISO strings are cached instead of going
 * through Date for every row.
 */

const MS_PER_DAY = 86_400_000;
const CACHE_FROM = Date.UTC(1960, 0, 1) / MS_PER_DAY;
const CACHE_TO = Date.UTC(2100, 0, 1) / MS_PER_DAY;
const isoCache: (string | undefined)[] = [];

export function dayOf(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

export function parseIsoDay(iso: string): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  const day = dayOf(y, m, d);
  if (!Number.isFinite(day) || !/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`Not an ISO date: ${iso}`);
  return day;
}

export function isoDay(day: number): string {
  if (day >= CACHE_FROM && day < CACHE_TO) {
    const hit = isoCache[day - CACHE_FROM];
    if (hit !== undefined) return hit;
    const s = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    isoCache[day - CACHE_FROM] = s;
    return s;
  }
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** An instant on `day` at hh:mm UTC, in the offset form the contract requires. */
export function isoInstant(day: number, hour: number, minute = 0): string {
  return `${isoDay(day)}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`;
}

export function yearOfDay(day: number): number {
  return Number(isoDay(day).slice(0, 4));
}

export function monthOfDay(day: number): number {
  return Number(isoDay(day).slice(5, 7));
}

/** 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday). */
export function weekday(day: number): number {
  return (((day + 3) % 7) + 7) % 7;
}

/** The same date `years` later (29 February falls back to the 28th). */
export function addYears(day: number, years: number): number {
  const iso = isoDay(day);
  const y = Number(iso.slice(0, 4)) + years;
  const m = Number(iso.slice(5, 7));
  const d = Math.min(Number(iso.slice(8, 10)), m === 2 && !isLeap(y) ? 28 : 31);
  return dayOf(y, m, d);
}

export function addMonths(day: number, months: number): number {
  const iso = isoDay(day);
  const total = Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1 + months;
  const y = Math.floor(total / 12);
  const m = (total % 12) + 1;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return dayOf(y, m, Math.min(Number(iso.slice(8, 10)), last));
}

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** The academic year (its first calendar year) a date belongs to: it starts on 1 September. */
export function academicYearOfDay(day: number): number {
  const y = yearOfDay(day);
  return monthOfDay(day) >= 9 ? y : y - 1;
}

/** The apprentice census date of an academic year (1 October, as the ministry counts). */
export function censusDay(year: number): number {
  return dayOf(year, 10, 1);
}

/** Moves a day off the weekend (Saturday → Monday, Sunday → Monday). */
export function workingDay(day: number): number {
  const w = weekday(day);
  return w === 5 ? day + 2 : w === 6 ? day + 1 : day;
}

/** The n-th given weekday (0 = Monday) of a month, e.g. the third Thursday of November. */
export function nthWeekday(year: number, month: number, wd: number, n: number): number {
  const first = dayOf(year, month, 1);
  return first + ((wd - weekday(first) + 7) % 7) + 7 * (n - 1);
}
