// The read connection's thread (server/db/reads.ts): runs the SQL it is sent on its own read-only
// SQLite connection and posts the rows back. Plain JavaScript: a worker starts without the TS loader.
import { parentPort, workerData } from 'node:worker_threads';
import SQLite from 'better-sqlite3';
import { statementCache } from './statement-cache.mjs';

const sqlite = new SQLite(workerData.file, { readonly: true, fileMustExist: true });
sqlite.pragma('busy_timeout = 5000');
sqlite.pragma('cache_size = -65536');

const prepare = statementCache(sqlite);

parentPort.on('message', ({ id, sql, parameters }) => {
  try {
    const statement = prepare(sql);
    if (!statement.reader) throw new Error('The read connection runs queries that return rows only.');
    parentPort.postMessage({ id, rows: statement.all(parameters) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
