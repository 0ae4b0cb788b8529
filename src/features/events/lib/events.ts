import * as z from 'zod/mini';
import type { EventDetail, EventWithAttendance } from '@/contract/api';
import { EventListQuery } from '@/contract/queries';
import type { CsvColumn } from '@/lib/csv';

/**
 * Pure rules of the events view: the URL state, upcoming vs past, sorting, the CSV, and the
 * business lever — attendees with no open follow-up.
 */

export const EVENT_SORT_KEYS = ['date', 'title', 'attendees'] as const;
export type EventSortKey = (typeof EVENT_SORT_KEYS)[number];

/** The list's filters (the API's) plus the sort and the open event, all in the URL. */
export const EventsPageQuery = z.extend(z.omit(EventListQuery, { partnerId: true }), {
  sort: z.catch(z._default(z.enum(EVENT_SORT_KEYS), 'date'), 'date'),
  // Most recent first: the last forum is what people come for.
  order: z.catch(z._default(z.enum(['asc', 'desc']), 'desc'), 'desc'),
  event: z.catch(z.optional(z.string().check(z.minLength(1), z.maxLength(64))), undefined),
});
export type EventsPageQuery = z.infer<typeof EventsPageQuery>;

/** An event is upcoming from the day after `today`; the day itself already counts as held. */
export const isUpcoming = (event: Pick<EventWithAttendance, 'date'>, today: string) => event.date > today;

export function splitByDate<E extends Pick<EventWithAttendance, 'date'>>(events: readonly E[], today: string): { upcoming: E[]; past: E[] } {
  const upcoming: E[] = [];
  const past: E[] = [];
  for (const e of events) (isUpcoming(e, today) ? upcoming : past).push(e);
  return { upcoming, past };
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** Stable sort on a copy; ties fall back to the date (latest first), then the title. */
export function sortEvents<E extends EventWithAttendance>(events: readonly E[], key: EventSortKey, order: 'asc' | 'desc'): E[] {
  const dir = order === 'asc' ? 1 : -1;
  const byDate = (a: E, b: E) => (a.date === b.date ? 0 : a.date < b.date ? -1 : 1);
  return [...events].sort((a, b) => {
    const primary = key === 'title' ? collator.compare(a.title, b.title) : key === 'attendees' ? a.attendeeCount - b.attendeeCount : byDate(a, b);
    if (primary !== 0) return primary * dir;
    return -byDate(a, b) || collator.compare(a.title, b.title);
  });
}

/** The calendar years present in the data, latest first (for the year filter). */
export function eventYears(events: readonly Pick<EventWithAttendance, 'date'>[]): number[] {
  return [...new Set(events.map((e) => Number(e.date.slice(0, 4))))].sort((a, b) => b - a);
}

export interface EventCsvLabels {
  id: string;
  title: string;
  kind: string;
  kindValue: (kind: EventWithAttendance['kind']) => string;
  date: string;
  place: string;
  attendees: string;
  upcoming: string;
  yes: string;
  no: string;
}

export function eventCsvColumns(l: EventCsvLabels, today: string): CsvColumn<EventWithAttendance>[] {
  return [
    { header: l.id, value: (e) => e.id },
    { header: l.title, value: (e) => e.title },
    { header: l.kind, value: (e) => l.kindValue(e.kind) },
    { header: l.date, value: (e) => e.date },
    { header: l.place, value: (e) => e.place },
    { header: l.attendees, value: (e) => e.attendeeCount },
    { header: l.upcoming, value: (e) => (isUpcoming(e, today) ? l.yes : l.no) },
  ];
}

export type Attendee = EventDetail['attendees'][number];

/**
 * The attendees that nobody is going to call back: no open follow-up task for the company.
 * Kept in the detail's order (alphabetical).
 */
export function attendeesWithoutFollowUp(attendees: readonly Attendee[], withOpenTask: ReadonlySet<string>): Attendee[] {
  return attendees.filter((a) => !withOpenTask.has(a.id));
}

/** Adds or removes one company from an event's detail, keeping names in French order. */
export function withAttendance(detail: EventDetail, attendee: Attendee, present: boolean): EventDetail {
  const others = detail.attendees.filter((a) => a.id !== attendee.id);
  const attendees = present ? [...others, attendee].sort((a, b) => collator.compare(a.name, b.name)) : others;
  return {
    ...detail,
    attendees,
    attendeeCount: attendees.length,
    partnerIds: attendees.map((a) => a.id),
  };
}
