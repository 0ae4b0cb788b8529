import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { statementCache } from './statement-cache.mjs';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import type { SqliteDatabase } from 'kysely';
import pg from 'pg';
import type { ServerConfig } from '../config';
import { sqliteReadDialect } from './reads';
import type { Database } from './schema';

export type Dialect = 'sqlite' | 'postgres';
export interface Db {
  db: Kysely<Database>;
  /**
   * Where GET requests read: with a SQLite file, a read-only connection in a worker thread
   * (server/db/reads.ts), so that a long read does not hold every other request; otherwise `db`.
   */
  reads: Kysely<Database>;
  dialect: Dialect;
  close: () => Promise<void>;
}

// PostgreSQL answers count() as bigint and sum() of doubles as double; ids and amounts fit a JS number.
pg.types.setTypeParser(20, (v) => Number(v));
pg.types.setTypeParser(1700, (v) => Number(v));

/**
 * One query layer, two databases: SQLite (one file, WAL) by default, PostgreSQL when DATABASE_URL
 * names one. Everything above this file is the same code for both.
 */
export function connect(config: Pick<ServerConfig, 'databaseUrl' | 'sqliteFile'>): Db {
  if (config.databaseUrl) {
    const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 10 });
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    return { db, reads: db, dialect: 'postgres', close: () => db.destroy() };
  }
  if (config.sqliteFile !== ':memory:') mkdirSync(dirname(config.sqliteFile), { recursive: true });
  const sqlite = new SQLite(config.sqliteFile);
  sqlite.pragma('journal_mode = WAL');
  // WAL + NORMAL: a committed transaction survives a process kill; only a power cut may lose the last one.
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('busy_timeout = 5000');
  // 64 MiB of page cache: the lists and statistics of 100,000 companies stay in memory.
  sqlite.pragma('cache_size = -65536');
  sqlite.pragma('foreign_keys = ON');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  if (config.sqliteFile === ':memory:') return { db, reads: db, dialect: 'sqlite', close: () => db.destroy() };
  const reads = new Kysely<Database>({ dialect: sqliteReadDialect(config.sqliteFile) });
  return {
    db,
    reads,
    dialect: 'sqlite',
    close: async () => {
      await reads.destroy();
      await db.destroy();
    },
  };
}

/**
 * Kysely prepares every query it runs, and better-sqlite3 compiles SQL on each prepare() — for a
 * list page, more time than the query itself: the same SQL text (parameters apart) gets the
 * statement compiled the first time (server/db/statement-cache.mjs).
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  return { close: () => sqlite.close(), prepare: statementCache(sqlite) };
}
