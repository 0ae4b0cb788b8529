import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { toIsoDate } from '@/domain/dates';
import { datedFilename, downloadFile, toCsv } from '@/lib/csv';
import { useI18n } from '@/lib/i18n';
import { notify } from '@/lib/notify';
import { useCan } from '@/lib/session';
import { useSearchState } from '@/lib/url-state';
import { useUsersById } from '@/lib/users';
import { label } from '@/locales/labels';
import { describeError } from '@/components/feedback/describe-error';
import { EmptyState } from '@/components/feedback/empty-state';
import { ErrorState } from '@/components/feedback/error-state';
import { Skeleton } from '@/components/feedback/skeleton';
import { Pagination } from '@/components/table/pagination';
import { FULL_SET, opportunityQueries } from './api';
import { KanbanBoard, KanbanSkeleton } from './components/kanban-board';
import { OpportunityFilters } from './components/opportunity-filters';
import { OpportunityFormDialog } from './components/opportunity-form-dialog';
import { OpportunityTable } from './components/opportunity-table';
import { opportunityCsvColumns } from './lib/csv-columns';
import { filtersOf, hasFilters, OPPORTUNITY_VIEWS, OpportunitiesPageQuery, TABLE_PAGE_SIZE } from './lib/page-query';
import { pipelineTotals } from './lib/pipeline';
import './messages';
import styles from './opportunities-page.module.css';

export default function OpportunitiesPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const [query, update] = useSearchState(OpportunitiesPageQuery);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<ReadonlySet<string>>(() => new Set());
  const client = useQueryClient();
  const users = useUsersById();
  const today = toIsoDate(new Date());
  const canEdit = useCan('crm');
  const canExport = useCan('export');
  const filters = filtersOf(query);
  // The kanban and the totals read the whole filtered set; the table reads one sorted page.
  const full = useQuery(opportunityQueries.list({ ...filters, sort: 'expectedClose', order: 'asc', page: 1, pageSize: FULL_SET }));
  const table = useQuery({
    ...opportunityQueries.list({ ...filters, sort: query.sort, order: query.order, page: query.page, pageSize: TABLE_PAGE_SIZE }),
    enabled: query.view === 'table',
  });

  const exportCsv = async () => {
    try {
      const page = await client.fetchQuery(opportunityQueries.list({ ...filters, sort: query.sort, order: query.order, page: 1, pageSize: FULL_SET }));
      const columns = opportunityCsvColumns({
        header: (f) => t(`opportunities.col.${f}`),
        kindLabel: (k) => t(label.opportunityKind(k)),
        stageLabel: (s) => t(label.opportunityStage(s)),
        ownerName: (id) => users.get(id)?.name ?? id,
        date: i18n.date,
      });
      downloadFile(datedFilename(t('opportunities.csv.filename')), toCsv(page.items, columns));
    } catch (error) {
      notify.error(t('opportunities.csv.failed', { reason: describeError(t, error) }));
    }
  };

  const filtered = hasFilters(query);
  const empty = (
    <EmptyState
      title={t(filtered ? 'opportunities.empty.filteredTitle' : 'opportunities.empty.title')}
      body={t(filtered ? 'opportunities.empty.filteredBody' : 'opportunities.empty.body')}
      action={
        filtered ? (
          <button type="button" className="btn" onClick={() => update({ q: '', kind: [], stage: [], owner: [], partnerId: undefined })}>
            {t('opportunities.filters.clear')}
          </button>
        ) : (
          canEdit && (
            <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
              {t('opportunities.new')}
            </button>
          )
        )
      }
    />
  );

  return (
    <>
      <header className="page-header">
        <div>
          <h1 className="page-title">{t('opportunities.title')}</h1>
          <p className="page-subtitle">{t('opportunities.subtitle')}</p>
        </div>
        <div className={styles.actions}>
          <div role="group" aria-label={t('opportunities.view.label')} className={styles.toggle}>
            {OPPORTUNITY_VIEWS.map((view) => (
              <button key={view} type="button" className={`btn ${styles.toggleButton}`} aria-pressed={query.view === view} onClick={() => update({ view })}>
                {t(`opportunities.view.${view}`)}
              </button>
            ))}
          </div>
          {canExport && (
            <button type="button" className="btn" onClick={() => void exportCsv()} disabled={!full.data?.total}>
              {t('common.exportCsv')}
            </button>
          )}
          {canEdit && (
            <button type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
              {t('opportunities.new')}
            </button>
          )}
        </div>
      </header>

      <Totals data={full.data?.items} loading={full.isPending} />
      <OpportunityFilters query={query} update={update} />

      {query.view === 'kanban' ? (
        full.isPending ? (
          <KanbanSkeleton />
        ) : full.isError && !full.data ? (
          <ErrorState error={full.error} onRetry={() => void full.refetch()} />
        ) : full.data && full.data.total === 0 ? (
          empty
        ) : full.data ? (
          <KanbanBoard rows={full.data.items} today={today} pinned={created} />
        ) : null
      ) : table.isError && !table.data ? (
        <ErrorState error={table.error} onRetry={() => void table.refetch()} />
      ) : table.data && table.data.total === 0 ? (
        empty
      ) : (
        <>
          <OpportunityTable
            rows={table.data?.items ?? []}
            loading={table.isPending}
            sort={{ key: query.sort, order: query.order }}
            onSort={(s) => update({ sort: s.key as OpportunitiesPageQuery['sort'], order: s.order })}
            today={today}
          />
          {table.data && (
            <Pagination page={query.page} pageSize={TABLE_PAGE_SIZE} total={table.data.total} onPage={(page) => update({ page })} label={t('opportunities.table.pagination')} />
          )}
        </>
      )}

      <OpportunityFormDialog open={creating} onClose={() => setCreating(false)} onCreated={(row) => setCreated((ids) => new Set(ids).add(row.id))} />
    </>
  );
}

function Totals({ data, loading }: { data: Parameters<typeof pipelineTotals>[0] | undefined; loading: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const totals = data ? pipelineTotals(data) : null;
  const items = [
    ['open', 'opportunities.totals.open'],
    ['won', 'opportunities.totals.won'],
    ['lost', 'opportunities.totals.lost'],
  ] as const;
  return (
    <section className={styles.totals} aria-label={t('opportunities.totals.label')} aria-busy={loading}>
      <dl className={styles.totalsList}>
        {items.map(([key, title]) => (
          <div key={key} className={styles.total} data-kind={key}>
            <dt>{t(title)}</dt>
            <dd>{totals ? t('opportunities.totals.value', { count: totals[key].count, amount: i18n.euros(totals[key].total) }) : <Skeleton width="9rem" height="1.5rem" />}</dd>
          </div>
        ))}
      </dl>
      <p className={styles.totalsHelp}>{t('opportunities.totals.help')}</p>
    </section>
  );
}
