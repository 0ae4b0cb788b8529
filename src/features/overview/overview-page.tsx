import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useI18n } from '@/lib/i18n';
import { formatAcademicYear } from '@/lib/format';
import { ErrorState } from '@/components/feedback/error-state';
import { EmptyState } from '@/components/feedback/empty-state';
import { WidgetBoundary } from '@/components/feedback/widget-boundary';
import { overviewQueries } from './api';
import { KpiTile, KpiTileSkeleton, kpiStyles } from './components/kpi-tile';

const TILE_COUNT = 4;

export default function OverviewPage() {
  const { t } = useI18n();
  const kpis = useQuery(overviewQueries.kpis());
  return (
    <>
      <header className="page-header">
        <div>
          <h1 className="page-title">{t('overview.title')}</h1>
          <p className="page-subtitle">{kpis.data ? t('overview.subtitle', { year: formatAcademicYear(kpis.data.year) }) : '\u00a0'}</p>
        </div>
      </header>
      <WidgetBoundary>
        <KpiSection />
      </WidgetBoundary>
    </>
  );
}

function KpiSection() {
  const i18n = useI18n();
  const { t } = i18n;
  const kpis = useQuery(overviewQueries.kpis());
  const data = kpis.data;
  return (
      <section aria-labelledby="kpi-title" aria-busy={kpis.isPending}>
        <h2 id="kpi-title" className="visually-hidden">
          {t('overview.kpis')}
        </h2>
        {kpis.isPending ? (
          <ul className={kpiStyles.grid}>
            {Array.from({ length: TILE_COUNT }, (_, i) => (
              <KpiTileSkeleton key={i} />
            ))}
          </ul>
        ) : kpis.isError ? (
          <ErrorState error={kpis.error} onRetry={() => void kpis.refetch()} />
        ) : data && data.companies.value === 0 ? (
          <EmptyState
            title={t('overview.empty.title')}
            body={t('overview.empty.body')}
            action={
              <Link className="btn btn-primary" to="/settings">
                {t('overview.empty.action')}
              </Link>
            }
          />
        ) : data ? (
          <ul className={kpiStyles.grid}>
            <KpiTile
              label={t('kpi.activePartners')}
              kpi={data.activePartners}
              detail={t('kpi.activePartners.detail', { companies: i18n.number(data.companies.value) })}
              year={data.year}
            />
            <KpiTile
              label={t('kpi.apprentices')}
              kpi={data.activeApprentices}
              detail={t('kpi.apprentices.detail', {
                share: i18n.percent(data.apprenticeShare.value, 1),
                students: i18n.number(data.students.value),
              })}
              year={data.year}
            />
            <KpiTile
              label={t('kpi.startups')}
              kpi={data.startupsAlive}
              detail={t('kpi.startups.detail', {
                rate: i18n.percent(data.survival5y.value),
                benchmark: i18n.percent(data.survivalBenchmark5y),
              })}
              year={data.year}
            />
            <KpiTile label={t('kpi.doubleDegrees')} kpi={data.doubleDegrees} detail={t('kpi.doubleDegrees.detail')} year={data.year} />
          </ul>
        ) : null}
      </section>
  );
}
