import { queryOptions } from '@tanstack/react-query';
import { PartnerPage } from '@/contract/api';
import { paths } from '@/contract/endpoints';
import { request } from './api-client';

/** How many companies a picker offers at once. */
const PAGE_SIZE = 8;

/**
 * The companies whose name matches what was typed in a company picker (`GET /partners?q=`).
 * Keyed under `['partners']`, so every write that invalidates the companies refreshes it too.
 */
export const partnerSearch = (q: string) =>
  queryOptions({
    queryKey: ['partners', 'search', q] as const,
    queryFn: ({ signal }) => request(PartnerPage, paths.partners, { query: { q, pageSize: PAGE_SIZE, sort: 'name' }, signal }).then((p) => p.items),
    staleTime: 30_000,
  });
