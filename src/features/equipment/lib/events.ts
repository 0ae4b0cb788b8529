import type { BookingRow } from '@/contract/api';
import type { MaintenanceWindow } from '@/contract/entities';
import { touchesDays } from './calendar';

/** What the calendar shows: bookings (any status) and maintenance windows, in start order. */
export type CalendarEvent =
  | { kind: 'booking'; id: string; start: string; end: string; booking: BookingRow }
  | { kind: 'maintenance'; id: string; start: string; end: string; window: MaintenanceWindow };

export function calendarEvents(bookings: readonly BookingRow[], maintenance: readonly MaintenanceWindow[], first: string, last: string): CalendarEvent[] {
  const events: CalendarEvent[] = [
    ...bookings.map((b) => ({ kind: 'booking' as const, id: b.id, start: b.start, end: b.end, booking: b })),
    ...maintenance.map((w) => ({ kind: 'maintenance' as const, id: w.id, start: w.start, end: w.end, window: w })),
  ];
  return events
    .filter((e) => touchesDays(e, first, last))
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || Date.parse(a.end) - Date.parse(b.end) || a.id.localeCompare(b.id));
}

/** Maintenance windows to come (soonest first), then past ones (latest first). */
export function upcomingFirst<T extends { start: string; end: string }>(rows: readonly T[], now: number): T[] {
  const upcoming = rows.filter((r) => Date.parse(r.end) >= now).sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  const past = rows.filter((r) => Date.parse(r.end) < now).sort((a, b) => Date.parse(b.start) - Date.parse(a.start));
  return [...upcoming, ...past];
}
