import { useQuery } from '@tanstack/react-query';
import { useI18n } from '@/lib/i18n';
import { label } from '@/locales/labels';
import { ErrorState } from '@/components/feedback/error-state';
import { EmptyState } from '@/components/feedback/empty-state';
import { Skeleton } from '@/components/feedback/skeleton';
import { startupQueries } from '../api';
import '../messages';
import styles from './incubator.module.css';

/** The projects in the incubator today (the API's `incubatingNow`), with a way to list them in the table. */
export function IncubatingNow({ onShowInTable }: { onShowInTable: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const now = useQuery(startupQueries.incubatingNow());
  return (
    <section className={styles.panel} aria-labelledby="incubator-now" aria-busy={now.isPending}>
      <h2 id="incubator-now" className={styles.panelTitle}>
        {t('incubator.now.title')}
      </h2>
      {now.isPending ? (
        <div aria-hidden="true">
          <Skeleton width="60%" height="1.6rem" />
          {Array.from({ length: 6 }, (_, i) => (
            <Skeleton key={i} height="1.2rem" style={{ marginTop: 'var(--space-3)' }} />
          ))}
        </div>
      ) : now.isError ? (
        <ErrorState error={now.error} onRetry={() => void now.refetch()} />
      ) : now.data.length === 0 ? (
        <EmptyState title={t('incubator.now.empty')} body={t('incubator.now.emptyBody')} />
      ) : (
        <>
          <p className={styles.bigCount}>{t('incubator.now.count', { count: now.data.length })}</p>
          <ul className={styles.nowList}>
            {now.data.map((s) => (
              <li key={s.id}>
                <span>
                  <strong>{s.name}</strong> <span className={styles.muted}>· {t(label.sector(s.sector))}</span>
                </span>
                <span className={styles.muted}>
                  {s.incubationStart ? t('incubator.now.since', { date: i18n.date(s.incubationStart) }) : null}
                </span>
              </li>
            ))}
          </ul>
          <button type="button" className="btn" onClick={onShowInTable}>
            {t('incubator.now.showAll')}
          </button>
        </>
      )}
    </section>
  );
}
