import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { request, requestVoid } from '@/lib/api-client';
import type { QueryValue } from '@/lib/api-client';
import { paths } from '@/contract/endpoints';
import { ContactPage, ContactRow, InteractionPage, InteractionRow, PartnerDuplicatePage, PartnerPage } from '@/contract/api';
import { PartnerRow } from '@/contract/entities';
import type { ContactInput, InteractionInput, PartnerInput, PartnerPatch } from '@/contract/entities';
import type { PartnerListQuery } from '@/contract/queries';
import { PartnerSummary } from '@/contract/stats';

/**
 * The companies domain: the list, one company, its contacts and interactions. Every input of a
 * fetch is in its key; mutations invalidate by prefix (['partners'], ['contacts', partnerId], …).
 */

export const partnerQueries = {
  all: () => ['partners'] as const,
  lists: () => [...partnerQueries.all(), 'list'] as const,
  list: (query: PartnerListQuery) =>
    queryOptions({
      queryKey: [...partnerQueries.lists(), query] as const,
      queryFn: ({ signal }) => request(PartnerPage, paths.partners, { query: query as unknown as Record<string, QueryValue>, signal }),
      placeholderData: keepPreviousData,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...partnerQueries.all(), 'detail', id] as const,
      queryFn: ({ signal }) => request(PartnerRow, paths.partner(id), { signal }),
    }),
  summary: (id: string) =>
    queryOptions({
      queryKey: [...partnerQueries.all(), 'summary', id] as const,
      queryFn: ({ signal }) => request(PartnerSummary, paths.partnerSummary(id), { signal }),
    }),
  duplicates: (params: { siren?: string; name?: string; department?: string; excludeId?: string }) =>
    queryOptions({
      queryKey: [...partnerQueries.all(), 'duplicates', params] as const,
      queryFn: ({ signal }) => request(PartnerDuplicatePage, paths.partnerDuplicates, { query: params, signal }).then((p) => p.items),
      staleTime: 10_000,
    }),
};

export const contactQueries = {
  all: () => ['contacts'] as const,
  byPartner: (partnerId: string) =>
    queryOptions({
      queryKey: [...contactQueries.all(), partnerId] as const,
      queryFn: ({ signal }) => request(ContactPage, paths.contacts, { query: { partnerId, pageSize: 1000 }, signal }).then((p) => p.items),
    }),
};

export const interactionQueries = {
  all: () => ['interactions'] as const,
  byPartner: (partnerId: string) =>
    queryOptions({
      queryKey: [...interactionQueries.all(), partnerId] as const,
      queryFn: ({ signal }) => request(InteractionPage, paths.interactions, { query: { partnerId, pageSize: 1000 }, signal }).then((p) => p.items),
    }),
};

/** After any write to a company, its lists, detail, summary and the overview are stale. */
function useInvalidatePartners() {
  const client = useQueryClient();
  return (id?: string) =>
    Promise.all([
      client.invalidateQueries({ queryKey: partnerQueries.all() }),
      client.invalidateQueries({ queryKey: ['overview'] }),
      id ? client.invalidateQueries({ queryKey: [...contactQueries.all(), id] }) : null,
    ]);
}

export function useCreatePartner() {
  const invalidate = useInvalidatePartners();
  return useMutation({
    mutationFn: (input: PartnerInput) => request(PartnerRow, paths.partners, { method: 'POST', body: input }),
    onSuccess: () => invalidate(),
  });
}

export function useUpdatePartner(id: string) {
  const invalidate = useInvalidatePartners();
  return useMutation({
    mutationFn: (patch: PartnerPatch) => request(PartnerRow, paths.partner(id), { method: 'PATCH', body: patch }),
    onSuccess: () => invalidate(id),
  });
}

export function useArchivePartner() {
  const invalidate = useInvalidatePartners();
  return useMutation({
    mutationFn: ({ id, archived }: { id: string; archived: boolean }) =>
      request(PartnerRow, archived ? paths.partnerArchive(id) : paths.partnerRestore(id), { method: 'POST' }),
    onSuccess: (_row, { id }) => invalidate(id),
  });
}

export function useSaveContact(partnerId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input, version }: { id?: string; input: ContactInput; version?: number }) =>
      id
        ? request(ContactRow, paths.contact(id), { method: 'PATCH', body: { ...input, partnerId: undefined, version } })
        : request(ContactRow, paths.contacts, { method: 'POST', body: input }),
    onSuccess: () =>
      Promise.all([client.invalidateQueries({ queryKey: [...contactQueries.all(), partnerId] }), client.invalidateQueries({ queryKey: partnerQueries.all() })]),
  });
}

export function useDeleteContact(partnerId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => requestVoid(paths.contact(id), { method: 'DELETE' }),
    onSuccess: () =>
      Promise.all([client.invalidateQueries({ queryKey: [...contactQueries.all(), partnerId] }), client.invalidateQueries({ queryKey: partnerQueries.all() })]),
  });
}

export function useLogInteraction(partnerId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: InteractionInput) => request(InteractionRow, paths.interactions, { method: 'POST', body: input }),
    onSuccess: () =>
      Promise.all([client.invalidateQueries({ queryKey: [...interactionQueries.all(), partnerId] }), client.invalidateQueries({ queryKey: partnerQueries.all() })]),
  });
}
