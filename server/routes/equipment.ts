import type { Kysely } from 'kysely';
import { BookingPage, BookingRow, EquipmentDetail, EquipmentPage, MaintenancePage } from '../../src/contract/api';
import { paths } from '../../src/contract/endpoints';
import { BookingInput, BookingPatch, MaintenanceInput, MaintenanceWindow } from '../../src/contract/entities';
import type { Booking, EquipmentItem } from '../../src/contract/entities';
import type { FieldError } from '../../src/contract/problem';
import { checkVersion, found, problem, unprocessable, wholeList } from '../../src/contract/problems';
import { BookingListQuery, EquipmentListQuery } from '../../src/contract/queries';
import type { Interval } from '../../src/domain/booking';
import { canonicalInstant, END_AFTER_START, endsAfterStart, ITEM_CLOSED, MAINTENANCE_PASSES_OVER, maintenanceClash } from '../../src/domain/booking-slots';
import { addDays, formatFrDate } from '../../src/domain/dates';
import { equipmentMatcher } from '../../src/domain/equipment-search';
import { sortRows } from '../../src/domain/sort';
import { refreshPartners } from '../db/derived';
import { bookingFromRow, bookingToRow, equipmentFromRow, num } from '../db/rows';
import type { Database } from '../db/schema';
import { withFigures } from '../equipment/figures';
import { heldBookingsOver, lockItem, slotProblem } from '../equipment/slots';
import { created, get, patch, post, readBody, readQuery } from '../http/api';
import type { ApiRoute, Ctx } from '../http/api';
import { newId } from '../partners/ids';
import { offsetOf, pageFrom } from '../work/lists';
import { missingReferences } from '../work/refs';

/**
 * The equipment catalogue, its maintenance windows and bookings, as mocks/handlers/equipment.ts
 * and bookings.ts answer them. The catalogue is a short list (filtered and sorted in JavaScript
 * like any small table); bookings are filtered and paged in SQL; a slot is checked with a range
 * query on (equipmentId, start), the item locked for the transaction (src/domain/booking-slots.ts
 * has the rules and the messages).
 */

type Db = Kysely<Database>;

async function itemOr404(db: Db, id: string): Promise<EquipmentItem> {
  return equipmentFromRow(found(await db.selectFrom('equipment').selectAll().where('id', '=', id).executeTakeFirst(), 'Équipement'));
}

const maintenanceOf = (db: Db, equipmentId: string) =>
  db.selectFrom('maintenance').selectAll().where('equipmentId', '=', equipmentId).orderBy('start').orderBy('id').execute();

/** Bookings with the names of their company and item. */
const bookingRows = (db: Db) =>
  db
    .selectFrom('bookings as b')
    .leftJoin('partners as p', 'p.id', 'b.partnerId')
    .leftJoin('equipment as e', 'e.id', 'b.equipmentId')
    .selectAll('b')
    .select(['p.name as partnerName', 'e.name as equipmentName']);

const toBookingRow = (r: Database['bookings'] & { partnerName: string | null; equipmentName: string | null }): BookingRow => ({
  ...bookingFromRow(r),
  partnerName: r.partnerName ?? '',
  equipmentName: r.equipmentName ?? '',
});

async function bookingRow(db: Db, id: string): Promise<BookingRow> {
  return toBookingRow(found(await bookingRows(db).where('b.id', '=', id).executeTakeFirst(), 'Réservation'));
}

const dayOf = (instant: string) => formatFrDate(instant.slice(0, 10));
const bookingLabel = (b: Pick<Booking, 'start'>, itemName: string) => `Réservation « ${itemName} » du ${dayOf(b.start)}`;

const catalogueRoutes: ApiRoute[] = [
  get(paths.equipment, { summary: 'Le parc d’équipements, avec l’utilisation sur 12 mois et le prochain créneau libre', query: EquipmentListQuery, response: EquipmentPage }, async (ctx) => {
    const q = readQuery(ctx, EquipmentListQuery);
    const all = (await ctx.db.selectFrom('equipment').selectAll().orderBy('id').execute()).map(equipmentFromRow);
    const matches = equipmentMatcher(q.q);
    const items = all.filter((e) => (!q.openOnly || e.openToCompanies) && matches(e));
    const sorted = sortRows(items, (e) => e.name, 'asc', { collate: true });
    return wholeList(await withFigures(ctx.db, ctx.clock.today(), sorted));
  }),

  get(paths.equipmentItem, { summary: 'Un équipement, avec ses fenêtres de maintenance', response: EquipmentDetail }, async ({ db, params, clock }) => {
    const item = await itemOr404(db, params.id!);
    const [[withFigure], maintenance] = await Promise.all([withFigures(db, clock.today(), [item]), maintenanceOf(db, item.id)]);
    return { ...withFigure!, maintenance };
  }),

  get(paths.maintenance, { summary: 'Les fenêtres de maintenance d’un équipement, par début', response: MaintenancePage }, async ({ db, params }) => {
    const item = await itemOr404(db, params.id!);
    return wholeList(await maintenanceOf(db, item.id));
  }),

  // Maintenance cannot be laid over bookings already made: the platform must move them first.
  post(paths.maintenance, 'equipment', { summary: 'Ajoute une fenêtre de maintenance', body: MaintenanceInput, response: MaintenanceWindow }, async (ctx) => {
    const body = readBody(ctx, MaintenanceInput);
    const input = { ...body, start: canonicalInstant(body.start), end: canonicalInstant(body.end) };
    const item = await itemOr404(ctx.db, ctx.params.id!);
    if (!endsAfterStart(input)) throw unprocessable([{ field: 'end', message: END_AFTER_START }]);
    await lockItem(ctx.db, ctx.dialect, item.id);
    const [clash] = await heldBookingsOver(ctx.db, item.id, input, undefined, MAINTENANCE_PASSES_OVER);
    if (clash) {
      const partner = await ctx.db.selectFrom('partners').select('name').where('id', '=', clash.partnerId).executeTakeFirst();
      throw problem(409, maintenanceClash(clash, partner?.name ?? null));
    }
    const window = { id: newId('m'), equipmentId: item.id, ...input };
    await ctx.db.insertInto('maintenance').values(window).execute();
    await ctx.audit({ action: 'create', entity: 'maintenance', entityId: window.id, partnerId: null, label: `Maintenance « ${item.name} » du ${dayOf(window.start)}`, after: window });
    return created(window);
  }),
];

/** 422 errors of a new booking: unknown company or item, end not after start, item not open to companies. */
async function bookingErrors(db: Db, input: BookingInput): Promise<{ errors: FieldError[]; item: EquipmentItem | null }> {
  const errors = await missingReferences(db, input);
  if (!endsAfterStart(input)) errors.push({ field: 'end', message: END_AFTER_START });
  const row = await db.selectFrom('equipment').selectAll().where('id', '=', input.equipmentId).executeTakeFirst();
  const item = row ? equipmentFromRow(row) : null;
  if (item && !item.openToCompanies) errors.push({ field: 'equipmentId', message: ITEM_CLOSED });
  return { errors, item };
}

async function refuseTakenSlot(ctx: Ctx, equipmentId: string, candidate: Interval, excludeBookingId?: string): Promise<void> {
  await lockItem(ctx.db, ctx.dialect, equipmentId);
  const conflict = await slotProblem(ctx.db, equipmentId, candidate, excludeBookingId);
  if (conflict) throw conflict;
}

const bookingRoutes: ApiRoute[] = [
  get(paths.bookings, { summary: 'Réservations, par début (filtres : équipement, entreprise, période, statut)', query: BookingListQuery, response: BookingPage }, async (ctx) => {
    const q = readQuery(ctx, BookingListQuery);
    // from/to are days: a booking is listed when it overlaps [from, to].
    const filtered = ctx.db.selectFrom('bookings as b').where((eb) =>
      eb.and([
        ...(q.equipmentId ? [eb('b.equipmentId', '=', q.equipmentId)] : []),
        ...(q.partnerId ? [eb('b.partnerId', '=', q.partnerId)] : []),
        ...(q.status.length ? [eb('b.status', 'in', q.status)] : []),
        ...(q.from ? [eb('b.end', '>', `${q.from}T00:00:00.000Z`)] : []),
        ...(q.to ? [eb('b.start', '<', `${addDays(q.to, 1)}T00:00:00.000Z`)] : []),
      ]),
    );
    const [count, rows] = await Promise.all([
      filtered.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
      filtered
        .leftJoin('partners as p', 'p.id', 'b.partnerId')
        .leftJoin('equipment as e', 'e.id', 'b.equipmentId')
        .selectAll('b')
        .select(['p.name as partnerName', 'e.name as equipmentName'])
        .orderBy('b.start')
        .orderBy('b.id')
        .limit(q.pageSize)
        .offset(offsetOf(q))
        .execute(),
    ]);
    return pageFrom(count.n, rows.map(toBookingRow), q);
  }),

  post(paths.bookings, 'equipment', { summary: 'Réserve un équipement (refusé si le créneau est pris, avec le prochain créneau libre)', body: BookingInput, response: BookingRow }, async (ctx) => {
    const body = readBody(ctx, BookingInput);
    const input = { ...body, start: canonicalInstant(body.start), end: canonicalInstant(body.end) };
    const { errors, item } = await bookingErrors(ctx.db, input);
    if (errors.length || !item) throw unprocessable(errors);
    await refuseTakenSlot(ctx, input.equipmentId, input);
    const booking: Booking = { id: newId('b'), ...input, status: 'requested', invoiced: 0, synthetic: false, version: 1 };
    await ctx.db.insertInto('bookings').values(bookingToRow(booking)).execute();
    await refreshPartners(ctx.db, [booking.partnerId]);
    await ctx.audit({ action: 'create', entity: 'booking', entityId: booking.id, partnerId: booking.partnerId, label: bookingLabel(booking, item.name), after: booking });
    return created(await bookingRow(ctx.db, booking.id));
  }),

  patch(paths.booking, 'equipment', { summary: 'Change le statut d’une réservation', body: BookingPatch, response: BookingRow }, async (ctx) => {
    const { version, status } = readBody(ctx, BookingPatch);
    const current = await bookingRow(ctx.db, ctx.params.id!);
    checkVersion(current, version);
    // Taking a cancelled booking back must not double-book the slot meanwhile given to someone else.
    if (status && status !== 'cancelled' && current.status === 'cancelled') await refuseTakenSlot(ctx, current.equipmentId, current, current.id);
    const next = { ...current, ...(status ? { status } : {}), version: current.version + 1 };
    const result = await ctx.db
      .updateTable('bookings')
      .set({ status: next.status, version: next.version })
      .where('id', '=', current.id)
      .where('version', '=', current.version)
      .executeTakeFirst();
    // Someone saved it between our read and this write: their change stands, ours is refused.
    if (Number(result.numUpdatedRows) === 0) {
      const saved = await ctx.db.selectFrom('bookings').select('version').where('id', '=', current.id).executeTakeFirst();
      checkVersion({ id: current.id, version: num(saved?.version) }, current.version);
    }
    await refreshPartners(ctx.db, [current.partnerId]);
    const { partnerName: _p, equipmentName, ...before } = current;
    const { partnerName: _q, equipmentName: _e, ...after } = next;
    await ctx.audit({ action: 'update', entity: 'booking', entityId: current.id, partnerId: current.partnerId, label: bookingLabel(current, equipmentName), before, after });
    return next;
  }),
];

export const equipmentRoutes: ApiRoute[] = [...catalogueRoutes, ...bookingRoutes];
