import type { Kysely } from 'kysely';
import type { Database } from './schema';

/** Many rows in few statements, under the parameter caps of SQLite (32,766) and PostgreSQL (65,535). */

const MAX_PARAMS = 30_000;

/** Inserts rows in multi-row statements (loading the demo data, an import, its audit records). */
export async function insertChunked<T extends keyof Database>(db: Kysely<Database>, table: T, rows: readonly Database[T][]): Promise<void> {
  if (rows.length === 0) return;
  const size = Math.max(1, Math.floor(MAX_PARAMS / Object.keys(rows[0] as object).length));
  for (let i = 0; i < rows.length; i += size) await db.insertInto(table).values(rows.slice(i, i + size) as never).execute();
}

/** Splits a long id list so that `in (…)` stays under the parameter cap. */
export function chunks<T>(items: readonly T[], size = 5_000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
