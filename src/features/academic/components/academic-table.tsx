import type { UseQueryResult } from '@tanstack/react-query';
import type { AcademicPartner } from '@/contract/entities';
import type { Page } from '@/contract/primitives';
import { useI18n } from '@/lib/i18n';
import { ClearFiltersButton, EmptyState } from '@/components/feedback/empty-state';
import { ErrorState } from '@/components/feedback/error-state';
import { useRefetchErrorNotice } from '@/components/feedback/use-refetch-error-notice';
import { DataTable } from '@/components/table/data-table';
import type { Column } from '@/components/table/data-table';
import type { AcademicQuery } from '../api';
import { renewalState, todayIso } from '../lib/renewal';
import '../messages';
import styles from './academic.module.css';

function RenewalCell({ partner, today }: { partner: AcademicPartner; today: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const state = renewalState(partner, today);
  return (
    <span className={styles.renewal}>
      {i18n.date(partner.renewalDate)}
      {state.kind === 'overdue' && <span className={`${styles.badge} ${styles.overdue}`}>{t('academic.due.overdue')}</span>}
      {state.kind === 'due' && (
        <span className={`${styles.badge} ${styles.due}`}>
          {state.days === 0
            ? t('academic.due.today')
            : state.months === 0
              ? t('academic.due.inDays', { count: state.days })
              : t('academic.due.inMonths', { count: state.months })}
        </span>
      )}
    </span>
  );
}

/** `onEdit` absent (a read-only role): no actions column. */
function useColumns(onEdit: ((p: AcademicPartner) => void) | undefined): Column<AcademicPartner>[] {
  const { t } = useI18n();
  const today = todayIso();
  const columns: Column<AcademicPartner>[] = [
    { id: 'school', header: t('academic.table.school'), sortKey: 'school', isRowHeader: true, cell: (p) => p.school },
    {
      id: 'country',
      header: t('academic.table.countryScope'),
      sortKey: 'country',
      // The scope sits under the country: one column fewer keeps the edit button in view on a laptop.
      cell: (p) => (
        <>
          {p.country} <span className={styles.muted}>· {p.city}</span>
          <br />
          <span className={styles.muted}>{t(p.scope === 'national' ? 'academic.scope.national' : 'academic.scope.international')}</span>
        </>
      ),
    },
    { id: 'dd', header: t('academic.table.doubleDegree'), cell: (p) => t(p.doubleDegree ? 'common.yes' : 'common.no') },
    { id: 'since', header: t('academic.table.since'), sortKey: 'since', align: 'end', cell: (p) => String(p.since) },
    { id: 'renewal', header: t('academic.table.renewal'), sortKey: 'renewalDate', cell: (p) => <RenewalCell partner={p} today={today} /> },
    { id: 'field', header: t('academic.table.field'), cell: (p) => p.field },
    {
      id: 'active',
      header: t('academic.table.active'),
      cell: (p) => <span className={`${styles.badge} ${p.active ? styles.ok : ''}`}>{t(p.active ? 'academic.table.isActive' : 'academic.table.inactive')}</span>,
    },
  ];
  if (onEdit)
    columns.push({
      id: 'actions',
      header: t('academic.table.actions'),
      cell: (p) => (
        <button type="button" className="btn" onClick={() => onEdit(p)} aria-label={t('academic.table.editLabel', { school: p.school })}>
          {t('academic.table.edit')}
        </button>
      ),
    });
  return columns;
}

/** The partnerships in their four states; renewals due soon carry a marker with words. */
export function AcademicTable({
  list,
  query,
  update,
  onClear,
  onEdit,
}: {
  list: UseQueryResult<Page<AcademicPartner>>;
  query: AcademicQuery;
  update: (patch: Partial<AcademicQuery>) => void;
  onClear: () => void;
  onEdit?: (p: AcademicPartner) => void;
}) {
  const { t } = useI18n();
  const columns = useColumns(onEdit);
  const { data } = list;
  useRefetchErrorNotice(list, (message) => t('academic.table.refetchFailed', { message }));

  if (list.isError && !data) return <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  const filtered = query.q !== '' || !!query.scope || query.doubleDegree || query.renewalWithinMonths !== undefined;
  if (data && data.total === 0 && !list.isPlaceholderData) {
    return filtered ? (
      <EmptyState
        title={t('academic.table.empty')}
        body={t('academic.table.emptyBody')}
        action={
          <ClearFiltersButton onClear={onClear} />
        }
      />
    ) : (
      <EmptyState title={t('academic.table.emptyDb')} body={t('academic.table.emptyDbBody')} />
    );
  }
  return (
    <div className={list.isPlaceholderData ? styles.stale : undefined}>
      <DataTable
        caption={t('academic.table.caption')}
        columns={columns}
        rows={data?.items ?? []}
        rowKey={(p) => p.id}
        sort={{ key: query.sort, order: query.order }}
        onSort={(s) => update({ sort: s.key as AcademicQuery['sort'], order: s.order })}
        loading={!data}
        skeletonRows={12}
      />
    </div>
  );
}
