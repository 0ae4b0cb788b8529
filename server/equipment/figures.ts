import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { EquipmentItem } from '../../src/contract/entities';
import type { EquipmentListItem } from '../../src/contract/api';
import type { Interval } from '../../src/domain/booking';
import { firstFreeHalfDay, freeHalfDaySearchStart } from '../../src/domain/booking-slots';
import { bookableHours, bookedShare, twelveMonthsFrom } from '../../src/domain/booking-time';
import { addDays } from '../../src/domain/dates';
import type { Database } from '../db/schema';
import { spanEnd, spanHours, spanStart } from '../stats/sql';

/**
 * The catalogue's figures of each item: its utilisation over the last 12 months and its next free
 * half-day. Two queries for the whole list, each bounded by the number of items (a year of
 * bookings, and what is booked from tomorrow on), not by the history of the park.
 */

type Db = Kysely<Database>;

/**
 * A few items are named in the queries, so that the (equipmentId, start) index finds their rows; for
 * more, one pass over the period's rows is cheaper than a probe per item, and the others' are ignored.
 */
const NAMED_ITEMS_AT_MOST = 50;

export async function withFigures(db: Db, today: string, items: readonly EquipmentItem[]): Promise<EquipmentListItem[]> {
  if (items.length === 0) return [];
  const ids = items.length <= NAMED_ITEMS_AT_MOST ? items.map((e) => e.id) : null;
  const [hours, busy] = await Promise.all([hoursLast12Months(db, today, ids), occupiedFromTomorrow(db, today, ids)]);
  // The same bookable hours for every item: counted once.
  const available = bookableHours(twelveMonthsFrom(today), today);
  return items.map((e) => ({
    ...e,
    utilisation12m: bookedShare(hours.get(e.id) ?? 0, available),
    nextFreeSlot: firstFreeHalfDay(today, busy.get(e.id) ?? []),
  }));
}

/** Booked hours per item of non-cancelled bookings starting on a day in [today − 12 months + 1 day, today]. */
async function hoursLast12Months(db: Db, today: string, ids: readonly string[] | null): Promise<Map<string, number>> {
  let query = db
    .selectFrom('bookings as b')
    .select(['b.equipmentId', spanStart.as('spanStart'), spanEnd.as('spanEnd'), sql<number>`count(*)`.as('n')])
    .where('b.status', '<>', 'cancelled')
    .where('b.start', '>=', twelveMonthsFrom(today))
    .where('b.start', '<', addDays(today, 1))
    .groupBy(['b.equipmentId', spanStart, spanEnd]);
  if (ids) query = query.where('b.equipmentId', 'in', ids);
  const hours = new Map<string, number>();
  for (const r of await query.execute()) hours.set(r.equipmentId, (hours.get(r.equipmentId) ?? 0) + spanHours(r));
  return hours;
}

/**
 * What occupies each item from tomorrow on: bookings that hold their slot, and maintenance. Only
 * `end` narrows the rows (future bookings are a small part of the history).
 */
async function occupiedFromTomorrow(db: Db, today: string, ids: readonly string[] | null): Promise<Map<string, Interval[]>> {
  const from = freeHalfDaySearchStart(today);
  let bookings = db.selectFrom('bookings').select(['equipmentId', 'start', 'end']).where('status', '<>', 'cancelled').where('end', '>', from);
  let maintenance = db.selectFrom('maintenance').select(['equipmentId', 'start', 'end']).where('end', '>', from);
  if (ids) {
    bookings = bookings.where('equipmentId', 'in', ids);
    maintenance = maintenance.where('equipmentId', 'in', ids);
  }
  const [held, windows] = await Promise.all([bookings.execute(), maintenance.execute()]);
  const busy = new Map<string, Interval[]>();
  for (const r of [...held, ...windows]) {
    const list = busy.get(r.equipmentId);
    if (list) list.push(r);
    else busy.set(r.equipmentId, [r]);
  }
  return busy;
}
