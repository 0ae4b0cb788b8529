import { sql } from 'kysely';
import type { Expression, SqlBool } from 'kysely';
import { bookingDays, bookingHours } from '../../src/domain/booking-time';
import { num } from '../db/rows';

/**
 * SQL shared by the statistics, the equipment catalogue and the companies list: the sector and
 * department filters, the active-contract rule, and bookings' hours and revenue counted as far as
 * portable SQL goes.
 *
 * A booking's hours follow rules over weekdays (src/domain/booking-time.ts) that portable SQL
 * cannot express without dialect date functions. But they depend on its start and end alone, and
 * a booking within one UTC day counts the same hours whatever the day: so bookings are grouped by
 * their span — the times of day for one-day bookings, the instants otherwise — and the rules run
 * once per group in JavaScript. The rows that come back are bounded by the calendar, not by the
 * number of bookings. Every query using these aliases the bookings table `b` and the equipment `e`.
 */

export type Scope = { sector: readonly string[]; department: readonly string[] };

/** The statistics' sector and department filters on a table aliased `alias` (an empty list filters nothing). */
export function inScope(q: Scope, alias: string): Expression<SqlBool> {
  const parts = [];
  if (q.sector.length) parts.push(sql`${sql.ref(`${alias}.sector`)} in (${sql.join(q.sector)})`);
  if (q.department.length) parts.push(sql`${sql.ref(`${alias}.department`)} in (${sql.join(q.department)})`);
  return parts.length ? sql<SqlBool>`(${sql.join(parts, sql` and `)})` : sql<SqlBool>`1 = 1`;
}

/**
 * src/domain/apprenticeship isContractActiveOn in SQL, for contracts aliased `c` (or named as
 * given): active from start to end inclusive; the day of a break-off is no longer worked.
 */
export function activeContractOn(day: string, c = 'c'): Expression<SqlBool> {
  const [start, end, brokenOffOn] = (['start', 'end', 'brokenOffOn'] as const).map((column) => sql.ref(`${c}.${column}`));
  return sql<SqlBool>`(${start} <= ${day} and ${end} >= ${day} and (${brokenOffOn} is null or ${brokenOffOn} > ${day}))`;
}

/**
 * Rows (bookings, contracts…) of companies in scope, `partnerId` naming their company. Companies
 * are archived, never deleted, so with no filter every row qualifies and no join is needed.
 */
export function ofCompaniesInScope(q: Scope, partnerId: string): Expression<SqlBool> {
  if (!q.sector.length && !q.department.length) return sql<SqlBool>`1 = 1`;
  return sql<SqlBool>`${sql.ref(partnerId)} in (select ${sql.ref('scoped.id')} from ${sql.table('partners')} as ${sql.id('scoped')} where ${inScope(q, 'scoped')})`;
}

const start = sql.ref('b.start');
const end = sql.ref('b.end');
/*
 * Instants are stored canonical ("…T08:00:00.000Z": canonicalInstant on every write, toISOString in
 * the generator), so a booking is within one UTC day when its ends share their first 10 characters.
 */
const fromCharacter = sql`case when substr(${start}, 1, 10) = substr(${end}, 1, 10) then 11 else 1 end`;
/** "T08:00:00.000Z" for a one-day booking, the whole instant otherwise (no parameters: it is also a GROUP BY key). */
export const spanStart = sql<string>`substr(${start}, ${fromCharacter})`;
export const spanEnd = sql<string>`substr(${end}, ${fromCharacter})`;
/** The month a booking starts in, "2026-11" (its day is start's first 10 characters, as the rules read it). */
export const startMonth = sql<string>`substr(${start}, 1, 7)`;

/** What a span group adds up: bookings, invoices, and the rates of those not invoiced yet, by rate unit. */
export const spanTotals = [
  sql<number>`count(*)`.as('n'),
  sql<number>`sum(${sql.ref('b.invoiced')})`.as('invoiced'),
  sql<number>`sum(case when ${sql.ref('b.invoiced')} > 0 then 0 when ${sql.ref('e.rateUnit')} = 'hour' then ${sql.ref('e.rate')} else 0 end)`.as('hourRates'),
  sql<number>`sum(case when ${sql.ref('b.invoiced')} > 0 or ${sql.ref('e.id')} is null or ${sql.ref('e.rateUnit')} = 'hour' then 0 else ${sql.ref('e.rate')} end)`.as('dayRates'),
] as const;

export type SpanRow = { spanStart: string; spanEnd: string; n: unknown; invoiced: unknown; hourRates: unknown; dayRates: unknown };

// Any day will do for a one-day span: its hours do not depend on which.
const ANY_DAY = '2000-01-03';

const spanOf = (r: Pick<SpanRow, 'spanStart' | 'spanEnd'>) =>
  r.spanStart.startsWith('T') ? { start: `${ANY_DAY}${r.spanStart}`, end: `${ANY_DAY}${r.spanEnd}` } : { start: r.spanStart, end: r.spanEnd };

/** Booked hours of a span group (its rows need only `n`). */
export const spanHours = (r: Pick<SpanRow, 'spanStart' | 'spanEnd' | 'n'>) => num(r.n) * bookingHours(spanOf(r));

/** Hours and revenue of a span group, with the same rules as one booking's (bookingRevenue: the invoice, or rate × time). */
export function spanTime(r: SpanRow): { hours: number; revenue: number } {
  const span = spanOf(r);
  const hours = bookingHours(span);
  return { hours: num(r.n) * hours, revenue: num(r.invoiced) + num(r.hourRates) * hours + num(r.dayRates) * bookingDays(span) };
}

/** Sums the hours and revenue of span groups. */
export function sumTime(rows: readonly SpanRow[]): { hours: number; revenue: number } {
  let hours = 0;
  let revenue = 0;
  for (const r of rows) {
    const t = spanTime(r);
    hours += t.hours;
    revenue += t.revenue;
  }
  return { hours, revenue };
}
