import { useQuery } from '@tanstack/react-query';
import { academicYearLabel } from '@/domain/dates';
import { useI18n } from '@/lib/i18n';
import { ErrorState } from '@/components/feedback/error-state';
import { Skeleton } from '@/components/feedback/skeleton';
import { academicQueries } from '../api';
import '../messages';
import styles from './academic.module.css';

/** The year DATA.md publishes a figure for (28 double degrees in 2022). */
const PUBLISHED_YEAR = 2022;

/** Active double degrees today, with their date, beside the figure of the published year. */
export function DoubleDegreeHeadline() {
  const i18n = useI18n();
  const { t } = i18n;
  const current = useQuery(academicQueries.doubleDegrees());
  const published = useQuery(academicQueries.doubleDegrees(PUBLISHED_YEAR));
  const loading = current.isPending || published.isPending;
  return (
    <section className={styles.card} aria-labelledby="academic-headline" aria-busy={loading}>
      <h2 id="academic-headline" className={styles.cardLabel}>
        {t('academic.headline')}
      </h2>
      {loading ? (
        <div aria-hidden="true">
          <Skeleton width="70%" height="1.8rem" />
          <Skeleton width="50%" style={{ marginTop: 'var(--space-2)' }} />
        </div>
      ) : current.isError || published.isError ? (
        <ErrorState
          error={current.error ?? published.error}
          onRetry={() => {
            if (current.isError) void current.refetch();
            if (published.isError) void published.refetch();
          }}
        />
      ) : (
        <>
          <p className={styles.cardValue}>{t('academic.headline.current', { count: current.data.value })}</p>
          <p className={styles.cardDetail}>
            {t('academic.headline.year', { count: published.data.value, year: academicYearLabel(published.data.year) })} ({t('academic.headline.published')})
          </p>
          <p className={styles.cardMeta}>{t('academic.headline.asOf', { date: i18n.date(current.data.asOf) })}</p>
        </>
      )}
    </section>
  );
}
