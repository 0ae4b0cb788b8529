import { queryOptions } from '@tanstack/react-query';
import { request } from '@/lib/api-client';
import { paths } from '@/contract/endpoints';
import { TerritoryStats } from '@/contract/stats';
import type { Sector } from '@/contract/reference';
import type { Layer } from './lib/layers';

export interface TerritoryFilters {
  layer: Layer;
  sector: readonly Sector[];
  year?: number | undefined;
}

const asQuery = (f: TerritoryFilters) => ({ layer: f.layer, sector: [...f.sector], year: f.year });

export const territoryQueries = {
  all: () => ['territory'] as const,
  stats: (filters: TerritoryFilters) =>
    queryOptions({
      queryKey: [...territoryQueries.all(), 'stats', asQuery(filters)] as const,
      queryFn: ({ signal }) => request(TerritoryStats, paths.statsTerritory, { query: asQuery(filters), signal }),
    }),
};
