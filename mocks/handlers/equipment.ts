import type { EquipmentDetail, EquipmentListItem } from '../../src/contract/api';
import { paths } from '../../src/contract/endpoints';
import { MaintenanceInput } from '../../src/contract/entities';
import type { EquipmentItem } from '../../src/contract/entities';
import { EquipmentListQuery, parseQuery } from '../../src/contract/queries';
import { overlaps } from '../../src/domain/booking';
import { formatFrDate } from '../../src/domain/dates';
import { nextFreeHalfDay } from '../store/booking-slots';
import type { Store } from '../store/database';
import { sortRows } from '../store/sort';
import { utilisation12m } from '../store/stats-utilisation';
import { fold, matchesAll, searchTokens } from '../store/text';
import { found, json, problem, readBody, route, unprocessable, wholeList } from './http';

function listItem(store: Store, item: EquipmentItem): EquipmentListItem {
  return { ...item, utilisation12m: utilisation12m(store, item.id), nextFreeSlot: nextFreeHalfDay(store, item.id) };
}

const byStart = <T extends { start: string }>(rows: readonly T[]) => [...rows].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));

export const equipmentHandlers = [
  route('get', paths.equipment, ({ url, store }) => {
    const q = parseQuery(EquipmentListQuery, url.searchParams);
    const tokens = searchTokens(q.q);
    const matches = store.equipment.rows.filter(
      (e) =>
        (!q.openOnly || e.openToCompanies) &&
        (!tokens.length || matchesAll(fold(`${e.name} ${e.platform} ${e.researchUnit} ${e.category} ${e.description}`), tokens)),
    );
    return json(wholeList(sortRows(matches, (e) => e.name, 'asc', { collate: true }).map((e) => listItem(store, e))));
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
    const input = await readBody(request, MaintenanceInput);
    const item = found(store.equipment.get(params.id!), 'Équipement');
    if (Date.parse(input.end) <= Date.parse(input.start)) {
      throw unprocessable([{ field: 'end', message: 'La fin doit être postérieure au début' }]);
    }
    const clash = store.bookings.by('equipment', item.id).find((b) => b.status !== 'cancelled' && b.status !== 'completed' && overlaps(input, b));
    if (clash) {
      throw problem(409, {
        detail: `Une réservation de ${store.partnerName(clash.partnerId) ?? 'une entreprise'} occupe déjà ce créneau (à partir du ${formatFrDate(clash.start.slice(0, 10))}).`,
        conflictId: clash.id,
      });
    }
    const window = store.maintenance.insert({ id: store.newId('maintenance', store.maintenance.rows, 'm'), equipmentId: item.id, ...input });
    store.touch();
    return json(window, 201);
  }),
];
