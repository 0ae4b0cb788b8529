import type { CSSProperties } from 'react';
import { useId } from 'react';
import { TAX_STATUSES } from '@/contract/reference';
import type { TaxStatus } from '@/contract/reference';
import { useI18n } from '@/lib/i18n';
import { ErrorState } from '@/components/feedback/error-state';
import { Skeleton } from '@/components/feedback/skeleton';
import type { CampaignProgress, CampaignTotals } from '../lib/campaign';
import { statusKey } from '../lib/labels';
import '../messages';
import styles from './tax.module.css';

export const STATUS_ACCENT: Record<TaxStatus, string> = { approached: 'var(--chart-2)', pledged: 'var(--chart-1)', received: 'var(--chart-3)' };

/** Totals per status and how far the campaign is from last year's received total. */
export function CampaignSummary({
  year,
  totals,
  progress,
  loading,
  error,
  onRetry,
}: {
  year: number;
  totals: CampaignTotals | null;
  progress: CampaignProgress | null;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const barLabel = useId();
  const y = String(year);
  const previous = String(year - 1);
  if (error && (!totals || !progress)) return <ErrorState error={error} title={t('tax.summary', { year: y })} onRetry={onRetry} />;
  if (loading || !totals || !progress)
    return (
      <ul className={styles.summary} aria-busy="true" aria-label={t('tax.summary', { year: y })}>
        {Array.from({ length: 4 }, (_, i) => (
          <li key={i} className={`${styles.tile} ${i === 3 ? styles.tileWide : ''}`}>
            <Skeleton width="60%" height="0.9rem" />
            <Skeleton width="50%" height="1.8rem" />
            <Skeleton width="40%" height="0.9rem" />
          </li>
        ))}
      </ul>
    );
  const percent = progress.ratio === null ? null : i18n.percent(progress.ratio);
  return (
    <ul className={styles.summary} aria-label={t('tax.summary', { year: y })}>
      {TAX_STATUSES.map((status) => (
        <li key={status} className={styles.tile} style={{ '--tile-accent': STATUS_ACCENT[status] } as CSSProperties}>
          <p className={styles.tileLabel}>{t(statusKey(status))}</p>
          <p className={styles.tileValue} data-testid={`tax-total-${status}`}>
            {i18n.euros(totals[status].amount)}
          </p>
          <p className={styles.tileDetail}>{t('tax.summary.companies', { count: totals[status].count })}</p>
        </li>
      ))}
      <li className={`${styles.tile} ${styles.tileWide}`} style={{ '--tile-accent': 'var(--chart-3)' } as CSSProperties}>
        <p className={styles.tileLabel} id={barLabel}>
          {t('tax.progress.title', { previous })}
        </p>
        {progress.previousReceived === null ? (
          <>
            <p className={styles.tileValue}>{i18n.euros(progress.received)}</p>
            <p className={styles.tileDetail}>{t('tax.progress.noPrevious', { previous })}</p>
          </>
        ) : (
          <>
            <p className={styles.tileValue}>
              {percent}{' '}
              <span className={styles.tileDetail}>
                {t('tax.progress.value', { received: i18n.euros(progress.received), previousTotal: i18n.euros(progress.previousReceived) })}
              </span>
            </p>
            <div
              className={styles.bar}
              role="progressbar"
              aria-label={t('tax.progress.label', { year: y, previous })}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.min(100, Math.round((progress.ratio ?? 0) * 100))}
              aria-valuetext={percent ?? undefined}
            >
              <div className={styles.barFill} style={{ width: `${Math.min(100, (progress.ratio ?? 0) * 100)}%` }} />
            </div>
            <p className={styles.tileDetail}>
              {t('tax.progress.withPledges', { amount: i18n.euros(progress.expected), percent: i18n.percent(progress.expectedRatio ?? 0), previous })}
            </p>
          </>
        )}
      </li>
    </ul>
  );
}
