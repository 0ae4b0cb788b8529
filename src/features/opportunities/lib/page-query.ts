import * as z from 'zod/mini';
import { OpportunityListQuery } from '@/contract/queries';
import type { OpportunityListParams } from '../api';

/** The page's URL: the API's list query plus the view ("?view=table"); bad values fall back. */
export const OPPORTUNITY_VIEWS = ['kanban', 'table'] as const;
export const OpportunitiesPageQuery = z.extend(OpportunityListQuery, {
  view: z.catch(z._default(z.enum(OPPORTUNITY_VIEWS), 'kanban'), 'kanban'),
});
export type OpportunitiesPageQuery = z.infer<typeof OpportunitiesPageQuery>;

/** Rows per table page: a page a person can scan (the kanban and the export take the full set). */
export const TABLE_PAGE_SIZE = 50;

export function filtersOf(q: OpportunitiesPageQuery): OpportunityListParams {
  return { q: q.q, kind: q.kind, stage: q.stage, owner: q.owner, partnerId: q.partnerId };
}

export function hasFilters(q: OpportunitiesPageQuery): boolean {
  return q.q !== '' || q.kind.length > 0 || q.stage.length > 0 || q.owner.length > 0 || q.partnerId !== undefined;
}
