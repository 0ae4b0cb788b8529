import type { Compilable, CompiledQuery, Kysely, QueryResult } from 'kysely';
import type { Database } from './schema';

/**
 * A query that every request runs (its session, the data version), built and compiled once per
 * connection and then run with each request's values: for such small queries, Kysely's building and
 * compiling take longer than the database. `build` gets a marker for each argument; the compiled
 * query's parameters that are markers take the arguments given at each run. A transaction is a new
 * connection object each time: there, the query is built as usual.
 */
export function prepared<A extends string[], R>(build: (db: Kysely<Database>, ...args: A) => Compilable<R>) {
  const compiled = new WeakMap<Kysely<Database>, CompiledQuery<R>>();
  return (db: Kysely<Database>, ...args: A): Promise<QueryResult<R>> => {
    let query = compiled.get(db);
    if (!query) {
      query = build(db, ...(args.map((_, i) => `${MARK}${i}`) as A)).compile();
      if (!db.isTransaction) compiled.set(db, query);
    }
    const parameters = query.parameters.map((p) => (typeof p === 'string' && p.startsWith(MARK) ? args[Number(p.slice(MARK.length))] : p));
    return db.executeQuery({ ...query, parameters });
  };
}

/** No value a request brings starts with a NUL (they are dropped from requests, server/app.ts). */
const MARK = '\u0000arg';
