import { fold, matchesAll, searchTokens } from './text';

/**
 * The school's event calendar (a few dozen events a year, whatever the number of companies): which
 * events a list shows and in which order. Who attended is looked up by each implementation.
 */

/** What the rules read of an event (a SchoolEvent fits). */
type EventFields = { kind: string; date: string; title: string; place: string };

/** Kind, calendar year of the event, and words of its title or place (an EventListQuery fits). */
export function eventFilter(q: { q: string; kind: readonly string[]; year?: number | undefined }): (e: EventFields) => boolean {
  const tokens = searchTokens(q.q);
  return (e) =>
    (!q.kind.length || q.kind.includes(e.kind)) &&
    (q.year === undefined || e.date.startsWith(`${q.year}-`)) &&
    (!tokens.length || matchesAll(fold(`${e.title} ${e.place}`), tokens));
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** Most recent first; events of the same day by title. */
export function compareEvents(a: EventFields, b: EventFields): number {
  return a.date === b.date ? collator.compare(a.title, b.title) : a.date < b.date ? 1 : -1;
}

/** The history's label of an attendance change. */
export const attendanceLabel = (e: { title: string }): string => `Présence à « ${e.title} »`;
