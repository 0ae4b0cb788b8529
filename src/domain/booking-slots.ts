/**
 * Slots of equipment: what may be booked when, what is in the way, and the next free slot to offer
 * instead. Pure rules over the intervals each implementation of the API reads from its own storage.
 */
import type { Interval } from './booking';
import { nextFreeSlot, overlaps } from './booking';
import { addDays, formatFrDate, parseIsoDate } from './dates';

export const END_AFTER_START = 'La fin doit être postérieure au début';
export const ITEM_CLOSED = 'Cet équipement n’est pas ouvert aux entreprises';

/** Bookings that hold their slot: all but the cancelled ones. */
export const FREEING_STATUSES = ['cancelled'] as const;
/** A maintenance window may be laid over a booking that is cancelled or already done. */
export const MAINTENANCE_PASSES_OVER = ['cancelled', 'completed'] as const;

/**
 * One spelling per instant (UTC, milliseconds, "Z"): stored this way, instants sort as text, so
 * that range queries on (equipmentId, start) are exact.
 */
export function canonicalInstant(iso: string): string {
  return new Date(Date.parse(iso)).toISOString();
}

export const endsAfterStart = (i: Interval) => Date.parse(i.end) > Date.parse(i.start);

type Held = Interval & { id: string };

/** The overlapping interval that starts first (then the smallest id): what is in the way first. */
export function firstConflict<T extends Held>(candidate: Interval, existing: readonly T[]): T | undefined {
  let first: T | undefined;
  for (const e of existing) {
    if (!overlaps(candidate, e)) continue;
    const d = first ? Date.parse(e.start) - Date.parse(first.start) : -1;
    if (!first || d < 0 || (d === 0 && e.id < first.id)) first = e;
  }
  return first;
}

export type SlotCheck<B extends Held, M extends Held> =
  | { ok: true }
  | { ok: false; reason: 'maintenance'; window: M; suggestion: Interval }
  | { ok: false; reason: 'booking'; booking: B; suggestion: Interval };

/**
 * `bookings` are the item's bookings that hold their slot, `maintenance` its windows; only those
 * ending after the candidate starts matter. A maintenance window is named first: no booking can
 * move it, whereas another booking might.
 */
export function checkSlot<B extends Held, M extends Held>(candidate: Interval, bookings: readonly B[], maintenance: readonly M[]): SlotCheck<B, M> {
  const window = firstConflict(candidate, maintenance);
  const booking = window ? undefined : firstConflict(candidate, bookings);
  if (!window && !booking) return { ok: true };
  const suggestion = nextFreeSlot(candidate, [...bookings, ...maintenance]);
  return window ? { ok: false, reason: 'maintenance', window, suggestion } : { ok: false, reason: 'booking', booking: booking!, suggestion };
}

/** What a 409 says about a refused slot (`partnerName` of the booking in the way, when it is one). */
export function slotConflict<B extends Held, M extends Held & { reason: string }>(
  check: Exclude<SlotCheck<B, M>, { ok: true }>,
  partnerName: string | null,
): { detail: string; conflictId: string; suggestion: Interval } {
  if (check.reason === 'maintenance') {
    const { window } = check;
    return {
      detail: `L’équipement est en maintenance du ${formatFrDate(window.start.slice(0, 10))} au ${formatFrDate(window.end.slice(0, 10))} : ${window.reason}.`,
      conflictId: window.id,
      suggestion: check.suggestion,
    };
  }
  return {
    detail: `Ce créneau chevauche une réservation de ${partnerName ?? 'une autre entreprise'}.`,
    conflictId: check.booking.id,
    suggestion: check.suggestion,
  };
}

/** What a 409 says when maintenance is asked over a booking: the platform must move it first. */
export function maintenanceClash(booking: Held, partnerName: string | null): { detail: string; conflictId: string } {
  return {
    detail: `Une réservation de ${partnerName ?? 'une entreprise'} occupe déjà ce créneau (à partir du ${formatFrDate(booking.start.slice(0, 10))}).`,
    conflictId: booking.id,
  };
}

const HOUR_MS = 3_600_000;
/** Half-days as [start, end) hours of the UTC day. */
const HALF_DAYS: readonly [number, number][] = [
  [8, 12],
  [14, 18],
];
/** How far the catalogue looks for a free half-day: a year after today. */
const FREE_HALF_DAY_HORIZON_DAYS = 366;

/** Where the search starts: what ends by then cannot be in the way. */
export const freeHalfDaySearchStart = (today: string) => `${addDays(today, 1)}T00:00:00.000Z`;

/** Start of the first free weekday half-day after today, within a year; null when the item is fully booked. */
export function firstFreeHalfDay(today: string, occupied: readonly Interval[]): string | null {
  const from = Date.parse(freeHalfDaySearchStart(today));
  // Instants read once: the search compares each half-day with everything that occupies the item.
  const busy = occupied.map(bounds).filter(([, e]) => e > from);
  for (let i = 1; i <= FREE_HALF_DAY_HORIZON_DAYS; i++) {
    const day = addDays(today, i);
    const midnight = parseIsoDate(day);
    const wd = midnight.getUTCDay();
    if (wd === 0 || wd === 6) continue;
    for (const [startHour, endHour] of HALF_DAYS) {
      const start = midnight.getTime() + startHour * HOUR_MS;
      const end = midnight.getTime() + endHour * HOUR_MS;
      // overlaps(): sharing an instant of [start, end).
      if (!busy.some(([s, e]) => Math.max(s, start) < Math.min(e, end))) return new Date(start).toISOString();
    }
  }
  return null;
}

function bounds(i: Interval): [number, number] {
  const s = Date.parse(i.start);
  const e = Date.parse(i.end);
  if (Number.isNaN(s) || Number.isNaN(e)) throw new RangeError(`Not an ISO date-time: "${i.start}" – "${i.end}"`);
  return [s, e];
}
