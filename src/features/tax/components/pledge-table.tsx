import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import type { TaxPledgeRow } from '@/contract/api';
import { TAX_STATUSES } from '@/contract/reference';
import { datedFilename, downloadFile, toCsv } from '@/lib/csv';
import { useI18n } from '@/lib/i18n';
import { notify } from '@/lib/notify';
import { useCan } from '@/lib/session';
import { ClearFiltersButton, EmptyState } from '@/components/feedback/empty-state';
import { ErrorState } from '@/components/feedback/error-state';
import { Skeleton } from '@/components/feedback/skeleton';
import { DataTable } from '@/components/table/data-table';
import type { Column } from '@/components/table/data-table';
import { Pagination } from '@/components/table/pagination';
import { FilterCheckboxes } from '@/components/ui/filter-field';
import { SearchBox } from '@/components/ui/search-box';
import { PAGE_SIZE, viewPledges } from '../lib/campaign';
import type { TaxPageQuery, TaxSortKey } from '../lib/campaign';
import { pledgeCsvColumns } from '../lib/csv';
import { statusKey } from '../lib/labels';
import { AmountCell, StatusCell } from './pledge-cells';
import '../messages';
import filterBar from '@/components/ui/filter-bar.module.css';
import styles from './tax.module.css';

type Update = (patch: Partial<TaxPageQuery>) => void;

/** The campaign's companies: search, status filter, sort, pages and CSV, all kept in the URL. */
export function PledgeTable({
  year,
  rows,
  error,
  onRetry,
  query,
  update,
}: {
  year: number;
  rows: TaxPledgeRow[] | undefined;
  error: unknown;
  onRetry: () => void;
  query: TaxPageQuery;
  update: Update;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const view = useMemo(() => (rows ? viewPledges(rows, query) : null), [rows, query]);
  const y = String(year);
  const columns: Column<TaxPledgeRow>[] = [
    {
      id: 'partner',
      header: t('tax.col.partner'),
      sortKey: 'partner',
      isRowHeader: true,
      cell: (r) => (
        <span className={styles.cellText}>
          <Link to={{ pathname: `/partners/${encodeURIComponent(r.partnerId)}`, search: '?tab=tax' }}>{r.partnerName}</Link>
        </span>
      ),
    },
    { id: 'status', header: t('tax.col.status'), sortKey: 'status', cell: (r) => <StatusCell row={r} /> },
    { id: 'amount', header: t('tax.col.amount'), sortKey: 'amount', align: 'end', cell: (r) => <AmountCell row={r} /> },
    { id: 'updatedAt', header: t('tax.col.updatedAt'), sortKey: 'updatedAt', cell: (r) => <span className={styles.cellText}>{i18n.date(r.updatedAt)}</span> },
  ];

  const exportCsv = () => {
    if (!view) return;
    const columns = pledgeCsvColumns({
      partner: t('tax.col.partner'),
      partnerId: 'partnerId',
      year: t('tax.col.year'),
      status: t('tax.col.status'),
      statusValue: (s) => t(statusKey(s)),
      amount: t('tax.col.amount'),
      updatedAt: t('tax.col.updatedAt'),
    });
    downloadFile(datedFilename(`taxe-apprentissage-${y}`), toCsv(view.matching, columns));
    notify.success(t('tax.export.done', { count: view.matching.length }));
  };

  const filtered = query.q !== '' || query.status.length > 0;
  let body;
  if (error && !rows) body = <ErrorState error={error} onRetry={onRetry} />;
  else if (view && view.total === 0)
    body = filtered ? (
      <EmptyState
        title={t('tax.empty.filtered')}
        body={t('tax.empty.filteredBody')}
        action={
          <ClearFiltersButton onClear={() => update({ q: '', status: [] })} />
        }
      />
    ) : (
      <EmptyState title={t('tax.empty.campaign', { year: y })} body={t('tax.empty.campaignBody')} />
    );
  else
    body = (
      <>
        <DataTable
          caption={t('tax.table.caption', { year: y })}
          columns={columns}
          rows={view?.items ?? []}
          rowKey={(r) => r.id}
          sort={{ key: query.sort, order: query.order }}
          onSort={(s) => update({ sort: s.key as TaxSortKey, order: s.order })}
          loading={!view}
          skeletonRows={PAGE_SIZE}
        />
        {view && view.total > PAGE_SIZE && (
          <Pagination page={view.page} pageSize={PAGE_SIZE} total={view.total} onPage={(page) => update({ page })} label={t('tax.table.caption', { year: y })} />
        )}
      </>
    );

  return (
    <section aria-labelledby="tax-table-title" className={styles.section}>
      <h2 id="tax-table-title" className={styles.sectionTitle}>
        {t('tax.table.caption', { year: y })}
      </h2>
      <PledgeFilters query={query} update={update} onExport={exportCsv} canExport={!!view && view.total > 0} />
      <p className={styles.count} aria-live="polite">
        {view ? t('tax.count', { count: view.total }) : <Skeleton width="8rem" />}
      </p>
      {body}
    </section>
  );
}

function PledgeFilters({ query, update, onExport, canExport }: { query: TaxPageQuery; update: Update; onExport: () => void; canExport: boolean }) {
  const { t } = useI18n();
  const allowed = useCan('export');
  return (
    <div className={`${filterBar.bar} ${styles.toolbar}`} role="group" aria-label={t('tax.filters')}>
      <SearchBox value={query.q} onSearch={(q) => update({ q })} label={t('tax.filter.search')} placeholder={t('tax.filter.searchPlaceholder')} />
      <FilterCheckboxes
        legend={t('tax.filter.status')}
        options={TAX_STATUSES.map((s) => ({ value: s, label: t(statusKey(s)) }))}
        selected={query.status}
        onChange={(status) => update({ status })}
      />
      <span className={filterBar.spacer} />
      {allowed && (
        <button type="button" className="btn" onClick={onExport} disabled={!canExport}>
          {t('tax.export')}
        </button>
      )}
    </div>
  );
}
