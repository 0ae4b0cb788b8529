import type { Booking, EquipmentItem, Partner, Startup } from '../../src/contract/entities';
import { durationHours } from '../../src/domain/booking';
import { academicYearOf, addDays, addMonths, parseIsoDate } from '../../src/domain/dates';
import type { Store } from './database';

/**
 * Shared definitions of the statistics (docs/api.md, "Statistics"): the academic year, the date a
 * figure is true at, what the sector and territory filters apply to, and how equipment time and
 * revenue are counted.
 */

/** The academic year asked for (its first calendar year), or the one `today` is in. */
export function statsYear(store: Store, year: number | undefined): number {
  return year ?? academicYearOf(store.today);
}

/** A year's figures are as of its last day (31 August), or today for the year in progress. */
export function asOfYear(store: Store, year: number): string {
  const end = `${year + 1}-08-31`;
  return end < store.today ? end : store.today;
}

export const yearOf = (iso: string) => Number(iso.slice(0, 4));

export type ScopeFilter = { sector: readonly string[]; department: readonly string[] };
export type InScope = (thing: { sector: string; department: string } | undefined) => boolean;

/** Sector and department filters, applied to a company (or a start-up's own sector and department). */
export function scope(q: ScopeFilter): InScope {
  const sectors = new Set(q.sector);
  const departments = new Set(q.department);
  return (thing) => thing !== undefined && (!sectors.size || sectors.has(thing.sector)) && (!departments.size || departments.has(thing.department));
}

export function partnerInScope(store: Store, inScope: InScope): (partnerId: string) => boolean {
  return (partnerId) => inScope(store.partners.get(partnerId));
}

/** When a company entered the records: the earlier of its creation and of the partnership's start. */
export function knownSince(p: Partner): string {
  const created = p.createdAt.slice(0, 10);
  return p.partnerSince !== null && p.partnerSince < created ? p.partnerSince : created;
}

export function activePartnersAt(store: Store, asOf: string, inScope: InScope): number {
  let n = 0;
  for (const p of store.partners.rows) {
    if (!p.archived && p.stage === 'active' && p.partnerSince !== null && p.partnerSince <= asOf && inScope(p)) n++;
  }
  return n;
}

/**
 * Hours a booking occupies the item: its duration counted on weekdays only, at most 10 h a day. A
 * one-day booking counts its plain duration; a 3-day fire test (Friday 8:00 → Tuesday 17:00) counts
 * 3 working days, not the 105 hours between its ends, so utilisation stays a share of bookable time.
 */
export function bookingHours(b: Booking): number {
  const start = Date.parse(b.start);
  const end = Date.parse(b.end);
  if (!(end > start)) return 0;
  if (utcDay(start) === utcDay(end - 1)) return Math.min(durationHours(b), HOURS_PER_WEEKDAY);
  let hours = 0;
  for (let day = utcDay(start); day < end; day += MS_PER_DAY) {
    const wd = new Date(day).getUTCDay();
    if (wd === 0 || wd === 6) continue;
    const overlap = (Math.min(end, day + MS_PER_DAY) - Math.max(start, day)) / 3_600_000;
    hours += Math.min(Math.max(overlap, 0), HOURS_PER_WEEKDAY);
  }
  return hours;
}

/** Weekdays a booking touches: what a day rate is charged for. */
export function bookingDays(b: Booking): number {
  const start = Date.parse(b.start);
  const end = Date.parse(b.end);
  let days = 0;
  for (let day = utcDay(start); day < end; day += MS_PER_DAY) {
    const wd = new Date(day).getUTCDay();
    if (wd !== 0 && wd !== 6) days++;
  }
  return Math.max(days, 1);
}

/** What a booking brings in: the invoice once issued, else the rate times the booked time. */
export function bookingRevenue(b: Booking, item: EquipmentItem | undefined): number {
  if (b.invoiced > 0 || !item) return b.invoiced;
  return item.rateUnit === 'hour' ? item.rate * bookingHours(b) : item.rate * bookingDays(b);
}

const MS_PER_DAY = 86_400_000;
const utcDay = (ms: number) => Math.floor(ms / MS_PER_DAY) * MS_PER_DAY;

/** Non-cancelled bookings starting in the day range (from, to]; the usual "last 12 months" window. */
export function bookingsIn(store: Store, fromExclusive: string, toInclusive: string, keep: (b: Booking) => boolean = () => true): Booking[] {
  const out: Booking[] = [];
  for (const b of store.bookings.rows) {
    if (b.status === 'cancelled') continue;
    const day = b.start.slice(0, 10);
    if (day > fromExclusive && day <= toInclusive && keep(b)) out.push(b);
  }
  return out;
}

export const twelveMonthsBefore = (asOf: string) => addMonths(asOf, -12);

/** Alive in a calendar year: founded by then and not closed yet (an acquisition is an exit, not a death). */
export function startupAliveIn(s: Startup, year: number): boolean {
  if (s.foundedYear > year) return false;
  if (s.status !== 'closed') return true;
  return s.closedYear !== null && s.closedYear > year;
}

/** Monday–Friday days in [from, to]. */
export function weekdaysBetween(from: string, to: string): number {
  let n = 0;
  for (let d = from; d <= to; d = addDays(d, 1)) {
    const wd = parseIsoDate(d).getUTCDay();
    if (wd !== 0 && wd !== 6) n++;
  }
  return n;
}

/** Bookable hours per weekday: the platforms are staffed 8:00–18:00. */
export const HOURS_PER_WEEKDAY = 10;

export const round = (x: number, digits = 4) => Math.round(x * 10 ** digits) / 10 ** digits;
