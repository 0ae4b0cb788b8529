import { addMonths } from './dates';
import { fold, matchesAll, searchTokens } from './text';

/**
 * Partner schools (a fixed list of a few dozen, whatever the number of companies): which ones a
 * list shows and by what it sorts them. Types are structural: an AcademicPartner and an
 * AcademicListQuery fit them.
 */

type School = {
  school: string;
  country: string;
  city: string;
  field: string;
  scope: string;
  doubleDegree: boolean;
  active: boolean;
  since: number;
  renewalDate: string;
};
type Query = { q: string; scope?: string | undefined; doubleDegree: boolean; renewalWithinMonths?: number | undefined };
export type AcademicSort = 'school' | 'country' | 'since' | 'renewalDate';

/** Scope, double degrees, agreements to renew within N months (active ones), words of school, country, city or field. */
export function academicFilter(q: Query, today: string): (a: School) => boolean {
  const tokens = searchTokens(q.q);
  const renewalBy = q.renewalWithinMonths === undefined ? null : addMonths(today, q.renewalWithinMonths);
  return (a) =>
    (!q.scope || a.scope === q.scope) &&
    (!q.doubleDegree || a.doubleDegree) &&
    (renewalBy === null || (a.active && a.renewalDate >= today && a.renewalDate <= renewalBy)) &&
    (!tokens.length || matchesAll(fold(`${a.school} ${a.country} ${a.city} ${a.field}`), tokens));
}

/** Each sort of the list: its key, and whether it is text in French order. */
export const ACADEMIC_SORTS: Record<AcademicSort, { key: (a: School) => string | number; collate: boolean }> = {
  school: { key: (a) => a.school, collate: true },
  country: { key: (a) => a.country, collate: true },
  since: { key: (a) => a.since, collate: false },
  renewalDate: { key: (a) => a.renewalDate, collate: false },
};
