import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import type { To } from 'react-router-dom';
import { ApiError } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import { ErrorState } from '@/components/feedback/error-state';
import { EmptyState } from '@/components/feedback/empty-state';
import { Skeleton } from '@/components/feedback/skeleton';
import { WidgetBoundary } from '@/components/feedback/widget-boundary';
import { eventQueries } from '../api';
import { isUpcoming } from '../lib/events';
import { todayIso } from '../lib/today';
import { Attendees } from './attendees';
import { kindLabel } from './event-filters';
import { FollowUps } from './follow-ups';
import '../messages';
import styles from './events.module.css';

/** One event: who came (editable) and, first, who came and has nobody planning to call back. */
export function EventDetailView({ eventId, backTo }: { eventId: string; backTo: To }) {
  const i18n = useI18n();
  const { t } = i18n;
  const query = useQuery(eventQueries.detail(eventId));
  const headingRef = useRef<HTMLHeadingElement>(null);
  const loaded = !!query.data;
  useEffect(() => {
    // Opening an event replaces the list: take the reader to its title.
    if (loaded) headingRef.current?.focus();
  }, [loaded]);

  const back = (
    <Link to={backTo} className={styles.back}>
      <span aria-hidden="true">← </span>
      {t('events.detail.back')}
    </Link>
  );
  const event = query.data;
  if (!event) {
    if (query.isPending)
      return (
        <div aria-busy="true">
          {back}
          <span className="visually-hidden">{t('common.loading')}</span>
          <Skeleton width="24rem" height="2rem" />
          <Skeleton width="30rem" height="1rem" style={{ margin: 'var(--space-3) 0 var(--space-5)' }} />
          <div className={styles.columns}>
            <Skeleton height="20rem" />
            <Skeleton height="20rem" />
          </div>
        </div>
      );
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return (
      <>
        {back}
        <h1 className="page-title">{t('events.detail.loadError')}</h1>
        {notFound ? (
          <EmptyState title={t('events.detail.loadError')} body={t('events.detail.notFound')} />
        ) : (
          <ErrorState error={query.error} title={t('events.detail.loadError')} onRetry={() => void query.refetch()} />
        )}
      </>
    );
  }

  const upcoming = isUpcoming(event, todayIso());
  return (
    <>
      {back}
      <h1 ref={headingRef} tabIndex={-1} className={`page-title ${styles.detailTitle}`}>
        {event.title}
      </h1>
      <p className={styles.meta}>
        <span className={styles.badge}>{t(kindLabel(event.kind))}</span>
        {upcoming && <span className={`${styles.badge} ${styles.badgeUpcoming}`}>{t('events.detail.upcoming')}</span>}
        <time dateTime={event.date}>{i18n.longDate(event.date)}</time>
        <span>{event.place}</span>
        <span>{event.attendeeCount === 0 ? t('events.detail.noCompanies') : t('events.detail.companies', { count: event.attendeeCount })}</span>
      </p>
      <div className={styles.columns}>
        <WidgetBoundary title={t('events.followUp.title')}>
          <FollowUps event={event} upcoming={upcoming} />
        </WidgetBoundary>
        <WidgetBoundary title={t('events.attendees.title')}>
          <Attendees event={event} upcoming={upcoming} />
        </WidgetBoundary>
      </div>
    </>
  );
}
