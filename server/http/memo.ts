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
export type Memo = (<T>(key: string, compute: (db: Kysely<Database>) => Promise<T>) => Promise<T>) & {
  /**
   * Records by id (`kind` naming what they are and everything else they depend on, the business
   * date included), kept until the next write: those not kept are read by `read`, in one go, on the
   * request's own connection. Kept records are shared: whoever gets one must not change it.
   */
  records: <T>(kind: string, ids: readonly string[], read: (missing: readonly string[]) => Promise<Map<string, T>>) => Promise<Map<string, T>>;
  /**
   * A read that may be long (a search through every company), not kept: on SQLite, done by the read
   * worker so that the other requests go on meanwhile; in a mutation, on the transaction.
   */
  aside: <T>(compute: (db: Kysely<Database>) => Promise<T>) => Promise<T>;
};

/** No keeping, computed on `db`: inside a write's transaction (what it reads is not committed). */
export const memoless = (db: Kysely<Database>): Memo =>
  Object.assign(<T>(_key: string, compute: (db: Kysely<Database>) => Promise<T>) => compute(db), {
    records: <T>(_kind: string, ids: readonly string[], read: (missing: readonly string[]) => Promise<Map<string, T>>) => read(ids),
    aside: <T>(compute: (db: Kysely<Database>) => Promise<T>) => compute(db),
  });

export class MemoCache {
  private readonly entries = new Map<string, Promise<unknown>>();
  /** Records (list rows) by version and kind, then id: a page is mostly rows already sent in another. */
  private readonly kept = new Map<string, Map<string, unknown>>();

  constructor(
    private readonly capacity = 1000,
    /** List rows with their checked JSON: about 2 kB each (some 60 MB at most per version). */
    private readonly recordCapacity = 30_000,
  ) {}

  get size(): number {
    return this.entries.size;
  }

  /**
   * A request's Memo, computing on `reads`: `version` is read once, when the request first asks for
   * kept figures; without a version, nothing is kept.
   */
  forRequest(version: () => Promise<string | null>, reads: Kysely<Database>): Memo {
    let read: Promise<string | null> | undefined;
    const memo = async <T>(key: string, compute: (db: Kysely<Database>) => Promise<T>): Promise<T> => {
      const v = await (read ??= version());
      return v === null ? compute(reads) : this.through(`${v}\u0000${key}`, () => compute(reads));
    };
    const records = async <T>(kind: string, ids: readonly string[], readMissing: (missing: readonly string[]) => Promise<Map<string, T>>) => {
      const v = await (read ??= version());
      if (v === null) return readMissing(ids);
      return this.recordsThrough(v, kind, ids, readMissing);
    };
    return Object.assign(memo, { records, aside: <T>(compute: (db: Kysely<Database>) => Promise<T>) => compute(reads) });
  }

  private async recordsThrough<T>(version: string, kind: string, ids: readonly string[], readMissing: (missing: readonly string[]) => Promise<Map<string, T>>): Promise<Map<string, T>> {
    const key = `${version}\u0000${kind}`;
    let kept = this.kept.get(key) as Map<string, T> | undefined;
    if (!kept) {
      kept = new Map();
      this.kept.set(key, kept);
      // Older versions' records serve only requests begun before the last write: the previous one stays
      // for those, older ones go (at most two sets of `recordCapacity` records are held).
      if (this.kept.size > 2) this.kept.delete(this.kept.keys().next().value!);
    }
    const out = new Map<string, T>();
    const missing: string[] = [];
    for (const id of ids) {
      const record = kept.get(id);
      if (record === undefined) missing.push(id);
      else out.set(id, record);
    }
    if (!missing.length) return out;
    const read = await readMissing(missing);
    // Bounded: past the capacity, the records read first go first.
    while (kept.size + read.size > this.recordCapacity && kept.size) kept.delete(kept.keys().next().value!);
    for (const [id, record] of read) {
      // Frozen: shared by every request until the next write (and its checked JSON kept, server/http/checked.ts).
      deepFreeze(record);
      out.set(id, record);
      kept.set(id, record);
    }
    return out;
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

/** Freezes an answer's record, its lists and objects included. */
function deepFreeze(value: unknown): void {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
}
