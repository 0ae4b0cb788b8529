import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { ContactPage, ContractPage, ContractRow, YearlyFiguresPage } from '@/contract/api';
import type { ContractInput } from '@/contract/entities';
import { paths } from '@/contract/endpoints';
import { request } from '@/lib/api-client';
import type { ContractFilters } from './lib/page-query';

/**
 * The apprenticeship office's data. Every contract query lives under ['apprenticeships'], so a
 * saved contract refreshes the table, the counts and the charts at once.
 */

/** The API's largest page: aggregates and exports read every page of that size. */
const FULL_PAGE = 10_000;

type ListParams = Partial<ContractFilters>;

function fetchContracts(params: ListParams, signal?: AbortSignal) {
  return request(ContractPage, paths.contracts, { query: params, signal });
}

/** Every contract the filters select, page after page (the demo has a few thousand). */
export async function fetchAllContracts(params: ListParams, signal?: AbortSignal): Promise<ContractRow[]> {
  const rows: ContractRow[] = [];
  for (let page = 1; ; page++) {
    const res = await fetchContracts({ ...params, page, pageSize: FULL_PAGE }, signal);
    rows.push(...res.items);
    if (rows.length >= res.total || res.items.length === 0) return rows;
  }
}

export const contractQueries = {
  all: () => ['apprenticeships'] as const,
  list: (params: ContractFilters) =>
    queryOptions({
      queryKey: [...contractQueries.all(), 'list', params] as const,
      queryFn: ({ signal }) => fetchContracts(params, signal),
      placeholderData: keepPreviousData,
    }),
  /** Contracts active at some point of the academic year: the census and the ranking read them. */
  year: (year: number) =>
    queryOptions({
      queryKey: [...contractQueries.all(), 'year', year] as const,
      queryFn: ({ signal }) => fetchAllContracts({ activeInYear: year }, signal),
      staleTime: 60_000,
    }),
  /** Every contract ever signed: the cohort chart. */
  history: () =>
    queryOptions({
      queryKey: [...contractQueries.all(), 'history'] as const,
      queryFn: ({ signal }) => fetchAllContracts({}, signal),
      staleTime: 60_000,
    }),
};

export const yearlyFiguresQuery = () =>
  queryOptions({
    queryKey: ['yearly-figures'] as const,
    queryFn: ({ signal }) => request(YearlyFiguresPage, paths.yearlyFigures, { signal }).then((p) => p.items),
    staleTime: 5 * 60_000,
  });

/** The host-company picker and the tutor filter: small searches. */
export const lookups = {
  tutors: (q: string) =>
    queryOptions({
      queryKey: ['apprenticeships-lookup', 'tutors', q] as const,
      queryFn: ({ signal }) => request(ContactPage, paths.contacts, { query: { q, tutorsOnly: true, pageSize: 8 }, signal }).then((p) => p.items),
      staleTime: 30_000,
    }),
  /** All contacts of a host: its designated tutors first in the form, the others after. */
  contactsOf: (partnerId: string) =>
    queryOptions({
      queryKey: ['contacts', 'by-partner-for-contract', partnerId] as const,
      queryFn: ({ signal }) => request(ContactPage, paths.contacts, { query: { partnerId, pageSize: 200 }, signal }).then((p) => p.items),
      staleTime: 30_000,
    }),
};

function useInvalidateAfterSave() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: contractQueries.all() }),
      // A company's apprentices and the dashboard's counts follow the contracts.
      client.invalidateQueries({ queryKey: ['partners'] }),
      client.invalidateQueries({ queryKey: ['overview'] }),
    ]);
}

export function useCreateContract() {
  const invalidate = useInvalidateAfterSave();
  return useMutation({
    mutationFn: (input: ContractInput) => request(ContractRow, paths.contracts, { method: 'POST', body: input }),
    onSettled: invalidate,
  });
}

export function useUpdateContract() {
  const invalidate = useInvalidateAfterSave();
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: Partial<ContractInput> & { version: number } }) =>
      request(ContractRow, paths.contract(id), { method: 'PATCH', body: patch }),
    onSettled: invalidate,
  });
}
