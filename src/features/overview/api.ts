import { queryOptions } from '@tanstack/react-query';
import { request } from '@/lib/api-client';
import { paths } from '@/contract/endpoints';
import { OverviewStats } from '@/contract/stats';
import type { StatsQuery } from '@/contract/queries';

export type OverviewFilters = Partial<StatsQuery>;

export const overviewQueries = {
  all: () => ['overview'] as const,
  kpis: (filters: OverviewFilters = {}) =>
    queryOptions({
      queryKey: [...overviewQueries.all(), 'kpis', filters] as const,
      queryFn: ({ signal }) =>
        request(OverviewStats, paths.statsOverview, {
          query: { year: filters.year, sector: filters.sector, department: filters.department },
          signal,
        }),
    }),
};
