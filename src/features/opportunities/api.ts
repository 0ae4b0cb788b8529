import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/lib/api-client';
import type { QueryValue } from '@/lib/api-client';
import { notify } from '@/lib/notify';
import { useI18n } from '@/lib/i18n';
import { describeError } from '@/components/feedback/describe-error';
import { paths } from '@/contract/endpoints';
import { OpportunityPage, OpportunityRow } from '@/contract/api';
import { PartnerRow } from '@/contract/entities';
import type { OpportunityInput } from '@/contract/entities';
import type { Page } from '@/contract/primitives';
import type { OpportunityStage } from '@/contract/reference';
import { toIsoDate } from '@/domain/dates';
import { movedFields, patchRowInPage, replaceRowInPage, stageFields } from './lib/optimistic';
import type { StageFields } from './lib/optimistic';
import './messages';

/**
 * The pipeline's data. Every list (the kanban's full set, a table page, one company's tab) lives
 * under ['opportunities', 'list', query], so that one optimistic move updates all of them.
 */

export interface OpportunityListParams {
  q?: string;
  kind?: readonly string[];
  stage?: readonly string[];
  owner?: readonly string[];
  partnerId?: string;
  sort?: string;
  order?: 'asc' | 'desc';
  page?: number;
  pageSize?: number;
}

/** The kanban, the totals, the company tab and the CSV export read the whole filtered set. */
export const FULL_SET = 5000;

export const opportunityQueries = {
  all: () => ['opportunities'] as const,
  lists: () => [...opportunityQueries.all(), 'list'] as const,
  list: (params: OpportunityListParams) =>
    queryOptions({
      queryKey: [...opportunityQueries.lists(), params] as const,
      queryFn: ({ signal }) => request(OpportunityPage, paths.opportunities, { query: params as Record<string, QueryValue>, signal }),
      placeholderData: keepPreviousData,
    }),
};

/** A company as the filter chip needs it. */
export const companyLookup = {
  detail: (id: string) =>
    queryOptions({
      queryKey: ['partners', 'detail', id] as const,
      queryFn: ({ signal }) => request(PartnerRow, paths.partner(id), { signal }),
      staleTime: 60_000,
    }),
};

type OpportunityPageData = Page<OpportunityRow>;

/** A company's open pipeline amount and the overview's figures follow the opportunities. */
function useInvalidateAfterWrite() {
  const client = useQueryClient();
  return () =>
    Promise.all([
      client.invalidateQueries({ queryKey: opportunityQueries.all() }),
      client.invalidateQueries({ queryKey: ['partners'] }),
      client.invalidateQueries({ queryKey: ['overview'] }),
    ]);
}

export function useCreateOpportunity() {
  const invalidate = useInvalidateAfterWrite();
  return useMutation({
    mutationFn: (input: OpportunityInput) => request(OpportunityRow, paths.opportunities, { method: 'POST', body: input }),
    onSuccess: () => invalidate(),
  });
}

export interface MoveVariables {
  row: OpportunityRow;
  stage: OpportunityStage;
  closeReason?: string;
}

export const MOVE_KEY = [...opportunityQueries.all(), 'move'] as const;

/**
 * Moves a card to another stage, optimistically. The card's `version` goes with the request so a
 * stale board is refused (409) rather than overwriting someone else's change; a refusal puts the
 * card back and says why.
 */
export function useMoveOpportunity() {
  const client = useQueryClient();
  const { t } = useI18n();
  const invalidate = useInvalidateAfterWrite();
  const setEverywhere = (update: (page: OpportunityPageData) => OpportunityPageData) =>
    client.setQueriesData<OpportunityPageData>({ queryKey: opportunityQueries.lists() }, (page) => (page ? update(page) : page));
  return useMutation({
    mutationKey: MOVE_KEY,
    mutationFn: ({ row, stage, closeReason }: MoveVariables) =>
      request(OpportunityRow, paths.opportunity(row.id), {
        method: 'PATCH',
        body: { stage, version: row.version, ...(closeReason !== undefined ? { closeReason } : {}) },
      }),
    onMutate: async ({ row, stage, closeReason }): Promise<{ previous: StageFields }> => {
      await client.cancelQueries({ queryKey: opportunityQueries.lists() });
      setEverywhere((page) => patchRowInPage(page, row.id, movedFields(row, stage, closeReason, toIsoDate(new Date()))));
      return { previous: stageFields(row) };
    },
    onSuccess: (saved) => setEverywhere((page) => replaceRowInPage(page, saved)),
    onError: (error, { row }, context) => {
      if (context) setEverywhere((page) => patchRowInPage(page, row.id, context.previous));
      notify.error(t('opportunities.move.failed', { title: row.title, reason: describeError(t, error) }));
    },
    onSettled: () => {
      // Refetching while another move is in flight would briefly show that card in its old column.
      if (client.isMutating({ mutationKey: MOVE_KEY }) === 1) void invalidate();
    },
  });
}
