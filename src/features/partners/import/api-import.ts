import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { ImportResult, PartnerPage } from '@/contract/api';
import type { ImportRequest } from '@/contract/api';
import type { PartnerRow } from '@/contract/entities';
import { paths } from '@/contract/endpoints';
import { request } from '@/lib/api-client';

/**
 * The import's calls: one read of every company (archived ones too: the API matches SIRENs
 * against all of them) to tell which lines are already known — one request instead of one search
 * per line — and the one all-or-nothing write.
 */
export const importQueries = {
  existing: () =>
    queryOptions({
      queryKey: ['partners', 'import-index'] as const,
      queryFn: async ({ signal }) => {
        const page = await request(PartnerPage, paths.partners, { query: { pageSize: 100_000, archived: 'include' }, signal });
        const bySiren = new Map<string, PartnerRow>();
        for (const p of page.items) if (p.siren) bySiren.set(p.siren, p);
        return bySiren;
      },
      staleTime: 30_000,
    }),
};

export function useImportPartners() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (body: ImportRequest) => request(ImportResult, paths.partnersImport, { method: 'POST', body }),
    // Not awaited: the report shows at once while the lists refetch behind it.
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: ['partners'] });
      void client.invalidateQueries({ queryKey: ['overview'] });
    },
  });
}
