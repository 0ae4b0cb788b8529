import { useQuery } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import type { AcademicPartner } from '@/contract/entities';
import { AcademicListQuery } from '@/contract/queries';
import { datedFilename, downloadFile, toCsv } from '@/lib/csv';
import { useI18n } from '@/lib/i18n';
import { useCan } from '@/lib/session';
import { notify } from '@/lib/notify';
import { useSearchState } from '@/lib/url-state';
import { Skeleton } from '@/components/feedback/skeleton';
import { WidgetBoundary } from '@/components/feedback/widget-boundary';
import { academicQueries } from './api';
import type { AcademicQuery } from './api';
import { AcademicFilters } from './components/academic-filters';
import { AcademicTable } from './components/academic-table';
import { EditPartnershipDialog } from './components/edit-partnership-dialog';
import { DoubleDegreeHeadline } from './components/headline';
import { RenewalsDue } from './components/renewals-due';
import { academicCsvColumns } from './lib/csv-columns';
import { DUE_WINDOW_MONTHS } from './lib/renewal';
import './messages';
import styles from './components/academic.module.css';

const CLEARED: Partial<AcademicQuery> = { q: '', scope: undefined, doubleDegree: false, renewalWithinMonths: undefined };

/** /academic: partner schools, double degrees, and the agreements to renew before they lapse. */
export default function AcademicPage() {
  const { t } = useI18n();
  const [query, update] = useSearchState(AcademicListQuery);
  const list = useQuery(academicQueries.list(query));
  const [editing, setEditing] = useState<AcademicPartner | null>(null);
  const canEdit = useCan('crm');
  const canExport = useCan('export');
  const clear = useCallback(() => update(CLEARED), [update]);

  const exportCsv = () => {
    const rows = list.data?.items ?? [];
    const columns = academicCsvColumns({
      school: t('academic.table.school'),
      country: t('academic.table.country'),
      city: t('academic.csv.city'),
      scope: t('academic.table.scope'),
      doubleDegree: t('academic.table.doubleDegree'),
      since: t('academic.table.since'),
      renewal: t('academic.table.renewal'),
      field: t('academic.table.field'),
      active: t('academic.table.active'),
      synthetic: t('academic.csv.synthetic'),
      scopeValue: (s) => t(s === 'national' ? 'academic.scope.national' : 'academic.scope.international'),
      yes: t('common.yes'),
      no: t('common.no'),
    });
    downloadFile(datedFilename('partenariats-academiques'), toCsv(rows, columns));
    notify.success(t('academic.export.done', { count: rows.length }));
  };

  return (
    <>
      <header className="page-header">
        <div>
          <h1 className="page-title">{t('academic.title')}</h1>
          <p className="page-subtitle">{t('academic.subtitle')}</p>
        </div>
      </header>

      <div className={styles.top}>
        <WidgetBoundary>
          <DoubleDegreeHeadline />
        </WidgetBoundary>
        <WidgetBoundary>
          <RenewalsDue showing={query.renewalWithinMonths === DUE_WINDOW_MONTHS} onShow={() => update({ ...CLEARED, renewalWithinMonths: DUE_WINDOW_MONTHS })} />
        </WidgetBoundary>
      </div>

      <section aria-labelledby="academic-table">
        <h2 id="academic-table" className="visually-hidden">
          {t('academic.table.caption')}
        </h2>
        <AcademicFilters
          query={query}
          update={update}
          actions={
            canExport && (
              <button type="button" className="btn" onClick={exportCsv} disabled={!list.data || list.data.total === 0}>
                {t('academic.export')}
              </button>
            )
          }
        />
        <p className={styles.count} aria-live="polite">
          {list.data ? t('academic.table.count', { count: list.data.total }) : <Skeleton width="8rem" />}
        </p>
        <WidgetBoundary>
          <AcademicTable list={list} query={query} update={update} onClear={clear} onEdit={canEdit ? setEditing : undefined} />
        </WidgetBoundary>
      </section>

      <EditPartnershipDialog partner={editing} onClose={() => setEditing(null)} />
    </>
  );
}
