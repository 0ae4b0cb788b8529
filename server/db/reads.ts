import { Worker } from 'node:worker_threads';
import { SqliteAdapter, SqliteIntrospector, SqliteQueryCompiler } from 'kysely';
import type { CompiledQuery, DatabaseConnection, Dialect as KyselyDialect, Driver, Kysely, QueryResult } from 'kysely';

/**
 * better-sqlite3 answers synchronously: a query holds the server's only thread, and every request
 * waits behind it — a list's first COUNT for a new search, a statistic read over 100,000 companies.
 * The reads of GET requests therefore go to a second, read-only connection in a worker thread:
 * the server keeps answering while the worker reads (and the machine's second core is used).
 * WAL lets that connection read while the main one writes, and each query sees every transaction
 * committed before it started — a client reads its own writes.
 *
 * This file is the Kysely dialect of that connection (SQLite's SQL, queries sent to the worker).
 */

type Reply = { id: number; rows?: unknown[]; error?: string };

class WorkerConnection implements DatabaseConnection {
  private worker: Worker | null = null;
  private next = 0;
  private readonly pending = new Map<number, { resolve: (rows: unknown[]) => void; reject: (error: Error) => void }>();
  private closed = false;

  constructor(private readonly file: string) {}

  /** The worker, started when first needed and again should it stop (its queries in flight fail). */
  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./read-worker.mjs', import.meta.url), { workerData: { file: this.file } });
    worker.on('message', ({ id, rows, error }: Reply) => {
      const waiting = this.pending.get(id);
      this.pending.delete(id);
      if (error !== undefined) waiting?.reject(new Error(error));
      else waiting?.resolve(rows ?? []);
    });
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = null;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`La connexion de lecture s’est arrêtée (code ${code}).`)));
    // A worker waiting for queries does not keep the process alive.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    if (this.closed) return Promise.reject(new Error('La connexion de lecture est fermée.'));
    const id = this.next++;
    return new Promise<QueryResult<R>>((resolve, reject) => {
      this.pending.set(id, { resolve: (rows) => resolve({ rows: rows as R[] }), reject });
      this.started().postMessage({ id, sql: compiled.sql, parameters: compiled.parameters });
    });
  }

  streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('La connexion de lecture ne lit pas en flux.');
  }

  async close(): Promise<void> {
    this.closed = true;
    const worker = this.worker;
    this.worker = null;
    if (worker) await worker.terminate();
  }
}

class WorkerDriver implements Driver {
  readonly connection: WorkerConnection;

  constructor(file: string) {
    this.connection = new WorkerConnection(file);
  }

  async init(): Promise<void> {}
  // One connection serves every request: the worker takes their queries in turn.
  acquireConnection(): Promise<DatabaseConnection> {
    return Promise.resolve(this.connection);
  }
  beginTransaction(): Promise<void> {
    return Promise.reject(new Error('La connexion de lecture n’ouvre pas de transaction.'));
  }
  commitTransaction(): Promise<void> {
    return this.beginTransaction();
  }
  rollbackTransaction(): Promise<void> {
    return this.beginTransaction();
  }
  async releaseConnection(): Promise<void> {}
  destroy(): Promise<void> {
    return this.connection.close();
  }
}

/** SQLite's dialect, its queries run by the read worker on `file`. */
export function sqliteReadDialect(file: string): KyselyDialect {
  return {
    createAdapter: () => new SqliteAdapter(),
    createDriver: () => new WorkerDriver(file),
    createQueryCompiler: () => new SqliteQueryCompiler(),
    createIntrospector: (db: Kysely<unknown>) => new SqliteIntrospector(db),
  };
}
