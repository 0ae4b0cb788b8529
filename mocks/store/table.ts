/**
 * One collection of the in-memory database: the dataset's own array (so that saving the dataset
 * saves the store), an index by id, and named indexes by what a row belongs to (its company, its
 * equipment item…). Indexes are built on first use, so that resetting the store between tests
 * costs a clone and nothing more. Rows are updated in place: every index keeps the current record.
 */
type Grouping<T> = (row: T) => string | null | readonly string[];

export class Table<T extends { id: string }, K extends string = never> {
  private ids: Map<string, T> | null = null;
  private readonly groups = new Map<K, Map<string, T[]>>();

  constructor(
    readonly rows: T[],
    private readonly groupings: Record<K, Grouping<T>> = {} as Record<K, Grouping<T>>,
  ) {}

  get size(): number {
    return this.rows.length;
  }

  get(id: string): T | undefined {
    if (!this.ids) this.ids = new Map(this.rows.map((r) => [r.id, r]));
    return this.ids.get(id);
  }

  /** Rows whose grouping `name` gives `key` (e.g. by('partner', 'p-000001')). */
  by(name: K, key: string): readonly T[] {
    let map = this.groups.get(name);
    if (!map) {
      map = new Map();
      for (const row of this.rows) add(map, this.groupings[name](row), row);
      this.groups.set(name, map);
    }
    return map.get(key) ?? [];
  }

  insert(row: T): T {
    this.rows.push(row);
    this.ids?.set(row.id, row);
    for (const [name, map] of this.groups) add(map, this.groupings[name](row), row);
    return row;
  }

  update(row: T, changes: Partial<T>): T {
    for (const [name, map] of this.groups) drop(map, this.groupings[name](row), row);
    Object.assign(row, changes);
    for (const [name, map] of this.groups) add(map, this.groupings[name](row), row);
    return row;
  }

  remove(id: string): T | undefined {
    const row = this.get(id);
    if (!row) return undefined;
    this.ids?.delete(id);
    for (const [name, map] of this.groups) drop(map, this.groupings[name](row), row);
    const at = this.rows.lastIndexOf(row);
    if (at >= 0) this.rows.splice(at, 1);
    return row;
  }
}

function keysOf(keys: string | null | readonly string[]): readonly string[] {
  if (keys === null) return [];
  return typeof keys === 'string' ? [keys] : keys;
}

function add<T>(map: Map<string, T[]>, keys: string | null | readonly string[], row: T): void {
  // The common case (one key) allocates nothing: it runs for every row of 100,000-company datasets.
  if (typeof keys === 'string') {
    const list = map.get(keys);
    if (list) list.push(row);
    else map.set(keys, [row]);
    return;
  }
  for (const key of keysOf(keys)) add(map, key, row);
}

function drop<T>(map: Map<string, T[]>, keys: string | null | readonly string[], row: T): void {
  for (const key of keysOf(keys)) {
    const list = map.get(key);
    const at = list ? list.indexOf(row) : -1;
    if (at >= 0) list!.splice(at, 1);
  }
}

/**
 * Ids like "p-000123": a new one continues the collection's numbering, with the prefix and width
 * the generator used (or `fallback` for an empty collection).
 */
export function idSequence(rows: readonly { id: string }[], fallback: string): () => string {
  const first = rows[0] ? /^(.*?)(\d+)$/.exec(rows[0].id) : null;
  const prefix = first ? first[1]! : `${fallback}-`;
  const width = first ? first[2]!.length : 6;
  let max = 0;
  for (const { id } of rows) {
    if (!id.startsWith(prefix)) continue;
    const n = Number(id.slice(prefix.length));
    if (Number.isInteger(n) && n > max) max = n;
  }
  return () => `${prefix}${String(++max).padStart(width, '0')}`;
}
