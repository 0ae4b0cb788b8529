import type { BookingRow } from '../../src/contract/api';
import { paths } from '../../src/contract/endpoints';
import { BookingInput, BookingPatch } from '../../src/contract/entities';
import type { Booking } from '../../src/contract/entities';
import { BookingListQuery, parseQuery } from '../../src/contract/queries';
import type { Interval } from '../../src/domain/booking';
import { canonicalInstant, END_AFTER_START, endsAfterStart, ITEM_CLOSED, slotConflict } from '../../src/domain/booking-slots';
import { addDays } from '../../src/domain/dates';
import { checkSlot } from '../store/booking-slots';
import type { Store } from '../store/database';
import { checkVersion, found, json, pageOf, problem, readBody, route, unprocessable } from './http';
import type { ApiProblem } from './http';
import { referenceErrors } from './refs';

const row = (store: Store, b: Booking): BookingRow => ({
  ...b,
  partnerName: store.partnerName(b.partnerId) ?? '',
  equipmentName: store.equipment.get(b.equipmentId)?.name ?? '',
});

/** 409 with what is in the way and the next free slot of the same length (bookings and maintenance both avoided). */
function slotProblem(store: Store, equipmentId: string, candidate: Interval, excludeBookingId?: string): ApiProblem | null {
  const check = checkSlot(store, equipmentId, candidate, excludeBookingId);
  if (check.ok) return null;
  return problem(409, slotConflict(check, check.reason === 'booking' ? store.partnerName(check.booking.partnerId) : null));
}

export const bookingHandlers = [
  route('get', paths.bookings, ({ url, store }) => {
    const q = parseQuery(BookingListQuery, url.searchParams);
    const source = q.equipmentId ? store.bookings.by('equipment', q.equipmentId) : q.partnerId ? store.bookings.by('partner', q.partnerId) : store.bookings.rows;
    // from/to are days: a booking is listed when it overlaps [from, to].
    const fromInstant = q.from ? `${q.from}T00:00:00.000Z` : null;
    const toInstant = q.to ? `${addDays(q.to, 1)}T00:00:00.000Z` : null;
    const matches = source.filter(
      (b) =>
        (!q.partnerId || b.partnerId === q.partnerId) &&
        (!q.status.length || q.status.includes(b.status)) &&
        (fromInstant === null || Date.parse(b.end) > Date.parse(fromInstant)) &&
        (toInstant === null || Date.parse(b.start) < Date.parse(toInstant)),
    );
    const sorted = [...matches].sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const page = pageOf(sorted, q.page, q.pageSize);
    return json({ ...page, items: page.items.map((b) => row(store, b)) });
  }),

  route('post', paths.bookings, async ({ request, store }) => {
    const body = await readBody(request, BookingInput);
    const input = { ...body, start: canonicalInstant(body.start), end: canonicalInstant(body.end) };
    const errors = referenceErrors(store, input);
    if (!endsAfterStart(input)) errors.push({ field: 'end', message: END_AFTER_START });
    const item = store.equipment.get(input.equipmentId);
    if (item && !item.openToCompanies) errors.push({ field: 'equipmentId', message: ITEM_CLOSED });
    if (errors.length) throw unprocessable(errors);
    const conflict = slotProblem(store, input.equipmentId, input);
    if (conflict) throw conflict;
    const booking = store.bookings.insert({
      id: store.newId('bookings', store.bookings.rows, 'b'),
      ...input,
      status: 'requested',
      invoiced: 0,
      synthetic: false,
      version: 1,
    });
    store.touch([booking.partnerId]);
    return json(row(store, booking), 201);
  }),

  route('patch', paths.booking, async ({ request, params, store }) => {
    const { version, status } = await readBody(request, BookingPatch);
    const booking = found(store.bookings.get(params.id!), 'Réservation');
    checkVersion(booking, version);
    // Taking a cancelled booking back must not double-book the slot meanwhile given to someone else.
    if (status && status !== 'cancelled' && booking.status === 'cancelled') {
      const conflict = slotProblem(store, booking.equipmentId, booking, booking.id);
      if (conflict) throw conflict;
    }
    store.bookings.update(booking, { ...(status ? { status } : {}), version: booking.version + 1 });
    store.touch([booking.partnerId]);
    return json(row(store, booking));
  }),
];
