import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { prepared } from './prepared';
import type { Database } from './schema';

/**
 * The data version: one `meta` row that every write transaction sets to a new random value, as
 * its last statement (so that it commits with the write, and PostgreSQL's row lock on it is held
 * only for the commit). Figures computed from the data — list totals, statistics — may be kept
 * under the version they were read at (server/http/memo.ts): a write, by this instance or by
 * another one on the same PostgreSQL database, moves every reader to a new version at once.
 *
 * Random rather than a counter: the demo reset empties `meta`, and a counter starting over would
 * name old figures again.
 */

const KEY = 'dataVersion';

export async function bumpDataVersion(db: Kysely<Database>): Promise<void> {
  await db
    .insertInto('meta')
    .values({ key: KEY, value: randomUUID() })
    .onConflict((oc) => oc.column('key').doUpdateSet((eb) => ({ value: eb.ref('excluded.value') })))
    .execute();
}

/** The current version; null when no write has set one yet (nothing is kept then). */
const versionQuery = prepared((db: Kysely<Database>, key: string) => db.selectFrom('meta').select('value').where('key', '=', key));

export async function readDataVersion(db: Kysely<Database>): Promise<string | null> {
  const { rows } = await versionQuery(db, KEY);
  return rows[0]?.value ?? null;
}
