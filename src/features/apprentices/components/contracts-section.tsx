import { useQuery } from '@tanstack/react-query';
import { useEffect, useId } from 'react';
import type { ContractRow } from '@/contract/api';
import { ClearFiltersButton, EmptyState } from '@/components/feedback/empty-state';
import { ErrorState } from '@/components/feedback/error-state';
import { Skeleton } from '@/components/feedback/skeleton';
import { useRefetchErrorNotice } from '@/components/feedback/use-refetch-error-notice';
import { DataTable } from '@/components/table/data-table';
import { PagedFooter, Pagination } from '@/components/table/pagination';
import { SearchBox } from '@/components/ui/search-box';
import { useI18n } from '@/lib/i18n';
import { useCan } from '@/lib/session';
import { contractQueries } from '../api';
import { cohortChoices } from '../lib/cohort-label';
import { hasActiveFilters } from '../lib/page-query';
import type { CONTRACT_SORT_KEYS, ContractFilters } from '../lib/page-query';
import { ContractExport } from './contract-export';
import { ContractFiltersBar } from './contract-filters';
import { useContractColumns } from './contract-columns';
import type { UpdateList } from './use-page-query';
import '../messages';
import styles from './contracts.module.css';

const PAGE_SIZES = [25, 50, 100];

/** The contracts: search, filters, sortable table in its four states, pages, CSV export. */
export function ContractsSection({
  list,
  update,
  onClear,
  today,
  currentYear,
  onEdit,
}: {
  list: ContractFilters;
  update: UpdateList;
  onClear: () => void;
  today: string;
  currentYear: number;
  onEdit?: (row: ContractRow) => void;
}) {
  const { t } = useI18n();
  const query = useQuery(contractQueries.list(list));
  const columns = useContractColumns(today, onEdit);
  const canExport = useCan('export');
  const headingId = useId();
  const { data } = query;

  useRefetchErrorNotice(query, (message) => t('apprentices.list.refetchFailed', { message }));

  // A link past the last page (the list shrank since): show the last page rather than nothing.
  const lastPage = data ? Math.max(1, Math.ceil(data.total / list.pageSize)) : 1;
  useEffect(() => {
    if (data && !query.isPlaceholderData && list.page > lastPage) update({ page: lastPage });
  }, [data, query.isPlaceholderData, list.page, lastPage, update]);

  const first = data?.items[0];
  const names = {
    tutor: list.tutorContactId && first?.tutorContactId === list.tutorContactId ? (first.tutorName ?? undefined) : undefined,
    host: list.partnerId && first?.partnerId === list.partnerId ? first.partnerName : undefined,
  };

  let body;
  if (query.isError && !data) body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  else if (data && data.total === 0 && !query.isPlaceholderData) {
    body = list.endingWithinDays !== undefined ? (
      <EmptyState title={t('apprentices.empty.endingTitle')} body={t('apprentices.empty.endingBody')} action={<ClearFiltersButton label={t('apprentices.empty.endingAction')} onClear={() => update({ endingWithinDays: undefined })} />} />
    ) : hasActiveFilters(list) ? (
      <EmptyState title={t('apprentices.empty.title')} body={t('apprentices.empty.body')} action={<ClearFiltersButton onClear={onClear} />} />
    ) : (
      <EmptyState title={t('apprentices.emptyDb.title')} body={t('apprentices.emptyDb.body')} />
    );
  } else {
    body = (
      <>
        <div className={query.isPlaceholderData ? styles.stale : undefined}>
          <DataTable
            caption={t('apprentices.list.caption')}
            columns={columns}
            rows={data?.items ?? []}
            rowKey={(c) => c.id}
            sort={{ key: list.sort, order: list.order }}
            onSort={(s) => update({ sort: s.key as (typeof CONTRACT_SORT_KEYS)[number], order: s.order })}
            loading={!data}
            skeletonRows={Math.min(list.pageSize, 10)}
          />
        </div>
        <PagedFooter
          pagination={
            data && <Pagination page={Math.min(list.page, lastPage)} pageSize={list.pageSize} total={data.total} onPage={(page) => update({ page })} label={t('apprentices.list.pagination')} />
          }
          pageSize={list.pageSize}
          sizes={PAGE_SIZES}
          onPageSize={(size) => update({ pageSize: size })}
          pageSizeLabel={t('apprentices.list.pageSize')}
        />
      </>
    );
  }

  return (
    <section className={`card ${styles.section}`} aria-labelledby={headingId}>
      <div className={styles.head}>
        <div>
          <h2 id={headingId} className={styles.heading}>
            {t('apprentices.list.heading')}
          </h2>
          <p className={styles.count} aria-live="polite">
            {data ? t('apprentices.list.count', { count: data.total }) : <Skeleton width="7rem" />}
          </p>
        </div>
        {canExport && <ContractExport list={list} />}
      </div>
      <SearchBox
        value={list.q}
        onSearch={(q) => update({ q })}
        label={t('apprentices.list.search')}
        placeholder={t('apprentices.list.searchHint')}
        className={styles.search}
        labelClassName={styles.label}
      />
      <ContractFiltersBar list={list} update={update} onClear={onClear} cohorts={cohortChoices(currentYear)} names={names} />
      <div className={styles.results}>{body}</div>
    </section>
  );
}
