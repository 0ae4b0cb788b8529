import type { EquipmentDetail, EquipmentListItem } from '../../src/contract/api';
import { paths } from '../../src/contract/endpoints';
import { MaintenanceInput } from '../../src/contract/entities';
import type { EquipmentItem } from '../../src/contract/entities';
import { EquipmentListQuery, parseQuery } from '../../src/contract/queries';
import { overlaps } from '../../src/domain/booking';
import { canonicalInstant, END_AFTER_START, endsAfterStart, firstConflict, MAINTENANCE_PASSES_OVER, maintenanceClash } from '../../src/domain/booking-slots';
import { equipmentMatcher } from '../../src/domain/equipment-search';
import { nextFreeHalfDay } from '../store/booking-slots';
import type { Store } from '../store/database';
import { sortRows } from '../../src/domain/sort';
import { utilisation12m } from '../store/stats-utilisation';
import { found, json, problem, readBody, route, unprocessable, wholeList } from './http';

function listItem(store: Store, item: EquipmentItem): EquipmentListItem {
  return { ...item, utilisation12m: utilisation12m(store, item.id), nextFreeSlot: nextFreeHalfDay(store, item.id) };
}

const byStart = <T extends { start: string }>(rows: readonly T[]) => [...rows].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
const passesOver = new Set<string>(MAINTENANCE_PASSES_OVER);

export const equipmentHandlers = [
  route('get', paths.equipment, ({ url, store }) => {
    const q = parseQuery(EquipmentListQuery, url.searchParams);
    const matches = equipmentMatcher(q.q);
    const items = store.equipment.rows.filter((e) => (!q.openOnly || e.openToCompanies) && matches(e));
    return json(wholeList(sortRows(items, (e) => e.name, 'asc', { collate: true }).map((e) => listItem(store, e))));
  }),

  route('get', paths.equipmentItem, ({ params, store }) => {
    const item = found(store.equipment.get(params.id!), 'Équipement');
    const detail: EquipmentDetail = { ...listItem(store, item), maintenance: byStart(store.maintenance.by('equipment', item.id)) };
    return json(detail);
  }),

  route('get', paths.maintenance, ({ params, store }) => {
    const item = found(store.equipment.get(params.id!), 'Équipement');
    return json(wholeList(byStart(store.maintenance.by('equipment', item.id))));
  }),

  // Maintenance cannot be laid over bookings already made: the platform must move them first.
  route('post', paths.maintenance, async ({ request, params, store }) => {
    const body = await readBody(request, MaintenanceInput);
    const input = { ...body, start: canonicalInstant(body.start), end: canonicalInstant(body.end) };
    const item = found(store.equipment.get(params.id!), 'Équipement');
    if (!endsAfterStart(input)) throw unprocessable([{ field: 'end', message: END_AFTER_START }]);
    const held = store.bookings.by('equipment', item.id).filter((b) => !passesOver.has(b.status) && overlaps(input, b));
    const clash = firstConflict(input, held);
    if (clash) throw problem(409, maintenanceClash(clash, store.partnerName(clash.partnerId)));
    const window = store.maintenance.insert({ id: store.newId('maintenance', store.maintenance.rows, 'm'), equipmentId: item.id, ...input });
    store.touch();
    return json(window, 201);
  }),
];
