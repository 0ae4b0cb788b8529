import type { Booking, MaintenanceWindow } from '../../src/contract/entities';
import { findConflict, nextFreeSlot, overlaps } from '../../src/domain/booking';
import type { Interval } from '../../src/domain/booking';
import { addDays, parseIsoDate } from '../../src/domain/dates';
import type { Store } from './database';

/** What occupies an item: its bookings that are not cancelled, and its maintenance windows. */
export function occupancy(store: Store, equipmentId: string, excludeBookingId?: string): { bookings: Booking[]; maintenance: MaintenanceWindow[] } {
  return {
    bookings: store.bookings.by('equipment', equipmentId).filter((b) => b.status !== 'cancelled' && b.id !== excludeBookingId),
    maintenance: [...store.maintenance.by('equipment', equipmentId)],
  };
}

export type SlotCheck =
  | { ok: true }
  | { ok: false; reason: 'maintenance'; window: MaintenanceWindow; suggestion: Interval }
  | { ok: false; reason: 'booking'; booking: Booking; suggestion: Interval };

/** A maintenance window is named first: no booking can move it, whereas another booking might. */
export function checkSlot(store: Store, equipmentId: string, candidate: Interval, excludeBookingId?: string): SlotCheck {
  const { bookings, maintenance } = occupancy(store, equipmentId, excludeBookingId);
  const window = findConflict(candidate, maintenance);
  const booking = window ? undefined : findConflict(candidate, bookings);
  if (!window && !booking) return { ok: true };
  const suggestion = nextFreeSlot(candidate, [...bookings, ...maintenance]);
  return window ? { ok: false, reason: 'maintenance', window, suggestion } : { ok: false, reason: 'booking', booking: booking!, suggestion };
}

const HALF_DAYS: readonly [string, string][] = [
  ['08:00', '12:00'],
  ['14:00', '18:00'],
];

/** Start of the first free weekday half-day after today, within a year; null when the item is fully booked. */
export function nextFreeHalfDay(store: Store, equipmentId: string): string | null {
  const from = Date.parse(`${addDays(store.today, 1)}T00:00:00.000Z`);
  const { bookings, maintenance } = occupancy(store, equipmentId);
  const busy: Interval[] = [...bookings, ...maintenance].filter((i) => Date.parse(i.end) > from);
  for (let i = 1; i <= 366; i++) {
    const day = addDays(store.today, i);
    const wd = parseIsoDate(day).getUTCDay();
    if (wd === 0 || wd === 6) continue;
    for (const [start, end] of HALF_DAYS) {
      const slot = { start: `${day}T${start}:00.000Z`, end: `${day}T${end}:00.000Z` };
      if (!busy.some((b) => overlaps(slot, b))) return slot.start;
    }
  }
  return null;
}
