import type { UseQueryResult } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import type { StartupRow } from '@/contract/api';
import type { Page } from '@/contract/primitives';
import { INTL_LOCALES } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import type { I18n } from '@/lib/i18n';
import { departmentLabel, label } from '@/locales/labels';
import { ClearFiltersButton, EmptyState } from '@/components/feedback/empty-state';
import { ErrorState } from '@/components/feedback/error-state';
import { useRefetchErrorNotice } from '@/components/feedback/use-refetch-error-notice';
import { DataTable } from '@/components/table/data-table';
import type { Column } from '@/components/table/data-table';
import { Pagination } from '@/components/table/pagination';
import type { StartupQuery } from '../api';
import { isUndisclosed } from '../lib/startup-series';
import { statusText } from './labels';
import '../messages';
import styles from './incubator.module.css';

function monthYear(locale: I18n['locale'], iso: string): string {
  return new Intl.DateTimeFormat(INTL_LOCALES[locale], { month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

const STATUS_CLASS = { active: styles.statusActive, closed: styles.statusClosed, acquired: styles.statusAcquired } as const;

function useColumns(): Column<StartupRow>[] {
  const i18n = useI18n();
  const { t } = i18n;
  const figure = (s: StartupRow, v: number, text: string) => (isUndisclosed(s, v) ? <span className={styles.muted}>{t('incubator.table.notDisclosed')}</span> : text);
  return [
    {
      id: 'name',
      header: t('incubator.table.name'),
      sortKey: 'name',
      isRowHeader: true,
      cell: (s) => (
        <>
          {s.name}
          {s.story && !s.synthetic && <span className={`${styles.badge} ${styles.badgeStory}`}>{t('incubator.table.story')}</span>}
        </>
      ),
    },
    { id: 'founded', header: t('incubator.table.founded'), sortKey: 'foundedYear', align: 'end', cell: (s) => String(s.foundedYear) },
    {
      id: 'incubation',
      header: t('incubator.table.incubation'),
      cell: (s) =>
        s.incubationStart ? `${monthYear(i18n.locale, s.incubationStart)} – ${s.incubationEnd ? monthYear(i18n.locale, s.incubationEnd) : t('incubator.table.ongoing')}` : '—',
    },
    { id: 'sector', header: t('incubator.table.sector'), sortKey: 'sector', cell: (s) => t(label.sector(s.sector)) },
    { id: 'department', header: t('incubator.table.department'), sortKey: 'department', cell: (s) => departmentLabel(s.department, t('department.HO')) },
    {
      id: 'status',
      header: t('incubator.table.status'),
      sortKey: 'status',
      cell: (s) => <span className={`${styles.badge} ${STATUS_CLASS[s.status]}`}>{statusText(t, s)}</span>,
    },
    { id: 'jobs', header: t('incubator.table.jobs'), sortKey: 'jobs', align: 'end', cell: (s) => figure(s, s.jobs, i18n.number(s.jobs)) },
    { id: 'funds', header: t('incubator.table.funds'), sortKey: 'fundsRaised', align: 'end', cell: (s) => figure(s, s.fundsRaised, i18n.euros(s.fundsRaised, true)) },
    { id: 'link', header: t('incubator.table.link'), cell: (s) => t(s.link === 'alumni' ? 'incubator.link.short.alumni' : 'incubator.link.short.incubated') },
    {
      id: 'partner',
      header: t('incubator.table.partner'),
      cell: (s) => (s.partnerId && s.partnerName ? <Link to={`/partners/${encodeURIComponent(s.partnerId)}`}>{s.partnerName}</Link> : '—'),
    },
  ];
}

/** The start-ups table in its four states: skeleton rows, error with Retry, empty, the page. */
export function StartupTable({
  list,
  query,
  update,
  onClear,
}: {
  list: UseQueryResult<Page<StartupRow>>;
  query: StartupQuery;
  update: (patch: Partial<StartupQuery>) => void;
  onClear: () => void;
}) {
  const { t } = useI18n();
  const columns = useColumns();
  const { data } = list;

  useRefetchErrorNotice(list, (message) => t('incubator.table.refetchFailed', { message }));

  if (list.isError && !data) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const filtered = query.q !== '' || query.sector.length + query.department.length + query.status.length + query.link.length > 0 || query.incubatingNow || !!query.partnerId;
  if (data && data.total === 0 && !list.isPlaceholderData) {
    return filtered ? (
      <EmptyState
        title={t('incubator.table.empty')}
        body={t('incubator.table.emptyBody')}
        action={
          <ClearFiltersButton onClear={onClear} />
        }
      />
    ) : (
      <EmptyState title={t('incubator.table.emptyDb')} body={t('incubator.table.emptyDbBody')} />
    );
  }
  return (
    <div className={list.isPlaceholderData ? styles.stale : undefined}>
      <DataTable
        caption={t('incubator.table.caption')}
        columns={columns}
        rows={data?.items ?? []}
        rowKey={(s) => s.id}
        sort={{ key: query.sort, order: query.order }}
        onSort={(s) => update({ sort: s.key as StartupQuery['sort'], order: s.order })}
        loading={!data}
      />
      {data && (
        <div className={styles.footer}>
          <Pagination page={query.page} pageSize={query.pageSize} total={data.total} onPage={(page) => update({ page })} label={t('incubator.table.pagination')} />
        </div>
      )}
    </div>
  );
}
