import type { Booking, Startup } from '../../src/contract/entities';
import { bookingHours, bookingRevenue } from '../../src/domain/booking-time';
import { knownSince, statsYear as statsYearOn, yearAsOf } from '../../src/domain/statistics';
import type { Store } from './database';

/**
 * The statistics' definitions (src/domain/statistics.ts, src/domain/booking-time.ts) applied to
 * the in-browser store: the filters as JavaScript predicates, and the store's rows gathered into the
 * aggregated inputs the answers are shaped from (the server gathers the same with SQL).
 */

export { bookingDays, bookingHours, bookingRevenue, HOURS_PER_WEEKDAY, round, weekdaysBetween } from '../../src/domain/booking-time';
export { knownSince, startupAliveIn, twelveMonthsBefore, yearOf } from '../../src/domain/statistics';

/** The academic year asked for (its first calendar year), or the one `today` is in. */
export const statsYear = (store: Store, year: number | undefined): number => statsYearOn(store.today, year);

/** A year's figures are as of its last day (31 August), or today for the year in progress. */
export const asOfYear = (store: Store, year: number): string => yearAsOf(store.today, year);

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

export function activePartnersAt(store: Store, asOf: string, inScope: InScope): number {
  let n = 0;
  for (const p of store.partners.rows) {
    if (!p.archived && p.stage === 'active' && p.partnerSince !== null && p.partnerSince <= asOf && inScope(p)) n++;
  }
  return n;
}

export function companiesKnownAt(store: Store, asOf: string, inScope: InScope): number {
  return store.partners.rows.filter((p) => !p.archived && inScope(p) && knownSince(p) <= asOf).length;
}

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

/** A booking's hours and revenue, the rate read from its item. */
export function bookingTime(store: Store, b: Booking): { hours: number; revenue: number } {
  return { hours: bookingHours(b), revenue: bookingRevenue(b, store.equipment.get(b.equipmentId)) };
}

/** Start-ups counted by what their survival depends on (the shape the server's GROUP BY gives). */
export type StartupCount = Pick<Startup, 'foundedYear' | 'status' | 'closedYear'> & { count: number };

export function countStartups(startups: readonly Startup[]): StartupCount[] {
  const groups = new Map<string, StartupCount>();
  for (const s of startups) {
    const key = `${s.foundedYear}|${s.status}|${s.closedYear}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { foundedYear: s.foundedYear, status: s.status, closedYear: s.closedYear, count: 1 });
  }
  return [...groups.values()];
}

/** Back to one entry per start-up, for the survival rules that take a list. */
export function expandStartups(groups: readonly StartupCount[]): StartupCount[] {
  return groups.flatMap((g) => Array.from({ length: g.count }, () => g));
}
