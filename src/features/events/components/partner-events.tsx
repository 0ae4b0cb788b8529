import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useI18n } from '@/lib/i18n';
import { EmptyState } from '@/components/feedback/empty-state';
import { ErrorState } from '@/components/feedback/error-state';
import { Skeleton } from '@/components/feedback/skeleton';
import { eventQueries } from '../api';
import { isUpcoming } from '../lib/events';
import { todayIso } from '../lib/today';
import { kindLabel } from './event-filters';
import '../messages';
import styles from './events.module.css';

/** The company page's events: every event it attended (or is registered for), latest first. */
export function PartnerEvents({ partnerId }: { partnerId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const query = useQuery(eventQueries.list({ partnerId }));
  const today = todayIso();
  const events = query.data?.items ?? [];
  return (
    <section aria-labelledby="partner-events-title" aria-busy={query.isPending || undefined} className={styles.widget}>
      <div className={styles.widgetHead}>
        <h2 id="partner-events-title" className={styles.panelTitle}>
          {t('events.partner.title')}
        </h2>
        {query.data && query.data.total > 0 && <span className={styles.muted}>{t('events.partner.count', { count: query.data.total })}</span>}
      </div>
      {query.isPending ? (
        <div className={styles.panel} aria-hidden="true">
          {Array.from({ length: 4 }, (_, i) => (
            <Skeleton key={i} height="2.75rem" />
          ))}
        </div>
      ) : query.isError && !query.data ? (
        <ErrorState error={query.error} title={t('events.partner.title')} onRetry={() => void query.refetch()} />
      ) : events.length === 0 ? (
        <EmptyState title={t('events.partner.empty')} body={t('events.partner.emptyBody')} action={<Link to="/events">{t('events.partner.all')}</Link>} />
      ) : (
        <ul className={`${styles.panel} ${styles.list}`}>
          {events.map((e) => (
            <li key={e.id} className={styles.item}>
              <span className={styles.itemText}>
                <Link to={{ pathname: '/events', search: `?event=${encodeURIComponent(e.id)}` }} className={styles.itemName}>
                  {e.title}
                </Link>
                <span className={styles.itemMeta}>
                  {t(kindLabel(e.kind))} · {e.place}
                </span>
              </span>
              <span className={styles.itemAction}>
                {isUpcoming(e, today) && <span className={`${styles.badge} ${styles.badgeUpcoming}`}>{t('events.detail.upcoming')}</span>}{' '}
                <time dateTime={e.date}>{i18n.date(e.date)}</time>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
