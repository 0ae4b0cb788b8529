/**
 * A small seeded PRNG (sfc32, seeded through splitmix32) so that the demo dataset is the same byte
 * for byte on every machine. Math.random is never used: a demo a director saw yesterday must look
 * the same today.
 */

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

function hashLabel(label: string): number {
  // FNV-1a: enough to turn a stream name into a distinct seed.
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) {
    h ^= label.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private readonly seed: number;

  constructor(seed: number) {
    this.seed = seed >>> 0;
    const init = splitmix32(this.seed);
    this.a = init();
    this.b = init();
    this.c = init();
    this.d = init();
    // The first outputs of sfc32 are poorly mixed; discard them.
    for (let i = 0; i < 12; i++) this.next();
  }

  /**
   * An independent stream per part of the dataset: tuning how interactions are drawn must not
   * reshuffle the companies or the contracts.
   */
  fork(label: string): Rng {
    return new Rng((this.seed ^ hashLabel(label)) >>> 0);
  }

  /** A float in [0, 1). */
  next(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) >>> 0;
    return t / 4294967296;
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** Picks among [value, weight] pairs. */
  weighted<T>(pairs: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of pairs) total += w;
    let r = this.next() * total;
    for (const [value, w] of pairs) {
      r -= w;
      if (r < 0) return value;
    }
    return pairs[pairs.length - 1]![0];
  }

  /** Roughly normal (Irwin–Hall of 4 uniforms): bounded tails suit demo figures better than Box–Muller. */
  normal(mean: number, sd: number): number {
    const s = this.next() + this.next() + this.next() + this.next();
    return mean + (s - 2) * sd * Math.sqrt(3);
  }

  /** Log-normal-ish positive amount around `median`, clamped. */
  amount(median: number, spread: number, min: number, max: number): number {
    const v = median * Math.exp(this.normal(0, spread));
    return Math.min(max, Math.max(min, v));
  }

  /** Fisher–Yates, in place; returns the array for chaining. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      const tmp = items[i]!;
      items[i] = items[j]!;
      items[j] = tmp;
    }
    return items;
  }
}

/** A weighted picker prepared once, for draws repeated thousands of times (binary search on cumulative weights). */
export function weightedTable<T>(pairs: readonly (readonly [T, number])[]): (rng: Rng) => T {
  const values = pairs.map(([v]) => v);
  const cumulative: number[] = [];
  let total = 0;
  for (const [, w] of pairs) {
    total += w;
    cumulative.push(total);
  }
  return (rng) => {
    const r = rng.next() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (r < cumulative[mid]!) hi = mid;
      else lo = mid + 1;
    }
    return values[lo]!;
  };
}

/**
 * Splits `total` into integer parts proportional to `weights` (largest remainder), so that quotas
 * such as "35 % in Gard" hold exactly at every scale instead of drifting with sampling noise.
 */
export function apportion(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (total * w) / sum);
  const parts = raw.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const order = raw.map((r, i) => [r - Math.floor(r), i] as const).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  for (let k = 0; left > 0; k = (k + 1) % order.length, left--) parts[order[k]![1]]! += 1;
  return parts;
}
