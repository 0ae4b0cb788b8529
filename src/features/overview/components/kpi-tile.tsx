import { Link } from 'react-router-dom';
import type { Kpi } from '@/contract/stats';
import { growthRate } from '@/domain/growth';
import { formatAcademicYear } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { Skeleton } from '@/components/feedback/skeleton';
import styles from './kpi-tile.module.css';

export interface KpiTileProps {
  label: string;
  kpi: Kpi;
  /** The figure as people read it; defaults to the number in the active locale. */
  display?: string;
  detail?: string;
  year: number;
  /** The view that explains the figure. */
  to: string;
}

/** One headline figure: value, what it means, its change over a year, and the date it is true at. */
export function KpiTile({ label, kpi, display, detail, year, to }: KpiTileProps) {
  const i18n = useI18n();
  const change = growthRate(kpi.value, kpi.previous);
  return (
    <li className={styles.tile}>
      <p className={styles.label}>
        <Link to={to} className={styles.link}>
          {label}
        </Link>
      </p>
      <p className={styles.value}>{display ?? i18n.number(kpi.value)}</p>
      {detail && <p className={styles.detail}>{detail}</p>}
      <p className={styles.meta}>
        <span>{i18n.t('common.asOf', { date: i18n.date(kpi.asOf) })}</span>
        {change === null ? (
          <span>{i18n.t('common.noPrevious')}</span>
        ) : (
          <span className={change > 0 ? styles.up : change < 0 ? styles.down : undefined}>
            {i18n.t('common.vsPrevious', { change: i18n.change(change), year: formatAcademicYear(year - 1) })}
          </span>
        )}
      </p>
    </li>
  );
}

export function KpiTileSkeleton() {
  return (
    <li className={styles.tile} aria-hidden="true">
      <Skeleton width="60%" height="0.9rem" />
      <Skeleton width="40%" height="2.3rem" />
      <Skeleton width="80%" height="0.9rem" />
      <Skeleton width="50%" height="0.75rem" style={{ marginTop: 'auto' }} />
    </li>
  );
}

export { styles as kpiStyles };
