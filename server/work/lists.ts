import { sql } from 'kysely';
import type { Expression, RawBuilder } from 'kysely';
import type { Page } from '../../src/contract/primitives';
import { num } from '../db/rows';

/** Helpers shared by the list endpoints: pipeline-order sorts, empty values last, and the page. */

/** The position of a column's value in a reference list (stages and kinds sort in pipeline order, not by name). */
export function rankSql(column: Expression<string>, values: readonly string[]): RawBuilder<number> {
  const cases = values.map((v, i) => sql`when ${v} then ${sql.lit(i)}`);
  return sql<number>`case ${column} ${sql.join(cases, sql` `)} else ${sql.lit(values.length)} end`;
}

/** Sorts empty values last in both directions, like the in-browser API (first in an ORDER BY, before the key). */
export const nullsLastSql = (column: Expression<unknown>): RawBuilder<number> => sql<number>`case when ${column} is null then 1 else 0 end`;

/** Where a page starts. */
export const offsetOf = (q: { page: number; pageSize: number }): number => (q.page - 1) * q.pageSize;

/** A page from its COUNT(*) and its rows. */
export function pageFrom<T>(total: unknown, items: T[], q: { page: number; pageSize: number }): Page<T> {
  return { items, total: num(total), page: q.page, pageSize: q.pageSize };
}

/**
 * Each row's total: the number of rows the query's WHERE keeps (`count(*) over ()`), when asked;
 * null otherwise.
 */
export const totalSql = (wanted: boolean): RawBuilder<number | null> => (wanted ? sql<number>`count(*) over ()` : sql<null>`null`);

/** How a list gets its page and its total (see `listPage`). */
export interface ListQueries<R> {
  /** COUNT(*) with the list's filters. */
  count: () => Promise<{ n: unknown }>;
  /** The page's ids in the list's order, each with `totalSql(withTotal)` as `total`. */
  ids: (withTotal: boolean) => Promise<{ id: string; total: unknown }[]>;
  /** The rows of these ids with what the answer shows of their company, owner…, in the list's order. */
  rows: (ids: string[]) => Promise<R[]>;
}

/**
 * A list's page and total. The page is found by its ids alone — reading the sort's index, or the
 * narrow columns its filters need — then only its rows are read whole and joined. A text search
 * (LIKE '%…%') reads every row whatever the page: its ids then come with the total, so that the
 * table is read once; otherwise COUNT(*) goes apart, and the page walks its sort's index and stops at
 * its end.
 */
export async function listPage<R>(q: { page: number; pageSize: number }, searching: boolean, queries: ListQueries<R>): Promise<Page<R>> {
  const [count, ids] = await Promise.all([searching ? null : queries.count(), queries.ids(searching)]);
  const rows = ids.length ? await queries.rows(ids.map((r) => r.id)) : [];
  if (count) return pageFrom(count.n, rows, q);
  // Past the last page there is no row to carry the total.
  const total = ids[0]?.total ?? (q.page > 1 ? (await queries.count()).n : 0);
  return pageFrom(total, rows, q);
}
