import type { UseQueryResult } from '@tanstack/react-query';
import { memo, useCallback, useEffect, useLayoutEffect, useMemo, useRef } from 'react';
import { Link } from 'react-router-dom';
import type { Page } from '@/contract/primitives';
import type { PartnerRow } from '@/contract/entities';
import type { PartnerListQuery } from '@/contract/queries';
import { ClearFiltersButton, EmptyState } from '@/components/feedback/empty-state';
import { ErrorState } from '@/components/feedback/error-state';
import { useRefetchErrorNotice } from '@/components/feedback/use-refetch-error-notice';
import { DataTable } from '@/components/table/data-table';
import type { Column } from '@/components/table/data-table';
import { PagedFooter, Pagination } from '@/components/table/pagination';
import { useI18n } from '@/lib/i18n';
import { useCan } from '@/lib/session';
import { PAGE_SIZES } from '../lib/list-filters';
import '../messages-list';
import styles from './list-page.module.css';

type Update = (patch: Partial<PartnerListQuery>) => void;

// While the next answer comes, the page re-renders (busy state, URL) with the same rows: a memoised
// table skips re-rendering 50–100 rows for nothing, which keeps typing and paging light.
const MemoTable = memo(DataTable) as typeof DataTable;
const rowKey = (p: PartnerRow) => p.id;
const NO_ROWS: PartnerRow[] = [];

/**
 * While the list scrolls, rows slide under a still pointer and the shared table's row hover
 * changes on every frame, repainting the whole table each time (measured in Chromium: ~85 table
 * repaints per wheel gesture, 6 without). The row under the pointer is not highlighted until
 * scrolling stops (list-page.module.css).
 */
function useQuietScrolling() {
  const frame = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onScroll = () => {
      const el = frame.current;
      if (!el) return;
      if (!el.hasAttribute('data-scrolling')) el.setAttribute('data-scrolling', '');
      clearTimeout(timer);
      timer = setTimeout(() => el.removeAttribute('data-scrolling'), 150);
    };
    // Capture: scroll events do not bubble, and both the table's frame and the page scroll.
    document.addEventListener('scroll', onScroll, { capture: true, passive: true });
    return () => {
      document.removeEventListener('scroll', onScroll, { capture: true });
      clearTimeout(timer);
    };
  }, []);
  return frame;
}

/** The table in its four states: skeleton rows, error with Retry, what to do when empty, the page. */
export function ListResults({
  list,
  query,
  pageSize,
  columns,
  update,
  filtered,
  onClear,
}: {
  list: UseQueryResult<Page<PartnerRow>>;
  query: PartnerListQuery;
  pageSize: number;
  columns: readonly Column<PartnerRow>[];
  update: Update;
  filtered: boolean;
  onClear: () => void;
}) {
  const { t } = useI18n();
  const frame = useQuietScrolling();
  const canEdit = useCan('crm');
  const sort = useMemo(() => ({ key: query.sort, order: query.order }), [query.sort, query.order]);
  // `update` changes with every URL; the table must not re-render for that.
  const latestUpdate = useRef(update);
  useLayoutEffect(() => {
    latestUpdate.current = update;
  });
  const onSort = useCallback((s: { key: string; order: 'asc' | 'desc' }) => latestUpdate.current({ sort: s.key as PartnerListQuery['sort'], order: s.order }), []);
  const { data } = list;

  useRefetchErrorNotice(list, (message) => t('partnersList.refetchFailed', { message }));

  // A link to a page past the end (the list shrank since): show the last page instead of nothing.
  const lastPage = data ? Math.max(1, Math.ceil(data.total / pageSize)) : 1;
  useEffect(() => {
    if (data && !list.isPlaceholderData && query.page > lastPage) update({ page: lastPage });
  }, [data, list.isPlaceholderData, query.page, lastPage, update]);

  if (list.isError && !data) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;

  if (data && data.total === 0 && !list.isPlaceholderData) {
    return filtered ? (
      <EmptyState
        title={t('partnersList.empty.title')}
        body={t('partnersList.empty.body')}
        action={
          <ClearFiltersButton onClear={onClear} />
        }
      />
    ) : (
      <EmptyState
        title={t('partnersList.emptyDb.title')}
        body={t('partnersList.emptyDb.body')}
        action={
          canEdit && (
            <div className={styles.actions}>
              <Link className="btn btn-primary" to="/partners/new">
                {t('partnersList.emptyDb.add')}
              </Link>
              <Link className="btn" to="/partners/import">
                {t('partnersList.emptyDb.import')}
              </Link>
            </div>
          )
        }
      />
    );
  }

  return (
    <>
      {/* Rows of the previous answer stay while the next comes: say they are being replaced. (Not
          dimmed: repainting the whole table twice per keystroke pause costs more than it tells.) */}
      <div ref={frame} className={styles.frame} aria-busy={list.isPlaceholderData || undefined}>
        <MemoTable
          caption={t('partnersList.caption')}
          columns={columns}
          rows={data?.items ?? NO_ROWS}
          rowKey={rowKey}
          sort={sort}
          onSort={onSort}
          loading={!data}
          // Enough skeleton rows to fill the scroller's height (its max-height, 70vh), as a full page
          // of real rows does: nothing below moves when they arrive (CLS).
          skeletonRows={Math.min(pageSize, 24)}
          keyRowsByPosition
        />
      </div>
      <PagedFooter
        pagination={
          data && <Pagination page={Math.min(query.page, lastPage)} pageSize={pageSize} total={data.total} onPage={(page) => update({ page })} label={t('partnersList.pagination')} />
        }
        pageSize={pageSize}
        sizes={PAGE_SIZES}
        onPageSize={(size) => update({ pageSize: size })}
        pageSizeLabel={t('partnersList.pageSize')}
      />
    </>
  );
}
