import { queryOptions } from '@tanstack/react-query';
import { EquipmentPage, StartupPage } from '@/contract/api';
import { paths } from '@/contract/endpoints';
import { request } from '@/lib/api-client';

/** What the command palette searches besides companies: start-ups and equipment items, by name. */
export const paletteQueries = {
  startups: (q: string) =>
    queryOptions({
      queryKey: ['startups', 'palette', q] as const,
      queryFn: ({ signal }) => request(StartupPage, paths.startups, { query: { q, pageSize: 5 }, signal }).then((p) => p.items),
    }),
  equipment: (q: string) =>
    queryOptions({
      queryKey: ['equipment', 'palette', q] as const,
      queryFn: ({ signal }) => request(EquipmentPage, paths.equipment, { query: { q }, signal }).then((p) => p.items.slice(0, 5)),
    }),
};
