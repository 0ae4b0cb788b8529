import { useQuery } from '@tanstack/react-query';
import { useI18n } from '@/lib/i18n';
import { ErrorState } from '@/components/feedback/error-state';
import { Skeleton } from '@/components/feedback/skeleton';
import { academicQueries } from '../api';
import '../messages';
import styles from './academic.module.css';

/** "4 conventions à renouveler d’ici 6 mois", counted by the API, and a way to list only those. */
export function RenewalsDue({ onShow, showing }: { onShow: () => void; showing: boolean }) {
  const { t } = useI18n();
  const due = useQuery(academicQueries.dueSoon());
  const count = due.data?.total ?? 0;
  return (
    <section className={`${styles.card} ${count > 0 ? styles.cardWarning : ''}`} aria-labelledby="academic-due" aria-busy={due.isPending}>
      <h2 id="academic-due" className={styles.cardLabel}>
        {t('academic.table.renewal')}
      </h2>
      {due.isPending ? (
        <div aria-hidden="true">
          <Skeleton width="80%" height="1.8rem" />
          <Skeleton width="40%" height="2.2rem" style={{ marginTop: 'var(--space-2)' }} />
        </div>
      ) : due.isError ? (
        <ErrorState error={due.error} onRetry={() => void due.refetch()} />
      ) : count === 0 ? (
        <p className={styles.cardDetail}>{t('academic.due.none')}</p>
      ) : (
        <>
          <p className={styles.cardValue}>{t('academic.due.summary', { count })}</p>
          {!showing && (
            <button type="button" className={`btn ${styles.cardAction}`} onClick={onShow} aria-describedby="academic-due">
              {t('academic.due.show')}
            </button>
          )}
        </>
      )}
    </section>
  );
}
