import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { request } from '@/lib/api-client';
import type { QueryValue } from '@/lib/api-client';
import { paths } from '@/contract/endpoints';
import { StartupPage } from '@/contract/api';
import type { StartupRow } from '@/contract/api';
import type { StartupListQuery } from '@/contract/queries';
import { SurvivalStats } from '@/contract/stats';
import type * as z from 'zod/mini';

/**
 * The incubator's data. The table reads one page; the charts and key figures read the whole
 * (filtered) set of start-ups, a few hundred rows, fetched page by page should it ever grow.
 */

export type StartupQuery = z.infer<typeof StartupListQuery>;
/** What the charts follow from the table's filters: the territory and the sector. */
export interface Scope {
  sector: readonly string[];
  department: readonly string[];
}

const FULL_PAGE = 10_000;

export async function fetchAllStartups(query: Partial<Record<keyof StartupQuery, QueryValue>>, signal?: AbortSignal): Promise<StartupRow[]> {
  const ask = (page: number) =>
    request(StartupPage, paths.startups, { query: { ...query, page, pageSize: FULL_PAGE }, signal });
  const first = await ask(1);
  const pages = Math.ceil(first.total / FULL_PAGE);
  if (pages <= 1) return first.items;
  const rest = await Promise.all(Array.from({ length: pages - 1 }, (_, i) => ask(i + 2)));
  return [first.items, ...rest.map((p) => p.items)].flat();
}

const scopeKey = (s: Scope) => ({ sector: [...s.sector], department: [...s.department] });

export const startupQueries = {
  all: () => ['startups'] as const,
  list: (query: StartupQuery) =>
    queryOptions({
      queryKey: [...startupQueries.all(), 'list', query] as const,
      queryFn: ({ signal }) => request(StartupPage, paths.startups, { query: query, signal }),
      placeholderData: keepPreviousData,
    }),
  everything: (scope: Scope) =>
    queryOptions({
      queryKey: [...startupQueries.all(), 'everything', scopeKey(scope)] as const,
      queryFn: ({ signal }) => fetchAllStartups(scopeKey(scope), signal),
      staleTime: 60_000,
    }),
  incubatingNow: () =>
    queryOptions({
      queryKey: [...startupQueries.all(), 'incubating-now'] as const,
      queryFn: ({ signal }) => fetchAllStartups({ incubatingNow: true, sort: 'name' }, signal),
      staleTime: 60_000,
    }),
  survival: (scope: Scope) =>
    queryOptions({
      queryKey: [...startupQueries.all(), 'survival', scopeKey(scope)] as const,
      queryFn: ({ signal }) => request(SurvivalStats, paths.statsSurvival, { query: scopeKey(scope), signal }),
      staleTime: 60_000,
    }),
};
