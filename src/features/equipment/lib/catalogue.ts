import * as z from 'zod/mini';
import type { EquipmentListItem } from '@/contract/api';
import { EQUIPMENT_CATEGORIES, RESEARCH_UNITS } from '@/contract/reference';
import { enumList, flag, searchText, sortOrder } from '@/contract/primitives';

/**
 * The catalogue's URL state. The API filters by text and "open only"; the catalogue is a few dozen
 * items, so category, unit and sort are applied here on what it returns.
 */
export const CATALOGUE_SORT_KEYS = ['name', 'unit', 'category', 'rate', 'utilisation', 'nextFreeSlot'] as const;
export type CatalogueSortKey = (typeof CATALOGUE_SORT_KEYS)[number];

export const CatalogueQuery = z.object({
  q: searchText,
  openOnly: flag,
  category: enumList(EQUIPMENT_CATEGORIES),
  unit: enumList(RESEARCH_UNITS),
  sort: z.catch(z._default(z.enum(CATALOGUE_SORT_KEYS), 'name'), 'name'),
  order: sortOrder,
});
export type CatalogueQuery = z.infer<typeof CatalogueQuery>;

export const CLEARED_CATALOGUE_FILTERS: Partial<CatalogueQuery> = { q: '', openOnly: false, category: [], unit: [] };

export function hasCatalogueFilters(q: CatalogueQuery): boolean {
  return q.q !== '' || q.openOnly || q.category.length > 0 || q.unit.length > 0;
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/**
 * Rates compare per hour (a day is counted as 8 h) so that hourly and daily items sort together;
 * items with no free slot in the year sort last.
 */
const hourlyRate = (e: EquipmentListItem) => (e.rateUnit === 'day' ? e.rate / 8 : e.rate);

export function filterAndSort(
  items: readonly EquipmentListItem[],
  q: Pick<CatalogueQuery, 'category' | 'unit' | 'sort' | 'order'>,
  categoryLabel: (c: EquipmentListItem['category']) => string = (c) => c,
): EquipmentListItem[] {
  const kept = items.filter((e) => (!q.category.length || q.category.includes(e.category)) && (!q.unit.length || q.unit.includes(e.researchUnit)));
  const dir = q.order === 'desc' ? -1 : 1;
  const compare = (a: EquipmentListItem, b: EquipmentListItem): number => {
    switch (q.sort) {
      case 'unit':
        return collator.compare(`${a.researchUnit} ${a.platform}`, `${b.researchUnit} ${b.platform}`);
      case 'category':
        return collator.compare(categoryLabel(a.category), categoryLabel(b.category));
      case 'rate':
        return hourlyRate(a) - hourlyRate(b);
      case 'utilisation':
        return a.utilisation12m - b.utilisation12m;
      case 'nextFreeSlot': {
        if (a.nextFreeSlot === b.nextFreeSlot) return 0;
        if (a.nextFreeSlot === null) return 1 * dir;
        if (b.nextFreeSlot === null) return -1 * dir;
        return Date.parse(a.nextFreeSlot) - Date.parse(b.nextFreeSlot);
      }
      default:
        return 0;
    }
  };
  return kept.sort((a, b) => dir * compare(a, b) || collator.compare(a.name, b.name));
}

/** The most used item and the mean utilisation of those shown, for the catalogue chart's takeaway. */
export function catalogueFacts(items: readonly EquipmentListItem[]): { top: EquipmentListItem; average: number } | null {
  if (!items.length) return null;
  const top = items.reduce((best, e) => (e.utilisation12m > best.utilisation12m ? e : best));
  return { top, average: items.reduce((s, e) => s + e.utilisation12m, 0) / items.length };
}
