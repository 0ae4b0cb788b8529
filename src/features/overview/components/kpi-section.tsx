import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import type { StatsQuery } from '@/contract/queries';
import { useI18n } from '@/lib/i18n';
import { ErrorState } from '@/components/feedback/error-state';
import { EmptyState } from '@/components/feedback/empty-state';
import { overviewQueries } from '../api';
import { KpiTile, KpiTileSkeleton, kpiStyles } from './kpi-tile';

const TILE_COUNT = 7;

/** The directors' headline figures for the chosen year and filters, each linked to its view. */
export function KpiSection({ filters }: { filters: StatsQuery }) {
  const i18n = useI18n();
  const { t } = i18n;
  const kpis = useQuery(overviewQueries.kpis(filters));
  const data = kpis.data;
  const sectorQuery = filters.sector.map((s) => `sector=${s}`).concat(filters.department.map((d) => `department=${d}`)).join('&');
  const withFilters = (path: string, extra = '') => {
    const qs = [extra, sectorQuery].filter(Boolean).join('&');
    return qs ? `${path}?${qs}` : path;
  };
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
            to={withFilters('/partners', 'stage=active')}
          />
          <KpiTile
            label={t('kpi.apprentices')}
            kpi={data.activeApprentices}
            detail={t('kpi.apprentices.detail', { share: i18n.percent(data.apprenticeShare.value, 1), students: i18n.number(data.students.value) })}
            year={data.year}
            to={`/apprentices?year=${data.year}`}
          />
          <KpiTile
            label={t('kpi.equipment')}
            kpi={data.equipmentHours12m}
            display={`${i18n.number(data.equipmentHours12m.value)} h`}
            detail={t('kpi.equipment.detail', { revenue: i18n.euros(data.equipmentRevenue12m.value) })}
            year={data.year}
            to="/equipment"
          />
          <KpiTile
            label={t('kpi.startups')}
            kpi={data.startupsAlive}
            detail={t('kpi.startups.detail', { rate: i18n.percent(data.survival5y.value), benchmark: i18n.percent(data.survivalBenchmark5y) })}
            year={data.year}
            to={withFilters('/incubator')}
          />
          <KpiTile label={t('kpi.doubleDegrees')} kpi={data.doubleDegrees} detail={t('kpi.doubleDegrees.detail')} year={data.year} to="/academic" />
          <KpiTile
            label={t('kpi.opportunitiesWon')}
            kpi={data.opportunitiesWon}
            display={i18n.euros(data.opportunitiesWon.value, data.opportunitiesWon.value >= 1_000_000)}
            detail={t('kpi.opportunitiesWon.detail')}
            year={data.year}
            to="/opportunities?stage=won"
          />
          <KpiTile
            label={t('kpi.tax')}
            kpi={data.taxReceived}
            display={i18n.euros(data.taxReceived.value)}
            detail={t('kpi.tax.detail', { campaign: String(data.year + 1) })}
            year={data.year}
            to={`/apprenticeship-tax?year=${data.year + 1}`}
          />
        </ul>
      ) : null}
    </section>
  );
}
