import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/lib/api-client';
import { paths } from '@/contract/endpoints';
import { BookingPage, ContactRow, ContractPage, InteractionRow, OpportunityPage, StartupPage, TaskPage, TaxPledgePage } from '@/contract/api';
import type { InteractionInput } from '@/contract/entities';
import { OPEN_OPPORTUNITY_STAGES } from '@/contract/reference';
import { contactQueries, interactionQueries, partnerQueries } from './api';

/**
 * What the company page shows of the other domains (apprentices, bookings, start-ups, tax, tasks,
 * opportunities), read by company. Keys start with each domain's own prefix so that a write made
 * elsewhere (a task completed, an opportunity moved) invalidates these too.
 */
export const relationshipQueries = {
  contracts: (partnerId: string) =>
    queryOptions({
      queryKey: ['apprenticeships', 'by-partner', partnerId] as const,
      queryFn: ({ signal }) =>
        request(ContractPage, paths.contracts, { query: { partnerId, sort: 'start', order: 'desc', pageSize: 500 }, signal }),
    }),
  bookings: (partnerId: string) =>
    queryOptions({
      queryKey: ['bookings', 'by-partner', partnerId] as const,
      queryFn: ({ signal }) => request(BookingPage, paths.bookings, { query: { partnerId, pageSize: 10_000 }, signal }),
      // The API answers by start; the page shows the latest first.
      select: (page) => ({ total: page.total, items: [...page.items].reverse() }),
    }),
  startups: (partnerId: string) =>
    queryOptions({
      queryKey: ['startups', 'by-partner', partnerId] as const,
      queryFn: ({ signal }) => request(StartupPage, paths.startups, { query: { partnerId, sort: 'foundedYear', order: 'desc', pageSize: 200 }, signal }),
    }),
  taxPledges: (partnerId: string) =>
    queryOptions({
      queryKey: ['tax-pledges', 'by-partner', partnerId] as const,
      queryFn: ({ signal }) => request(TaxPledgePage, paths.taxPledges, { query: { partnerId, pageSize: 200 }, signal }),
    }),
  openTasks: (partnerId: string) =>
    queryOptions({
      queryKey: ['tasks', 'by-partner-open', partnerId] as const,
      queryFn: ({ signal }) => request(TaskPage, paths.tasks, { query: { partnerId, status: 'open', pageSize: 200 }, signal }),
    }),
  openOpportunities: (partnerId: string) =>
    queryOptions({
      queryKey: ['opportunities', 'by-partner-open', partnerId] as const,
      queryFn: ({ signal }) =>
        request(OpportunityPage, paths.opportunities, {
          query: { partnerId, stage: OPEN_OPPORTUNITY_STAGES, sort: 'expectedClose', order: 'asc', pageSize: 500 },
          signal,
        }),
    }),
};

export interface LogInteractionVariables {
  input: InteractionInput;
  /** Shown on the timeline until the API answers with the saved row. */
  authorName: string;
  contactName: string | null;
}

/**
 * Logs an exchange and shows it on the timeline at once, at its place by date (the API's order:
 * newest first, the last logged first on a given day); rolled back if the API refuses it.
 */
export function useLogInteractionOptimistic(partnerId: string) {
  const client = useQueryClient();
  const key = interactionQueries.byPartner(partnerId).queryKey;
  return useMutation({
    mutationFn: ({ input }: LogInteractionVariables) => request(InteractionRow, paths.interactions, { method: 'POST', body: input }),
    onMutate: async ({ input, authorName, contactName }) => {
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData(key);
      const pendingId = `pending-${Date.now()}`;
      const row: InteractionRow = { ...input, id: pendingId, synthetic: false, authorName, contactName };
      client.setQueryData(key, (old = []) => {
        const at = old.findIndex((i) => i.date <= input.date);
        return at === -1 ? [...old, row] : [...old.slice(0, at), row, ...old.slice(at)];
      });
      return { previous, pendingId };
    },
    onError: (_error, _vars, context) => {
      if (context) client.setQueryData(key, context.previous);
    },
    onSuccess: (saved, _vars, context) => {
      client.setQueryData(key, (old = []) => old.map((i) => (i.id === context.pendingId ? saved : i)));
    },
    onSettled: () =>
      Promise.all([client.invalidateQueries({ queryKey: interactionQueries.all() }), client.invalidateQueries({ queryKey: partnerQueries.all() })]),
  });
}

/** Marks or unmarks an apprenticeship tutor; the list changes at once and comes back on failure. */
export function useToggleTutor(partnerId: string) {
  const client = useQueryClient();
  const key = contactQueries.byPartner(partnerId).queryKey;
  return useMutation({
    mutationFn: ({ contact }: { contact: ContactRow }) =>
      request(ContactRow, paths.contact(contact.id), { method: 'PATCH', body: { isTutor: !contact.isTutor, version: contact.version } }),
    onMutate: async ({ contact }) => {
      await client.cancelQueries({ queryKey: key });
      const previous = client.getQueryData(key);
      client.setQueryData(key, (old = []) => old.map((c) => (c.id === contact.id ? { ...c, isTutor: !contact.isTutor } : c)));
      return { previous };
    },
    onError: (_error, _vars, context) => {
      if (context) client.setQueryData(key, context.previous);
    },
    onSettled: () => client.invalidateQueries({ queryKey: key }),
  });
}
