/**
 * How equipment time is counted (docs/api.md, "Statistics"): booked hours, weekdays charged, revenue
 * and utilisation. Shared by the in-browser API and the server, which feed it rows of their own.
 */
import type { Interval } from './booking';
import { durationHours } from './booking';
import { addDays, addMonths, parseIsoDate } from './dates';

/** Bookable hours per weekday: the platforms are staffed 8:00–18:00. */
export const HOURS_PER_WEEKDAY = 10;

const MS_PER_DAY = 86_400_000;
const utcDay = (ms: number) => Math.floor(ms / MS_PER_DAY) * MS_PER_DAY;
const isWeekend = (dayMs: number) => {
  const wd = new Date(dayMs).getUTCDay();
  return wd === 0 || wd === 6;
};

/**
 * Hours a booking occupies the item: its duration counted on weekdays only, at most 10 h a day. A
 * one-day booking counts its plain duration; a 3-day fire test (Friday 8:00 → Tuesday 17:00) counts
 * 3 working days, not the 105 hours between its ends, so utilisation stays a share of bookable time.
 */
export function bookingHours(b: Interval): number {
  const start = Date.parse(b.start);
  const end = Date.parse(b.end);
  if (!(end > start)) return 0;
  if (utcDay(start) === utcDay(end - 1)) return Math.min(durationHours(b), HOURS_PER_WEEKDAY);
  let hours = 0;
  for (let day = utcDay(start); day < end; day += MS_PER_DAY) {
    if (isWeekend(day)) continue;
    const overlap = (Math.min(end, day + MS_PER_DAY) - Math.max(start, day)) / 3_600_000;
    hours += Math.min(Math.max(overlap, 0), HOURS_PER_WEEKDAY);
  }
  return hours;
}

/** Weekdays a booking touches: what a day rate is charged for (at least one). */
export function bookingDays(b: Interval): number {
  const start = Date.parse(b.start);
  const end = Date.parse(b.end);
  let days = 0;
  for (let day = utcDay(start); day < end; day += MS_PER_DAY) if (!isWeekend(day)) days++;
  return Math.max(days, 1);
}

export type Rate = { rate: number; rateUnit: string };

/** What a booking brings in: the invoice once issued, else the rate times the booked time. */
export function bookingRevenue(b: Interval & { invoiced: number }, item: Rate | undefined): number {
  if (b.invoiced > 0 || !item) return b.invoiced;
  return item.rateUnit === 'hour' ? item.rate * bookingHours(b) : item.rate * bookingDays(b);
}

/** Monday–Friday days in [from, to]. */
export function weekdaysBetween(from: string, to: string): number {
  let n = 0;
  for (let d = from; d <= to; d = addDays(d, 1)) if (!isWeekend(parseIsoDate(d).getTime())) n++;
  return n;
}

export const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;

/** Hours the platforms could be booked over [from, to]: weekdays × 10 h × items. */
export const bookableHours = (from: string, to: string, items = 1) => weekdaysBetween(from, to) * HOURS_PER_WEEKDAY * items;

/** Booked over bookable hours, 0..1 to 4 decimals; 0 when nothing was bookable. */
export const bookedShare = (bookedHours: number, available: number) => (available === 0 ? 0 : round(Math.min(1, bookedHours / available)));

export const utilisationShare = (bookedHours: number, from: string, to: string, items = 1) => bookedShare(bookedHours, bookableHours(from, to, items));

/** First day of the "last 12 months" an item's catalogue figure covers: [that day, today]. */
export const twelveMonthsFrom = (today: string) => addDays(addMonths(today, -12), 1);
