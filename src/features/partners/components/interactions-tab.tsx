import { useQuery } from '@tanstack/react-query';
import type { InteractionKind } from '@/contract/reference';
import { EmptyState } from '@/components/feedback/empty-state';
import { ErrorState } from '@/components/feedback/error-state';
import { Skeleton } from '@/components/feedback/skeleton';
import { useI18n } from '@/lib/i18n';
import { useCan } from '@/lib/session';
import { label } from '@/locales/labels';
import { interactionQueries } from '../api';
import { InteractionsForm } from './interactions-form';
import styles from './interactions-tab.module.css';
import '../messages-detail';

/** Symbols present in common system fonts, so that no icon shows as a blank box. */
const KIND_ICONS: Record<InteractionKind, string> = { meeting: '◎', call: '☎', visit: '⌂', email: '✉', event: '★' };

/** Every exchange with the company, newest first, and the form to log the next one. */
export function InteractionsTab({ partnerId }: { partnerId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const query = useQuery(interactionQueries.byPartner(partnerId));
  const canLog = useCan('crm');
  return (
    <div className={styles.tab}>
      <h2 className="visually-hidden">{t('interactions.title')}</h2>
      {canLog && <InteractionsForm partnerId={partnerId} />}
      <section aria-labelledby="interactions-timeline" aria-busy={query.isPending}>
        <h3 id="interactions-timeline" className={styles.title}>
          {t('interactions.timeline')}
          {query.data && <span className={styles.count}> ({query.data.length})</span>}
        </h3>
        {query.isPending ? (
          <ol className={styles.timeline} aria-hidden="true">
            {[0, 1, 2, 3].map((i) => (
              <li key={i} className={styles.entry}>
                <Skeleton width="2rem" height="2rem" style={{ borderRadius: '50%' }} />
                <div className={styles.body}>
                  <Skeleton width="40%" height="1rem" />
                  <Skeleton width="80%" height="0.9rem" style={{ marginTop: '0.4rem' }} />
                </div>
              </li>
            ))}
          </ol>
        ) : !query.data ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : query.data.length === 0 ? (
          <EmptyState title={t('interactions.empty')} body={t('interactions.emptyBody')} />
        ) : (
          <ol className={styles.timeline}>
            {query.data.map((i) => {
              const pending = i.id.startsWith('pending-');
              return (
                <li key={i.id} className={`${styles.entry} ${pending ? styles.pending : ''}`} aria-busy={pending || undefined}>
                  <span className={`${styles.icon} ${styles[i.kind] ?? ''}`} aria-hidden="true">
                    {KIND_ICONS[i.kind]}
                  </span>
                  <div className={styles.body}>
                    <p className={styles.line}>
                      <strong>{t(label.interaction(i.kind))}</strong>
                      <time dateTime={i.date}>{i18n.date(i.date)}</time>
                      {i.contactName && <span>{t('interactions.with', { contact: i.contactName })}</span>}
                      {i.authorName && <span className={styles.muted}>{t('interactions.by', { author: i.authorName })}</span>}
                      {pending && <span className={styles.muted}>{t('interactions.pending')}</span>}
                    </p>
                    <p className={styles.summary}>{i.summary}</p>
                  </div>
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </div>
  );
}
