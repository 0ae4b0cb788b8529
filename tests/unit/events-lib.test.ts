import { describe, expect, it } from 'vitest';
import type { EventDetail, EventWithAttendance } from '@/contract/api';
import { parseQuery } from '@/contract/queries';
import { attendeesWithoutFollowUp, eventCsvColumns, eventYears, EventsPageQuery, isUpcoming, sortEvents, splitByDate, withAttendance } from '@/features/events/lib/events';
import { toCsv } from '@/lib/csv';

const ev = (id: string, date: string, title = id, attendeeCount = 0): EventWithAttendance => ({
  id,
  kind: 'forum',
  title,
  date,
  place: 'Campus',
  partnerIds: [],
  synthetic: true,
  attendeeCount,
});
const attendee = (id: string, name: string) => ({ id, name, sector: 'nucleaire' as const, department: '30' as const, city: 'Alès' });

describe('events lib', () => {
  it('reads the URL: filters, sort and the open event, with defaults for anything malformed', () => {
    expect(parseQuery(EventsPageQuery, new URLSearchParams())).toEqual({ q: '', kind: [], year: undefined, sort: 'date', order: 'desc', event: undefined });
    expect(parseQuery(EventsPageQuery, new URLSearchParams('kind=forum,bogus&year=20x&sort=nope&order=asc&event=ev-040'))).toEqual({
      q: '',
      kind: ['forum'],
      year: undefined,
      sort: 'date',
      order: 'asc',
      event: 'ev-040',
    });
  });

  it('counts an event of today as held, and the next day as upcoming', () => {
    expect(isUpcoming(ev('a', '2026-11-26'), '2026-11-26')).toBe(false);
    expect(isUpcoming(ev('a', '2026-11-27'), '2026-11-26')).toBe(true);
    const { upcoming, past } = splitByDate([ev('a', '2027-01-10'), ev('b', '2026-11-19'), ev('c', '2026-12-03')], '2026-11-26');
    expect(upcoming.map((e) => e.id)).toEqual(['a', 'c']);
    expect(past.map((e) => e.id)).toEqual(['b']);
  });

  it('sorts by date, title (French order) or companies present, ties by latest date', () => {
    const list = [ev('a', '2024-03-01', 'Écluse', 10), ev('b', '2025-03-01', 'atelier', 30), ev('c', '2023-03-01', 'Zinc', 10)];
    expect(sortEvents(list, 'date', 'desc').map((e) => e.id)).toEqual(['b', 'a', 'c']);
    expect(sortEvents(list, 'date', 'asc').map((e) => e.id)).toEqual(['c', 'a', 'b']);
    expect(sortEvents(list, 'title', 'asc').map((e) => e.id)).toEqual(['b', 'a', 'c']);
    expect(sortEvents(list, 'attendees', 'asc').map((e) => e.id)).toEqual(['a', 'c', 'b']);
    expect(list.map((e) => e.id)).toEqual(['a', 'b', 'c']);
  });

  it('lists the years present, latest first', () => {
    expect(eventYears([ev('a', '2024-03-01'), ev('b', '2026-01-01'), ev('c', '2024-11-01')])).toEqual([2026, 2024]);
  });

  it('keeps only the attendees with no open follow-up', () => {
    const attendees = [attendee('p1', 'Alpha'), attendee('p2', 'Bêta'), attendee('p3', 'Gamma')];
    expect(attendeesWithoutFollowUp(attendees, new Set(['p2'])).map((a) => a.id)).toEqual(['p1', 'p3']);
    expect(attendeesWithoutFollowUp(attendees, new Set(['p1', 'p2', 'p3']))).toEqual([]);
  });

  it('adds and removes a company present, keeping the count and French order', () => {
    const detail: EventDetail = { ...ev('e', '2026-11-19'), attendeeCount: 2, partnerIds: ['p1', 'p3'], attendees: [attendee('p1', 'Alpha'), attendee('p3', 'Gamma')] };
    const added = withAttendance(detail, attendee('p2', 'Éole'), true);
    expect(added.attendees.map((a) => a.name)).toEqual(['Alpha', 'Éole', 'Gamma']);
    expect(added.attendeeCount).toBe(3);
    expect(withAttendance(added, attendee('p2', 'Éole'), true).attendeeCount).toBe(3);
    const removed = withAttendance(added, attendee('p1', 'Alpha'), false);
    expect(removed.partnerIds).toEqual(['p2', 'p3']);
    expect(removed.attendeeCount).toBe(2);
  });

  it('exports raw values: ISO date, count, upcoming yes/no', () => {
    const columns = eventCsvColumns(
      { id: 'Id', title: 'Événement', kind: 'Type', kindValue: () => 'Forum entreprises', date: 'Date', place: 'Lieu', attendees: 'Présentes', upcoming: 'À venir', yes: 'oui', no: 'non' },
      '2026-11-26',
    );
    const csv = toCsv([ev('ev-1', '2026-11-19', '=Forum', 84)], columns);
    expect(csv).toBe('\uFEFFId;Événement;Type;Date;Lieu;Présentes;À venir\r\nev-1;\'=Forum;Forum entreprises;2026-11-19;Campus;84;non\r\n');
  });
});
