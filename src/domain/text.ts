/**
 * Text matching for search and duplicate detection: people type "societe generale d'ales" for
 * "Société Générale d'Alès", so both sides are lower-cased and stripped of accents first.
 */

const DIACRITICS = /\p{Diacritic}/gu;
const LIGATURES: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss' };

export function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/[œæß]/g, (c) => LIGATURES[c] ?? c)
    .normalize('NFD')
    .replace(DIACRITICS, '');
}

/**
 * Search words: every one must appear somewhere in the haystack. Digits typed in groups
 * ("200 034 528") are one identifier, not three words.
 */
export function searchTokens(q: string): string[] {
  if (/^[\d\s.]+$/.test(q) && /\d/.test(q)) return [q.replace(/[\s.]/g, '')];
  return fold(q).split(/\s+/).filter(Boolean);
}

export function matchesAll(haystack: string, tokens: readonly string[]): boolean {
  for (const t of tokens) if (!haystack.includes(t)) return false;
  return true;
}

/** Legal forms and filler words say nothing about which company it is. */
const NOISE = new Set(['sa', 'sas', 'sasu', 'sarl', 'eurl', 'sci', 'snc', 'scop', 'scic', 'gie', 'sem', 'spl', 'selarl', 'et', 'de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'cie', 'fils', 'france']);

/** "S.A.S. Société des Fonderies d'Alès" → "societe fonderies ales". */
export function companyKey(name: string): string {
  return fold(name)
    .replace(/\./g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w && !NOISE.has(w))
    .join(' ');
}

/** Edit distance, given up (returns max + 1) as soon as it must exceed `max`. */
export function levenshtein(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + cost);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    prev = row;
  }
  return prev[b.length]!;
}

/** Same words in any order, or at most two typos; short names must match exactly. */
export function similarCompanyKeys(a: string, b: string): boolean {
  if (!a || !b) return false;
  if (a === b) return true;
  const sortedWords = (s: string) => s.split(' ').sort().join(' ');
  if (sortedWords(a) === sortedWords(b)) return true;
  if (Math.min(a.length, b.length) < 5) return false;
  return levenshtein(a, b, 2) <= 2;
}

/**
 * A key whose plain byte order is the French alphabetical order people expect ("École" with the
 * E's, "Lot 9" before "Lot 10"): what a SQL `ORDER BY` sorts on, in SQLite and PostgreSQL alike.
 */
export function sortKey(s: string): string {
  return fold(s)
    .replace(/[’‘`]/g, "'")
    .replace(/\d+/g, (digits) => digits.replace(/^0+(?=\d)/, '').padStart(12, '0'))
    .trim();
}
