import type { Kysely } from 'kysely';
import { checkVersion } from '../../src/contract/problems';
import { num } from '../db/rows';
import type { Database } from '../db/schema';

/** The tables whose rows carry a `version` that every write increases. */
type VersionedTable = 'tasks' | 'opportunities' | 'contracts' | 'taxPledges' | 'academicPartners';
type VersionedRow = { id: string; version: number };

/**
 * Writes a row read at `readVersion` (its version already increased): only if nobody saved it in
 * between — checked by the UPDATE itself, so two PostgreSQL transactions cannot both pass. The
 * loser gets the same 409 as a stale version from the client.
 */
export async function saveVersioned(db: Kysely<Database>, table: VersionedTable, row: VersionedRow, readVersion: number): Promise<void> {
  // Every versioned table has these two columns; Kysely cannot see it through the union.
  const versioned = db as unknown as Kysely<Record<VersionedTable, VersionedRow>>;
  const result = await versioned.updateTable(table).set(row).where('id', '=', row.id).where('version', '=', readVersion).executeTakeFirst();
  if (Number(result.numUpdatedRows) > 0) return;
  const now = await versioned.selectFrom(table).select('version').where('id', '=', row.id).executeTakeFirst();
  checkVersion({ id: row.id, version: num(now?.version) }, readVersion);
}
