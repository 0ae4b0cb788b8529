import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

/**
 * Figures kept per data version (server/db/version.ts): list totals and statistics cost a read of
 * many rows, but change only when some write commits. Entries are keyed by the version read at the
 * start of the request and what was asked, so that an entry is never served after a write; the
 * promise itself is kept, so that concurrent requests for the same figures share one computation.
 * Bounded: the least recently used entries go first.
 */

/**
 * Gives the figures named `key` (the query, normalised), computing them when not kept, with the
 * connection given to `compute`: on SQLite the read connection of a worker thread (server/db/reads.ts),
 * so that a long count does not hold the other requests.
 */
export type Memo = <T>(key: string, compute: (db: Kysely<Database>) => Promise<T>) => Promise<T>;

/** No keeping, computed on `db`: inside a write's transaction (what it reads is not committed). */
export const memoless =
  (db: Kysely<Database>): Memo =>
  (_key, compute) =>
    compute(db);

export class MemoCache {
  private readonly entries = new Map<string, Promise<unknown>>();

  constructor(private readonly capacity = 1000) {}

  get size(): number {
    return this.entries.size;
  }

  /**
   * A request's Memo, computing on `reads`: `version` is read once, when the request first asks for
   * kept figures; without a version, nothing is kept.
   */
  forRequest(version: () => Promise<string | null>, reads: Kysely<Database>): Memo {
    let read: Promise<string | null> | undefined;
    return async <T>(key: string, compute: (db: Kysely<Database>) => Promise<T>): Promise<T> => {
      const v = await (read ??= version());
      return v === null ? compute(reads) : this.through(`${v}\u0000${key}`, () => compute(reads));
    };
  }

  private through<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const kept = this.entries.get(key);
    if (kept) {
      // Most recently used last: Map keeps insertion order.
      this.entries.delete(key);
      this.entries.set(key, kept);
      return kept as Promise<T>;
    }
    const made = compute();
    this.entries.set(key, made);
    // A failure is not kept: the next request tries again.
    made.catch(() => {
      if (this.entries.get(key) === made) this.entries.delete(key);
    });
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
    return made;
  }
}
