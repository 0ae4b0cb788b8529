import { useQuery } from '@tanstack/react-query';
import { toIsoDate } from '@/domain/dates';
import { useI18n } from '@/lib/i18n';
import { ErrorState } from '@/components/feedback/error-state';
import { EmptyState } from '@/components/feedback/empty-state';
import { Skeleton } from '@/components/feedback/skeleton';
import { startupQueries } from '../api';
import type { Scope } from '../api';
import { incubatorFigures } from '../lib/startup-series';
import '../messages';
import styles from './incubator.module.css';

/** The KPI line: founded in total, alive today, 5-year survival against the benchmark, jobs. */
export function IncubatorKpis({ scope }: { scope: Scope }) {
  const i18n = useI18n();
  const { t } = i18n;
  const startups = useQuery(startupQueries.everything(scope));
  const survival = useQuery(startupQueries.survival(scope));
  const asOf = t('incubator.asOf', { date: i18n.date(toIsoDate(new Date())) });
  const loading = startups.isPending || survival.isPending;
  const error = startups.error ?? survival.error;

  return (
    <section aria-labelledby="incubator-kpis" aria-busy={loading}>
      <h2 id="incubator-kpis" className="visually-hidden">
        {t('incubator.kpis')}
      </h2>
      {loading ? (
        <ul className={styles.kpis}>
          {Array.from({ length: 4 }, (_, i) => (
            <li key={i} className={styles.kpi} aria-hidden="true">
              <Skeleton width="60%" height="0.9rem" />
              <Skeleton width="40%" height="2.3rem" />
              <Skeleton width="80%" height="0.9rem" />
            </li>
          ))}
        </ul>
      ) : error || !startups.data || !survival.data ? (
        <ErrorState
          error={error}
          onRetry={() => {
            if (startups.isError) void startups.refetch();
            if (survival.isError) void survival.refetch();
          }}
        />
      ) : startups.data.length === 0 ? (
        <EmptyState title={t('incubator.table.emptyDb')} body={t('incubator.table.emptyDbBody')} />
      ) : (
        <Figures rows={startups.data} at3={survival.data.at3} at5={survival.data.at5} benchmark={survival.data.benchmark5} asOf={asOf} />
      )}
    </section>
  );
}

function Figures({ rows, at3, at5, benchmark, asOf }: { rows: Parameters<typeof incubatorFigures>[0]; at3: number | null; at5: number | null; benchmark: number; asOf: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const f = incubatorFigures(rows);
  const tiles = [
    { label: t('incubator.kpi.created'), value: i18n.number(f.created), detail: t('incubator.kpi.created.detail', { first: String(f.firstYear ?? '') }) },
    { label: t('incubator.kpi.alive'), value: i18n.number(f.alive), detail: t('incubator.kpi.alive.detail', { share: f.aliveShare === null ? '—' : i18n.percent(f.aliveShare) }) },
    {
      label: t('incubator.kpi.survival'),
      value: at5 === null ? '—' : i18n.percent(at5),
      detail:
        at5 === null
          ? t('incubator.kpi.survival.none')
          : t('incubator.kpi.survival.detail', { benchmark: i18n.percent(benchmark), at3: at3 === null ? '—' : i18n.percent(at3) }),
    },
    { label: t('incubator.kpi.jobs'), value: i18n.number(f.jobs), detail: t('incubator.kpi.jobs.detail', { funds: i18n.euros(f.funds, true) }) },
  ];
  return (
    <ul className={styles.kpis}>
      {tiles.map((tile) => (
        <li key={tile.label} className={styles.kpi}>
          <p className={styles.kpiLabel}>{tile.label}</p>
          <p className={styles.kpiValue}>{tile.value}</p>
          <p className={styles.kpiDetail}>{tile.detail}</p>
          <p className={styles.kpiMeta}>{asOf}</p>
        </li>
      ))}
    </ul>
  );
}
