import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { AuditPage, authPaths } from '@/contract/auth';
import { request } from '@/lib/api-client';
import './messages';

/** Entries per page of a company's history. */
export const AUDIT_PAGE_SIZE = 50;

/**
 * A company's history, newest first, under ['audit', partnerId, page]. Any write anywhere may add
 * an entry, and no mutation knows about this key: the tab asks again each time it opens.
 */
export const auditQueries = {
  all: () => ['audit'] as const,
  byPartner: (partnerId: string, page: number) =>
    queryOptions({
      queryKey: [...auditQueries.all(), partnerId, page] as const,
      queryFn: ({ signal }) => request(AuditPage, authPaths.audit, { query: { partnerId, page, pageSize: AUDIT_PAGE_SIZE }, signal }),
      staleTime: 0,
      placeholderData: keepPreviousData,
    }),
};
