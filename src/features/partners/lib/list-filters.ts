import type { PartnerListQuery } from '@/contract/queries';

/** Page sizes people can choose; any other size in a link falls back to the default. */
export const PAGE_SIZES = [25, 50, 100] as const;
export const DEFAULT_PAGE_SIZE = 50;

export function effectivePageSize(size: number): number {
  return (PAGE_SIZES as readonly number[]).includes(size) ? size : DEFAULT_PAGE_SIZE;
}

/** "Sans interaction depuis plus de N mois". */
export const INACTIVE_CHOICES = [3, 6, 12, 24] as const;

/** The filters "Effacer les filtres" resets; sort and page size are the reader's, they stay. */
export const CLEARED_FILTERS = {
  q: '',
  sector: [],
  department: [],
  stage: [],
  kind: [],
  owner: [],
  tag: [],
  hostsApprentices: false,
  inactiveMonths: undefined,
  archived: 'exclude',
} satisfies Partial<PartnerListQuery>;

export type ListFilterKey = 'sector' | 'department' | 'stage' | 'kind' | 'owner' | 'tag';
const LIST_KEYS: readonly ListFilterKey[] = ['sector', 'department', 'stage', 'kind', 'owner', 'tag'];

export function hasActiveFilters(query: PartnerListQuery): boolean {
  return (
    query.q !== '' ||
    LIST_KEYS.some((k) => query[k].length > 0) ||
    query.hostsApprentices ||
    query.inactiveMonths !== undefined ||
    query.archived !== 'exclude'
  );
}

export interface FilterChip {
  id: string;
  /** What the chip reads: "Secteur : Santé". */
  label: string;
  /** What removing it changes in the query. */
  patch: Partial<PartnerListQuery>;
}

export interface ChipLabels {
  name: (key: ListFilterKey | 'q' | 'hostsApprentices' | 'inactiveMonths' | 'archived') => string;
  value: (key: ListFilterKey, value: string) => string;
  inactive: (months: number) => string;
  archived: (mode: 'include' | 'only') => string;
}

/** One removable chip per active filter value, in the order of the filter bar. */
export function activeChips(query: PartnerListQuery, labels: ChipLabels): FilterChip[] {
  const chips: FilterChip[] = [];
  if (query.q) chips.push({ id: 'q', label: `${labels.name('q')} : « ${query.q} »`, patch: { q: '' } });
  for (const key of LIST_KEYS) {
    const values: readonly string[] = query[key];
    for (const value of values) {
      chips.push({
        id: `${key}:${value}`,
        label: `${labels.name(key)} : ${labels.value(key, value)}`,
        patch: { [key]: values.filter((v) => v !== value) },
      });
    }
  }
  if (query.hostsApprentices) chips.push({ id: 'hostsApprentices', label: labels.name('hostsApprentices'), patch: { hostsApprentices: false } });
  if (query.inactiveMonths !== undefined) chips.push({ id: 'inactiveMonths', label: labels.inactive(query.inactiveMonths), patch: { inactiveMonths: undefined } });
  if (query.archived !== 'exclude') chips.push({ id: 'archived', label: `${labels.name('archived')} : ${labels.archived(query.archived)}`, patch: { archived: 'exclude' } });
  return chips;
}

/** Adds a typed tag unless it is already there (compared without case, as the API does). */
export function addTag(tags: readonly string[], typed: string): string[] {
  const tag = typed.trim();
  if (!tag || tags.some((t) => t.toLowerCase() === tag.toLowerCase())) return [...tags];
  return [...tags, tag];
}
