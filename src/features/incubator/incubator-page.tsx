import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo, useRef } from 'react';
import { StartupListQuery } from '@/contract/queries';
import { useI18n } from '@/lib/i18n';
import { useCan } from '@/lib/session';
import { useSearchState } from '@/lib/url-state';
import { Skeleton } from '@/components/feedback/skeleton';
import { WidgetBoundary } from '@/components/feedback/widget-boundary';
import { startupQueries } from './api';
import type { Scope, StartupQuery } from './api';
import { IncubatingNow } from './components/incubating-now';
import { IncubatorKpis } from './components/incubator-kpis';
import { PerYearChart } from './components/per-year-chart';
import { SectorChart } from './components/sector-chart';
import { StartupExport } from './components/startup-export';
import { StartupFilters } from './components/startup-filters';
import { StartupTable } from './components/startup-table';
import { SuccessStories } from './components/success-stories';
import { SurvivalChart } from './components/survival-chart';
import './messages';
import styles from './components/incubator.module.css';

const CLEARED: Partial<StartupQuery> = { q: '', sector: [], department: [], status: [], link: [], incubatingNow: false, partnerId: undefined };

/**
 * /incubator: the school's start-ups. Key figures and charts follow the table's sector and
 * department filters (a director asks "and in health?"); the success stories and the projects
 * in the incubator today are school-wide.
 */
export default function IncubatorPage() {
  const { t } = useI18n();
  const [query, update] = useSearchState(StartupListQuery);
  const list = useQuery(startupQueries.list(query));
  const canExport = useCan('export');
  const scope = useMemo<Scope>(() => ({ sector: query.sector, department: query.department }), [query.sector, query.department]);
  const scoped = scope.sector.length + scope.department.length > 0;
  const tableHeading = useRef<HTMLHeadingElement>(null);
  const clear = useCallback(() => update(CLEARED), [update]);
  const showIncubating = useCallback(() => {
    update({ ...CLEARED, incubatingNow: true });
    tableHeading.current?.scrollIntoView({ block: 'start' });
    tableHeading.current?.focus();
  }, [update]);

  return (
    <>
      <header className="page-header">
        <div>
          <h1 className="page-title">{t('incubator.title')}</h1>
          <p className="page-subtitle">{t('incubator.subtitle')}</p>
        </div>
      </header>

      <WidgetBoundary>
        <IncubatorKpis scope={scope} />
      </WidgetBoundary>

      <section className={styles.section} aria-labelledby="incubator-charts">
        <h2 id="incubator-charts" className="visually-hidden">
          {t('incubator.charts')}
        </h2>
        {scoped && <p className={styles.scopeNote}>{t('incubator.scope')}</p>}
        <div className={styles.charts}>
          <div className={styles.wide}>
            <WidgetBoundary>
              <SurvivalChart scope={scope} />
            </WidgetBoundary>
          </div>
          <div className={styles.wide}>
            <WidgetBoundary>
              <PerYearChart scope={scope} />
            </WidgetBoundary>
          </div>
          <WidgetBoundary>
            <SectorChart scope={scope} by="jobs" />
          </WidgetBoundary>
          <WidgetBoundary>
            <SectorChart scope={scope} by="funds" />
          </WidgetBoundary>
        </div>
      </section>

      <div className={`${styles.section} ${styles.twoCols}`}>
        <WidgetBoundary>
          <SuccessStories />
        </WidgetBoundary>
        <WidgetBoundary>
          <IncubatingNow onShowInTable={showIncubating} />
        </WidgetBoundary>
      </div>

      <section className={styles.section} aria-labelledby="incubator-table">
        <h2 id="incubator-table" className={styles.sectionTitle} ref={tableHeading} tabIndex={-1}>
          {t('incubator.table.title')}
        </h2>
        <p className="page-subtitle" aria-live="polite">
          {list.data ? t('incubator.table.count', { count: list.data.total }) : <Skeleton width="8rem" />}
        </p>
        <StartupFilters query={query} update={update} actions={canExport && <StartupExport query={query} />} />
        <WidgetBoundary>
          <StartupTable list={list} query={query} update={update} onClear={clear} />
        </WidgetBoundary>
      </section>
    </>
  );
}
