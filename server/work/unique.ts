import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/** A UNIQUE index refused the write: better-sqlite3 and pg each give their own code. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === '23505';
}

/**
 * Runs a write that a UNIQUE index may refuse — the same record saved twice at once — inside the
 * mutation's transaction. A refusal is undone alone (a savepoint: PostgreSQL accepts no further
 * statement in a transaction whose statement failed), then `onDuplicate` reads what is already there
 * and throws the route's 409.
 */
export async function writeUnique(db: Kysely<Database>, write: () => Promise<unknown>, onDuplicate: () => Promise<never>): Promise<void> {
  await sql`savepoint unique_write`.execute(db);
  try {
    await write();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    await sql`rollback to savepoint unique_write`.execute(db);
    await onDuplicate();
  }
  await sql`release savepoint unique_write`.execute(db);
}
