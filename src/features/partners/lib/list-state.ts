import { useCallback, useState } from 'react';
import { PartnerListQuery } from '@/contract/queries';
import { useSearchState } from '@/lib/url-state';

/** The view a change leads to: anything but the page goes back to page 1 (as useSearchState does). */
export function nextListQuery(query: PartnerListQuery, patch: Partial<PartnerListQuery>): PartnerListQuery {
  return { ...query, ...patch, page: 'page' in patch && patch.page !== undefined ? patch.page : 1 };
}

/**
 * The list's state from the URL, applied at once. The router commits URL changes in a transition,
 * so a checkbox bound to the URL alone would spring back for a moment after a click; until the URL
 * catches up, the change people just made is what the controls (and the request) use.
 * `beforeUpdate` sees the new view before the URL is written (to start its request early).
 */
export function useListState(beforeUpdate?: (next: PartnerListQuery) => void) {
  const [fromUrl, update] = useSearchState(PartnerListQuery);
  const [pending, setPending] = useState<{ base: PartnerListQuery; next: PartnerListQuery } | null>(null);
  // Only while the URL is still the one the change was made on: a newer URL always wins.
  const query = pending && pending.base === fromUrl ? pending.next : fromUrl;

  const apply = useCallback(
    (patch: Partial<PartnerListQuery>) => {
      const next = nextListQuery(query, patch);
      beforeUpdate?.(next);
      setPending({ base: fromUrl, next });
      update(patch);
    },
    [query, fromUrl, update, beforeUpdate],
  );
  return [query, apply] as const;
}
