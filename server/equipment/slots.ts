import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Booking, MaintenanceWindow } from '../../src/contract/entities';
import type { BookingStatus } from '../../src/contract/reference';
import { problem } from '../../src/contract/problems';
import type { ApiProblem } from '../../src/contract/problems';
import type { Interval } from '../../src/domain/booking';
import { checkSlot, FREEING_STATUSES, slotConflict } from '../../src/domain/booking-slots';
import type { Dialect } from '../db/connect';
import { bookingFromRow } from '../db/rows';
import type { Database } from '../db/schema';

/**
 * Whether a slot of an item is free, in the mutation's transaction. Instants are stored canonical
 * (src/domain/booking-slots.ts), so text order is time order and overlaps are range queries on the
 * (equipmentId, start) index: `start < candidate.end and end > candidate.start`.
 */

type Db = Kysely<Database>;

/**
 * Holds the item until the transaction ends, so that two overlapping requests cannot both find the
 * slot free. SQLite runs one write transaction at a time already; PostgreSQL locks the item's row.
 */
export async function lockItem(db: Db, dialect: Dialect, equipmentId: string): Promise<void> {
  if (dialect === 'postgres') await sql`select ${sql.ref('id')} from ${sql.table('equipment')} where ${sql.ref('id')} = ${equipmentId} for update`.execute(db);
}

/** Bookings of the item that hold their slot and overlap the interval, the one starting first first. */
export async function heldBookingsOver(db: Db, equipmentId: string, i: Interval, excludeBookingId?: string, passOver: readonly BookingStatus[] = FREEING_STATUSES): Promise<Booking[]> {
  let query = db
    .selectFrom('bookings')
    .selectAll()
    .where('equipmentId', '=', equipmentId)
    .where('start', '<', i.end)
    .where('end', '>', i.start)
    .where('status', 'not in', passOver)
    .orderBy('start')
    .orderBy('id');
  if (excludeBookingId) query = query.where('id', '<>', excludeBookingId);
  return (await query.execute()).map(bookingFromRow);
}

async function maintenanceOver(db: Db, equipmentId: string, i: Interval): Promise<MaintenanceWindow[]> {
  return db.selectFrom('maintenance').selectAll().where('equipmentId', '=', equipmentId).where('start', '<', i.end).where('end', '>', i.start).orderBy('start').orderBy('id').execute();
}

/**
 * The 409 for a slot that is taken, with what is in the way and the next free slot of the same
 * length (src/domain/booking-slots.ts); null when the slot is free.
 */
export async function slotProblem(db: Db, equipmentId: string, candidate: Interval, excludeBookingId?: string): Promise<ApiProblem | null> {
  const [bookings, windows] = await Promise.all([heldBookingsOver(db, equipmentId, candidate, excludeBookingId), maintenanceOver(db, equipmentId, candidate)]);
  if (bookings.length === 0 && windows.length === 0) return null;
  // Taken: what stands from the candidate's start on decides where the next free slot is.
  const after = { start: candidate.start, end: '9999-12-31T23:59:59.999Z' };
  const [laterBookings, laterWindows] = await Promise.all([heldBookingsOver(db, equipmentId, after, excludeBookingId), maintenanceOver(db, equipmentId, after)]);
  const check = checkSlot(candidate, laterBookings, laterWindows);
  if (check.ok) return null;
  const partnerName =
    check.reason === 'booking' ? ((await db.selectFrom('partners').select('name').where('id', '=', check.booking.partnerId).executeTakeFirst())?.name ?? null) : null;
  return problem(409, slotConflict(check, partnerName));
}
