import './messages';
import { usePrefetchQuery, useQuery } from '@tanstack/react-query';
import { lazy, Suspense } from 'react';
import { useI18n } from '@/lib/i18n';
import { formatAcademicYear, formatDate } from '@/lib/format';
import { useSearchState } from '@/lib/url-state';
import { WidgetBoundary } from '@/components/feedback/widget-boundary';
import { departmentLabel, label } from '@/locales/labels';
import { overviewQueries } from './api';
import { KpiSection } from './components/kpi-section';
import { OverviewFilters } from './components/overview-filters';
import { GrowthChartsSkeleton } from './components/growth-skeleton';
import { OverviewQuery, selectableYears, statsFilters } from './lib/query';
import styles from './overview-page.module.css';

// The charts (and Recharts) load after the tiles, which paint first: none of it is in the first load.
const GrowthCharts = lazy(() => import('./components/growth-charts'));

export default function OverviewPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const [query, update, reset] = useSearchState(OverviewQuery);
  const filters = statsFilters(query);
  // The tiles' answer tells the current academic year and the date the figures are true at.
  const kpis = useQuery(overviewQueries.kpis(filters));
  // The charts' figures are asked for now, beside the tiles', not once the charts' code (Recharts)
  // has downloaded: the answer is there when the charts are.
  usePrefetchQuery(overviewQueries.growth(filters));
  const today = new Date().toISOString().slice(0, 10);
  // Without a chosen year, the API answers for the current academic year of its data.
  const defaultYear = query.year === undefined ? kpis.data?.year : undefined;
  const year = query.year ?? kpis.data?.year ?? selectableYears(today)[0]!;
  const years = selectableYears(`${Math.max(year, selectableYears(today)[0]!)}-09-01`);

  const activeFilters = [
    ...query.sector.map((s) => t(label.sector(s))),
    ...query.department.map((d) => departmentLabel(d, t('department.HO'))),
  ];

  return (
    <div className={styles.page}>
      <header className="page-header">
        <div>
          <h1 className="page-title">{t('overview.title')}</h1>
          <p className="page-subtitle">{t('overview.subtitle', { year: formatAcademicYear(year) })}</p>
          <p className={styles.printOnly}>
            {t('overview.printedOn', { date: formatDate(i18n.locale, today) })} ·{' '}
            {t('overview.activeFilters', { filters: activeFilters.length ? activeFilters.join(', ') : t('overview.noFilter') })}
          </p>
        </div>
        <button type="button" className="btn" onClick={() => window.print()} data-print-hide="true">
          {t('overview.print')}
        </button>
      </header>
      <OverviewFilters query={query} years={years} year={year} defaultYear={defaultYear} onChange={update} onReset={reset} />
      <WidgetBoundary>
        <KpiSection filters={filters} />
      </WidgetBoundary>
      <section aria-labelledby="growth-title" className={styles.growth}>
        <h2 id="growth-title" className={styles.sectionTitle}>
          {t('overview.growth')}
        </h2>
        <Suspense fallback={<GrowthChartsSkeleton />}>
          <GrowthCharts filters={filters} from={query.from} />
        </Suspense>
      </section>
    </div>
  );
}
