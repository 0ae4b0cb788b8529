import { queryOptions, useIsMutating, useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, request } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import { notify } from '@/lib/notify';
import { describeError } from '@/components/feedback/describe-error';
import { TaxPledgePage, TaxPledgeRow } from '@/contract/api';
import { paths } from '@/contract/endpoints';
import type { TaxStatus } from '@/contract/reference';
import { statusKey } from './lib/labels';
import './messages';

/**
 * The apprenticeship-tax domain. A campaign is a few hundred companies: it is read whole (its totals
 * need every row anyway) and filtered, sorted and paged on screen — the API's list has no sort.
 * Every list of pledges is an array under ['tax', …], so one optimistic change reaches them all.
 */

/** More than any campaign holds; the API allows up to 10 000 a page. */
const WHOLE = 10_000;

export const taxQueries = {
  all: () => ['tax'] as const,
  /** The latest campaign in the data (the API lists the latest campaign first). */
  latestYear: () =>
    queryOptions({
      queryKey: [...taxQueries.all(), 'latest-year'] as const,
      queryFn: ({ signal }) => request(TaxPledgePage, paths.taxPledges, { query: { pageSize: 1 }, signal }).then((p) => p.items[0]?.year ?? null),
      staleTime: 5 * 60_000,
    }),
  campaign: (year: number) =>
    queryOptions({
      queryKey: [...taxQueries.all(), 'campaign', year] as const,
      queryFn: ({ signal }) => request(TaxPledgePage, paths.taxPledges, { query: { year, pageSize: WHOLE }, signal }).then((p) => p.items),
    }),
  byPartner: (partnerId: string) =>
    queryOptions({
      queryKey: [...taxQueries.all(), 'partner', partnerId] as const,
      queryFn: ({ signal }) => request(TaxPledgePage, paths.taxPledges, { query: { partnerId, pageSize: 100 }, signal }).then((p) => p.items),
    }),
};

/** The company pages (tax kind, received total) and the overview's tax figure follow the campaign. */
function useInvalidateAfterWrite() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: taxQueries.all() }),
      client.invalidateQueries({ queryKey: ['partners'] }),
      client.invalidateQueries({ queryKey: ['overview'] }),
    ]);
}

export interface PledgeChange {
  row: TaxPledgeRow;
  amount?: number;
  status?: TaxStatus;
}

const UPDATE_KEY = [...taxQueries.all(), 'update'] as const;

/**
 * Changes a pledge's status or amount at once, everywhere it is shown. The `version` it was based
 * on goes along: if someone changed the row meanwhile the API answers 409, the row goes back and is
 * reloaded, and the message says so; any other refusal goes back with its reason.
 */
export function useUpdatePledge() {
  const client = useQueryClient();
  const { t, euros } = useI18n();
  const invalidate = useInvalidateAfterWrite();
  const setRow = (id: string, update: (r: TaxPledgeRow) => TaxPledgeRow) =>
    client.setQueriesData<unknown>({ queryKey: taxQueries.all() }, (data: unknown) =>
      Array.isArray(data) ? (data as TaxPledgeRow[]).map((r) => (r.id === id ? update(r) : r)) : data,
    );
  return useMutation({
    mutationKey: UPDATE_KEY,
    mutationFn: ({ row, amount, status }: PledgeChange) =>
      request(TaxPledgeRow, paths.taxPledge(row.id), { method: 'PATCH', body: { amount, status, version: row.version } }),
    onMutate: async ({ row, amount, status }) => {
      await client.cancelQueries({ queryKey: taxQueries.all() });
      setRow(row.id, (r) => ({ ...r, ...(amount !== undefined ? { amount } : {}), ...(status !== undefined ? { status } : {}) }));
      return { previous: row };
    },
    onSuccess: (saved) => {
      setRow(saved.id, () => saved);
      notify.success(t('tax.saved', { name: saved.partnerName, status: t(statusKey(saved.status)), amount: euros(saved.amount) }));
    },
    onError: (error, { row }, context) => {
      if (context) setRow(row.id, () => context.previous);
      if (error instanceof ApiError && error.status === 409) notify.error(t('tax.stale', { name: row.partnerName }));
      else notify.error(t('tax.failed', { name: row.partnerName, reason: describeError(t, error) }));
    },
    onSettled: () => {
      // Refetching while another change is on its way would briefly show its old value.
      if (client.isMutating({ mutationKey: UPDATE_KEY }) === 1) void invalidate();
    },
  });
}

export interface NewPledge {
  partnerId: string;
  partnerName: string;
  year: number;
  amount: number;
  status: TaxStatus;
}

export function useCreatePledge() {
  const invalidate = useInvalidateAfterWrite();
  return useMutation({
    mutationFn: ({ partnerId, year, amount, status }: NewPledge) =>
      request(TaxPledgeRow, paths.taxPledges, { method: 'POST', body: { partnerId, year, amount, status } }),
    onSuccess: () => invalidate(),
  });
}

/** True while a change to this pledge is on its way: a second one would be based on a stale version. */
export function useIsSavingPledge(id: string): boolean {
  return (
    useIsMutating({ mutationKey: UPDATE_KEY, predicate: (m) => (m.state.variables as PledgeChange | undefined)?.row.id === id }) > 0
  );
}
