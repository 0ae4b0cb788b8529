import { queryOptions } from '@tanstack/react-query';
import { request } from '@/lib/api-client';
import { paths } from '@/contract/endpoints';
import { GrowthStats, OverviewStats } from '@/contract/stats';
import type { StatsQuery } from '@/contract/queries';

export type OverviewFilters = Partial<StatsQuery>;

const asQuery = (f: OverviewFilters) => ({ year: f.year, sector: f.sector, department: f.department });

export const overviewQueries = {
  all: () => ['overview'] as const,
  kpis: (filters: OverviewFilters = {}) =>
    queryOptions({
      queryKey: [...overviewQueries.all(), 'kpis', asQuery(filters)] as const,
      queryFn: ({ signal }) => request(OverviewStats, paths.statsOverview, { query: asQuery(filters), signal }),
    }),
  growth: (filters: OverviewFilters = {}) =>
    queryOptions({
      queryKey: [...overviewQueries.all(), 'growth', asQuery(filters)] as const,
      queryFn: ({ signal }) => request(GrowthStats, paths.statsGrowth, { query: asQuery(filters), signal }),
    }),
};
