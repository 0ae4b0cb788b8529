/**
 * Sorting for the list endpoints: French collation for text ("École" with the E's, "Lot 10" after
 * "Lot 9"), empty values last in both directions, and a stable tie-break so that paging through a
 * list never shows a row twice.
 */

export const frCollator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

export type SortKey = string | number | null;
export type Order = 'asc' | 'desc';

/** Ranks the distinct strings once, so that the sort itself compares numbers. */
function collationRanks(values: readonly SortKey[]): Map<string, number> {
  const distinct = [...new Set(values.filter((v): v is string => typeof v === 'string'))].sort(frCollator.compare);
  const ranks = new Map<string, number>();
  let rank = 0;
  distinct.forEach((v, i) => {
    // "École" and "ecole" collate equal: they share a rank, so the tie-break decides, in both directions.
    if (i > 0 && frCollator.compare(distinct[i - 1]!, v) !== 0) rank = i;
    ranks.set(v, rank);
  });
  return ranks;
}

export function sortRows<T>(
  rows: readonly T[],
  key: (row: T) => SortKey,
  order: Order,
  options: { collate?: boolean; tieBreak?: (row: T) => number } = {},
): T[] {
  const raw = rows.map(key);
  const ranks = options.collate ? collationRanks(raw) : null;
  const keys = ranks ? raw.map((v) => (typeof v === 'string' ? ranks.get(v)! : v)) : raw;
  const ties = options.tieBreak ? rows.map(options.tieBreak) : null;
  const sign = order === 'desc' ? -1 : 1;
  const idx = rows.map((_, i) => i);
  idx.sort((a, b) => {
    const ka = keys[a]!;
    const kb = keys[b]!;
    if (ka !== kb) {
      if (ka === null) return 1;
      if (kb === null) return -1;
      return (ka < kb ? -1 : 1) * sign;
    }
    if (ties) {
      const d = ties[a]! - ties[b]!;
      if (d !== 0) return d;
    }
    return a - b;
  });
  return idx.map((i) => rows[i]!);
}
