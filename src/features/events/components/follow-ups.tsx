import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import type { EventDetail } from '@/contract/api';
import { addDays } from '@/domain/dates';
import { useCurrentUser } from '@/lib/current-user';
import { useI18n } from '@/lib/i18n';
import { useCan } from '@/lib/session';
import { label } from '@/locales/labels';
import { EmptyState } from '@/components/feedback/empty-state';
import { ErrorState } from '@/components/feedback/error-state';
import { Skeleton } from '@/components/feedback/skeleton';
import { eventQueries, usePlanFollowUps } from '../api';
import { attendeesWithoutFollowUp } from '../lib/events';
import { todayIso } from '../lib/today';
import '../messages';
import styles from './events.module.css';

/** Days between the click and the follow-up's due date. */
export const FOLLOW_UP_DELAY_DAYS = 7;

/**
 * The business lever: companies that came and that nobody plans to call back. One click plans a
 * follow-up ("Relance suite à <événement>", due in a week, for the person using the app) and the
 * company leaves the list; another plans one for all of them. The read-only roles see the list.
 */
export function FollowUps({ event, upcoming }: { event: EventDetail; upcoming: boolean }) {
  const { t } = useI18n();
  const { user } = useCurrentUser();
  const open = useQuery(eventQueries.withOpenFollowUp());
  const plan = usePlanFollowUps();
  const canPlan = useCan('crm');
  const candidates = useMemo(() => (open.data ? attendeesWithoutFollowUp(event.attendees, new Set(open.data)) : []), [open.data, event.attendees]);

  const planFor = (companies: readonly { id: string; name: string }[]) => {
    if (!user || companies.length === 0) return;
    plan.mutate({
      companies: companies.map((c) => ({ id: c.id, name: c.name })),
      title: t('events.followUp.taskTitle', { event: event.title }),
      due: addDays(todayIso(), FOLLOW_UP_DELAY_DAYS),
      ownerId: user.id,
    });
  };

  let body;
  if (upcoming) body = <EmptyState title={t('events.followUp.notYet')} body={t('events.followUp.notYetBody')} />;
  else if (event.attendees.length === 0) body = <EmptyState title={t('events.followUp.noAttendees')} body={t('events.followUp.noAttendeesBody')} />;
  else if (open.isPending)
    body = (
      <div aria-busy="true">
        <span className="visually-hidden">{t('common.loading')}</span>
        {Array.from({ length: 5 }, (_, i) => (
          <Skeleton key={i} height="2.5rem" style={{ marginBottom: 'var(--space-2)' }} />
        ))}
      </div>
    );
  else if (open.isError && !open.data) body = <ErrorState error={open.error} onRetry={() => void open.refetch()} />;
  else if (candidates.length === 0)
    body = <EmptyState title={t('events.followUp.allSet')} body={t('events.followUp.allSetBody')} action={<Link to="/tasks">{t('nav.tasks')}</Link>} />;
  else
    body = (
      <>
        <div className={styles.panelHead}>
          <p className={styles.panelIntro} aria-live="polite">
            {t('events.followUp.count', { count: candidates.length })}
            {canPlan && user && ` · ${t('events.followUp.owner', { name: user.name })}`}
          </p>
          {canPlan && (
            <button type="button" className="btn btn-primary" disabled={!user} onClick={() => planFor(candidates)}>
              {t('events.followUp.planAll', { count: candidates.length })}
            </button>
          )}
        </div>
        {!user && <p className={styles.note}>{t('events.followUp.noUser')}</p>}
        <ul className={styles.list} aria-label={t('events.followUp.title')}>
          {candidates.map((a) => (
            <li key={a.id} className={styles.item}>
              <span className={styles.itemText}>
                <Link to={`/partners/${encodeURIComponent(a.id)}`} className={styles.itemName}>
                  {a.name}
                </Link>
                <span className={styles.itemMeta}>
                  {t(label.sector(a.sector))} · {a.city}
                </span>
              </span>
              {canPlan && (
                <button
                  type="button"
                  className={`btn ${styles.itemAction}`}
                  disabled={!user}
                  aria-label={t('events.followUp.planLabel', { name: a.name })}
                  onClick={() => planFor([a])}
                >
                  {t('events.followUp.plan')}
                </button>
              )}
            </li>
          ))}
        </ul>
      </>
    );

  return (
    <section aria-labelledby="event-follow-ups" className={`${styles.panel} ${styles.lever}`}>
      <h2 id="event-follow-ups" className={styles.panelTitle}>
        {t('events.followUp.title')}
      </h2>
      <p className={styles.panelIntro}>{t('events.followUp.intro')}</p>
      {body}
    </section>
  );
}
