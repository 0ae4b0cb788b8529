import * as z from 'zod/mini';
import { addDays, addMonths, parseIsoDate } from '@/domain/dates';
import { optionalDate } from '@/contract/primitives';
import { parisParts } from './paris-time';

/**
 * The booking calendar's pure logic: which days a week or a month shows, where an interval falls
 * in a day (on the Paris wall clock), and how overlapping events share a column.
 */

export const CALENDAR_VIEWS = ['week', 'month'] as const;
export type CalendarView = (typeof CALENDAR_VIEWS)[number];
export const CALENDAR_DISPLAYS = ['calendar', 'list'] as const;
export type CalendarDisplay = (typeof CALENDAR_DISPLAYS)[number];

/** The calendar's URL state: `view` (week/month), `display` (grid or list) and the `date` shown. */
export const CalendarQuery = z.object({
  view: z.catch(z._default(z.enum(CALENDAR_VIEWS), 'week'), 'week'),
  display: z.catch(z._default(z.enum(CALENDAR_DISPLAYS), 'calendar'), 'calendar'),
  date: optionalDate,
});
export type CalendarQuery = z.infer<typeof CalendarQuery>;

/** 1 = Monday … 7 = Sunday, of a calendar day. */
export function isoWeekday(date: string): number {
  const d = parseIsoDate(date).getUTCDay();
  return d === 0 ? 7 : d;
}

export function startOfWeek(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

export function weekDays(date: string): string[] {
  const monday = startOfWeek(date);
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

export interface MonthCell {
  date: string;
  inMonth: boolean;
}

/** The weeks (Monday first) that cover the month of `date`, with the neighbouring months' days. */
export function monthGrid(date: string): MonthCell[][] {
  const first = `${date.slice(0, 7)}-01`;
  const month = first.slice(0, 7);
  const last = addDays(addMonths(first, 1), -1);
  const weeks: MonthCell[][] = [];
  for (let monday = startOfWeek(first); monday <= last; monday = addDays(monday, 7)) {
    weeks.push(weekDays(monday).map((d) => ({ date: d, inMonth: d.startsWith(month) })));
  }
  return weeks;
}

/** First and last day the view shows. */
export function periodBounds(view: CalendarView, date: string): { first: string; last: string } {
  if (view === 'week') {
    const days = weekDays(date);
    return { first: days[0]!, last: days[6]! };
  }
  const weeks = monthGrid(date);
  return { first: weeks[0]![0]!.date, last: weeks.at(-1)![6]!.date };
}

/**
 * The days to ask the API for: its `from`/`to` are UTC days, and a Paris day starts an hour or two
 * earlier, so one day more on each side; the view then keeps what falls on its own days.
 */
export function fetchRange(view: CalendarView, date: string): { from: string; to: string } {
  const { first, last } = periodBounds(view, date);
  return { from: addDays(first, -1), to: addDays(last, 1) };
}

/** The same date one period earlier or later (a month keeps its day, clamped: 31/01 → 28/02). */
export function shiftPeriod(view: CalendarView, date: string, step: -1 | 1): string {
  return view === 'week' ? addDays(date, 7 * step) : addMonths(date, step);
}

export interface Interval {
  start: string;
  end: string;
}

export interface DaySegment {
  /** Wall-clock minutes from Paris midnight (0..1440): 09:00 is 540 even on a 23-hour day. */
  startMin: number;
  endMin: number;
  /** The interval began on an earlier day / goes on after this one. */
  continuesBefore: boolean;
  continuesAfter: boolean;
}

/** The part of an interval that falls on a Paris calendar day, or null. */
export function daySegment(interval: Interval, date: string): DaySegment | null {
  const s = parisParts(interval.start);
  const e = parisParts(interval.end);
  if (s.date > date || e.date < date) return null;
  const continuesBefore = s.date < date;
  const continuesAfter = e.date > date;
  const startMin = continuesBefore ? 0 : s.minutes;
  const endMin = continuesAfter ? 1440 : e.minutes;
  if (endMin <= startMin) return null;
  return { startMin, endMin, continuesBefore, continuesAfter };
}

/** Whether any part of the interval falls on one of the days [first, last] (Paris). */
export function touchesDays(interval: Interval, first: string, last: string): boolean {
  const s = parisParts(interval.start).date;
  const e = parisParts(interval.end);
  // An interval ending at midnight does not reach into the day that starts then.
  const lastDay = e.minutes === 0 && e.date > s ? addDays(e.date, -1) : e.date;
  return s <= last && lastDay >= first;
}

export interface Placed<T> {
  item: T;
  segment: DaySegment;
  /** Column within the day and the number of columns of its cluster of overlapping events. */
  lane: number;
  lanes: number;
}

/**
 * Side by side when they overlap (a cancelled booking under the new one, say): each event takes
 * the first free lane, and a cluster of overlapping events shares its number of lanes.
 */
export function layoutDay<T>(items: readonly { item: T; segment: DaySegment }[]): Placed<T>[] {
  const sorted = [...items].sort((a, b) => a.segment.startMin - b.segment.startMin || b.segment.endMin - a.segment.endMin);
  const out: Placed<T>[] = [];
  let cluster: Placed<T>[] = [];
  let clusterEnd = -1;
  let laneEnds: number[] = [];
  const closeCluster = () => {
    for (const p of cluster) p.lanes = laneEnds.length;
    cluster = [];
    laneEnds = [];
  };
  for (const entry of sorted) {
    if (entry.segment.startMin >= clusterEnd) closeCluster();
    let lane = laneEnds.findIndex((end) => end <= entry.segment.startMin);
    if (lane === -1) lane = laneEnds.push(0) - 1;
    laneEnds[lane] = entry.segment.endMin;
    const placed: Placed<T> = { ...entry, lane, lanes: 1 };
    cluster.push(placed);
    out.push(placed);
    clusterEnd = Math.max(clusterEnd, entry.segment.endMin);
  }
  closeCluster();
  return out;
}
