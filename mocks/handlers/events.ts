import type { EventDetail, EventWithAttendance } from '../../src/contract/api';
import { paths } from '../../src/contract/endpoints';
import { AttendanceInput } from '../../src/contract/entities';
import type { SchoolEvent } from '../../src/contract/entities';
import { EventListQuery, parseQuery } from '../../src/contract/queries';
import type { Store } from '../store/database';
import { frCollator } from '../../src/domain/sort';
import { compareEvents, eventFilter } from '../../src/domain/events';
import { found, json, readBody, route, unprocessable, wholeList } from './http';

const withCount = (e: SchoolEvent): EventWithAttendance => ({ ...e, attendeeCount: e.partnerIds.length });

function detail(store: Store, e: SchoolEvent): EventDetail {
  const attendees = e.partnerIds
    .map((id) => store.partners.get(id))
    .filter((p) => p !== undefined)
    .map((p) => ({ id: p.id, name: p.name, sector: p.sector, department: p.department, city: p.city }))
    .sort((a, b) => frCollator.compare(a.name, b.name));
  return { ...withCount(e), attendees };
}

export const eventHandlers = [
  // Most recent first; `year` is the calendar year of the event.
  route('get', paths.events, ({ url, store }) => {
    const q = parseQuery(EventListQuery, url.searchParams);
    const source = q.partnerId ? store.events.by('partner', q.partnerId) : store.events.rows;
    const sorted = source.filter(eventFilter(q)).sort(compareEvents);
    return json(wholeList(sorted.map(withCount)));
  }),

  route('get', paths.event, ({ params, store }) => json(detail(store, found(store.events.get(params.id!), 'Événement')))),

  // Idempotent: marking present twice keeps one attendance.
  route('put', paths.eventAttendance, async ({ request, params, store }) => {
    const { partnerId, present } = await readBody(request, AttendanceInput);
    const event = found(store.events.get(params.id!), 'Événement');
    if (!store.partners.get(partnerId)) throw unprocessable([{ field: 'partnerId', message: 'Entreprise inconnue' }]);
    const already = event.partnerIds.includes(partnerId);
    if (present !== already) {
      const partnerIds = present ? [...event.partnerIds, partnerId] : event.partnerIds.filter((id) => id !== partnerId);
      store.events.update(event, { partnerIds });
      store.touch([partnerId]);
    }
    return json(detail(store, event));
  }),
];
