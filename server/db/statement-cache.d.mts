// Types of server/db/statement-cache.mjs.
import type SQLite from 'better-sqlite3';
export function statementCache(sqlite: SQLite.Database, capacity?: number): (sql: string) => SQLite.Statement;
