import type { Booking, MaintenanceWindow } from '../../src/contract/entities';
import type { Interval } from '../../src/domain/booking';
import { checkSlot as checkSlotOf, firstFreeHalfDay } from '../../src/domain/booking-slots';
import type { SlotCheck as SlotCheckOf } from '../../src/domain/booking-slots';
import type { Store } from './database';

/** What occupies an item: its bookings that are not cancelled, and its maintenance windows. */
export function occupancy(store: Store, equipmentId: string, excludeBookingId?: string): { bookings: Booking[]; maintenance: MaintenanceWindow[] } {
  return {
    bookings: store.bookings.by('equipment', equipmentId).filter((b) => b.status !== 'cancelled' && b.id !== excludeBookingId),
    maintenance: [...store.maintenance.by('equipment', equipmentId)],
  };
}

export type SlotCheck = SlotCheckOf<Booking, MaintenanceWindow>;

/** Whether the candidate is free on the item (src/domain/booking-slots.ts), with a suggestion when it is not. */
export function checkSlot(store: Store, equipmentId: string, candidate: Interval, excludeBookingId?: string): SlotCheck {
  const { bookings, maintenance } = occupancy(store, equipmentId, excludeBookingId);
  return checkSlotOf(candidate, bookings, maintenance);
}

/** Start of the first free weekday half-day after today, within a year; null when the item is fully booked. */
export function nextFreeHalfDay(store: Store, equipmentId: string): string | null {
  const { bookings, maintenance } = occupancy(store, equipmentId);
  return firstFreeHalfDay(store.today, [...bookings, ...maintenance]);
}
