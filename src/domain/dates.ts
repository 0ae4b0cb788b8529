/**
 * Calendar dates as 'YYYY-MM-DD' strings, read as UTC calendar days so that no time zone or
 * daylight-saving change can move a date by one (a contract starting "2022-09-01" starts on that
 * day wherever the browser is).
 */

const MS_PER_DAY = 86_400_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

type Ymd = { y: number; m: number; d: number };

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** `month` is 1..12. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function readYmd(s: string): Ymd | null {
  const match = ISO_DATE.exec(s);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  const d = Number(match[3]);
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

function ymd(s: string): Ymd {
  const parts = readYmd(s);
  if (!parts) throw new RangeError(`Not an ISO calendar date (YYYY-MM-DD): "${s}"`);
  return parts;
}

function fromYmd({ y, m, d }: Ymd): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** True for a real calendar day in 'YYYY-MM-DD' form ("2023-02-29" is not one). */
export function isIsoDate(s: string): boolean {
  return readYmd(s) !== null;
}

export function toIsoDate(d: Date): string {
  if (Number.isNaN(d.getTime())) throw new RangeError('Invalid Date');
  return fromYmd({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() });
}

/** UTC midnight of that day; throws a RangeError on anything but a real 'YYYY-MM-DD' date. */
export function parseIsoDate(s: string): Date {
  const { y, m, d } = ymd(s);
  const date = new Date(0);
  // setUTCFullYear, unlike Date.UTC, does not map years 0..99 to 1900..1999.
  date.setUTCFullYear(y, m - 1, d);
  return date;
}

export function addDays(iso: string, n: number): string {
  return toIsoDate(new Date(parseIsoDate(iso).getTime() + n * MS_PER_DAY));
}

/** Jan 31 + 1 month is Feb 28 (or 29): the day is clamped to the target month's last day. */
export function addMonths(iso: string, n: number): string {
  const { y, m, d } = ymd(iso);
  const total = y * 12 + (m - 1) + n;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  return fromYmd({ y: ny, m: nm, d: Math.min(d, daysInMonth(ny, nm)) });
}

/** Feb 29 + 1 year is Feb 28, as with addMonths. */
export function addYears(iso: string, n: number): string {
  return addMonths(iso, 12 * n);
}

/** a − b in days. */
export function diffDays(a: string, b: string): number {
  return Math.round((parseIsoDate(a).getTime() - parseIsoDate(b).getTime()) / MS_PER_DAY);
}

/** First calendar year of the academic year (Sept 1 → Aug 31) that contains the date. */
export function academicYearOf(iso: string): number {
  const { y, m } = ymd(iso);
  return m >= 9 ? y : y - 1;
}

/** 2022 → "2022–23" (en dash, as the school writes it). */
export function academicYearLabel(year: number): string {
  return `${year}–${String((year + 1) % 100).padStart(2, '0')}`;
}

/**
 * Whole months elapsed from a to b, negative when b is before a, and antisymmetric. It agrees with
 * addMonths: k months have elapsed once addMonths(a, k) <= b, so Jan 31 → Feb 28 is one month.
 */
export function monthsBetween(a: string, b: string): number {
  if (b < a) return -monthsBetween(b, a);
  const from = ymd(a);
  const to = ymd(b);
  const raw = (to.y - from.y) * 12 + (to.m - from.m);
  return addMonths(a, raw) <= b ? raw : raw - 1;
}

/** "2026-09-01" → "01/09/2026", the way French users read dates. */
export function formatFrDate(iso: string): string {
  const { y, m, d } = ymd(iso);
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}/${String(y).padStart(4, '0')}`;
}
