import { fold, matchesAll, searchTokens } from './text';

type Searchable = { name: string; platform: string; researchUnit: string; category: string; description: string };

/** The catalogue's search box: every word of `q`, accents and case aside, in the item's name, platform, unit, category or description. */
export function equipmentMatcher(q: string): (item: Searchable) => boolean {
  const tokens = searchTokens(q);
  if (!tokens.length) return () => true;
  return (e) => matchesAll(fold(`${e.name} ${e.platform} ${e.researchUnit} ${e.category} ${e.description}`), tokens);
}
