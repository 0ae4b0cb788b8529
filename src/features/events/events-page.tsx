import { useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { To } from 'react-router-dom';
import { queryToSearchParams, parseQuery } from '@/contract/queries';
import { datedFilename, downloadFile, toCsv } from '@/lib/csv';
import { useI18n } from '@/lib/i18n';
import { useCan } from '@/lib/session';
import { notify } from '@/lib/notify';
import { useSearchState } from '@/lib/url-state';
import { ClearFiltersButton, EmptyState } from '@/components/feedback/empty-state';
import { ErrorState } from '@/components/feedback/error-state';
import { Skeleton } from '@/components/feedback/skeleton';
import { WidgetBoundary } from '@/components/feedback/widget-boundary';
import { useRefetchErrorNotice } from '@/components/feedback/use-refetch-error-notice';
import { eventQueries } from './api';
import { EventDetailView } from './components/event-detail';
import { EventFilters, kindLabel } from './components/event-filters';
import { EventsTable } from './components/events-table';
import { eventCsvColumns, eventYears, EventsPageQuery, sortEvents, splitByDate } from './lib/events';
import type { EventSortKey } from './lib/events';
import { todayIso } from './lib/today';
import './messages';
import styles from './components/events.module.css';

const DEFAULTS = parseQuery(EventsPageQuery, new URLSearchParams());
const CLEARED: Partial<EventsPageQuery> = { q: '', kind: [], year: undefined };

/**
 * /events: the school's events, upcoming apart from past ones, and — with `?event=<id>` — one event
 * with the companies that came and those nobody has planned to call back yet.
 */
export default function EventsPage() {
  const [query, update] = useSearchState(EventsPageQuery);
  const linkTo = useCallback(
    (event: string | undefined): To => ({ pathname: '/events', search: queryToSearchParams({ ...query, event }, DEFAULTS).toString() }),
    [query],
  );
  if (query.event) return <EventDetailView key={query.event} eventId={query.event} backTo={linkTo(undefined)} />;
  return <EventsList query={query} update={update} linkTo={linkTo} />;
}

function EventsList({ query, update, linkTo }: { query: EventsPageQuery; update: (p: Partial<EventsPageQuery>) => void; linkTo: (id: string) => To }) {
  const { t } = useI18n();
  const params = useMemo(() => ({ q: query.q || undefined, kind: query.kind.length ? query.kind : undefined, year: query.year }), [query.q, query.kind, query.year]);
  const list = useQuery(eventQueries.list(params));
  const everything = useQuery(eventQueries.list({}));
  const canExport = useCan('export');
  const today = todayIso();
  const years = useMemo(() => eventYears(everything.data?.items ?? []), [everything.data]);
  const { upcoming, past } = useMemo(() => {
    const split = splitByDate(list.data?.items ?? [], today);
    return { upcoming: sortEvents(split.upcoming, 'date', 'asc'), past: sortEvents(split.past, query.sort, query.order) };
  }, [list.data, today, query.sort, query.order]);

  useRefetchErrorNotice(list, (message) => t('events.refetchFailed', { message }));

  const exportCsv = () => {
    const rows = [...upcoming, ...past];
    const columns = eventCsvColumns(
      {
        id: t('events.csv.id'),
        title: t('events.col.title'),
        kind: t('events.col.kind'),
        kindValue: (k) => t(kindLabel(k)),
        date: t('events.col.date'),
        place: t('events.col.place'),
        attendees: t('events.col.attendees'),
        upcoming: t('events.csv.upcoming'),
        yes: t('events.csv.yes'),
        no: t('events.csv.no'),
      },
      today,
    );
    downloadFile(datedFilename('evenements'), toCsv(rows, columns));
    notify.success(t('events.export.done', { count: rows.length }));
  };

  const filtered = query.q !== '' || query.kind.length > 0 || query.year !== undefined;
  const loading = !list.data;
  let body;
  if (list.isError && !list.data) body = <ErrorState error={list.error} onRetry={() => void list.refetch()} />;
  else if (list.data && list.data.total === 0 && !list.isPlaceholderData)
    body = filtered ? (
      <EmptyState
        title={t('events.empty.title')}
        body={t('events.empty.body')}
        action={
          <ClearFiltersButton onClear={() => update(CLEARED)} />
        }
      />
    ) : (
      <EmptyState title={t('events.empty.db')} body={t('events.empty.dbBody')} />
    );
  else
    body = (
      <div className={list.isPlaceholderData ? styles.stale : undefined}>
        <section aria-labelledby="events-upcoming" className={styles.section}>
          <h2 id="events-upcoming" className={styles.sectionTitle}>
            {t('events.upcoming')}
            <span className={styles.sectionCount}>{loading ? <Skeleton width="5rem" /> : t('events.count', { count: upcoming.length })}</span>
          </h2>
          {!loading && upcoming.length === 0 ? (
            <p className={styles.note}>{t('events.upcoming.empty')}</p>
          ) : (
            <EventsTable caption={t('events.upcoming')} rows={upcoming} linkTo={linkTo} loading={loading} skeletonRows={3} />
          )}
        </section>
        <section aria-labelledby="events-past" className={styles.section}>
          <h2 id="events-past" className={styles.sectionTitle}>
            {t('events.past')}
            <span className={styles.sectionCount}>{loading ? <Skeleton width="5rem" /> : t('events.count', { count: past.length })}</span>
          </h2>
          {!loading && past.length === 0 ? (
            <p className={styles.note}>{t('events.past.empty')}</p>
          ) : (
            <EventsTable
              caption={t('events.past')}
              rows={past}
              linkTo={linkTo}
              loading={loading}
              skeletonRows={10}
              sort={{ key: query.sort, order: query.order }}
              onSort={(s) => update({ sort: s.key as EventSortKey, order: s.order })}
            />
          )}
        </section>
      </div>
    );

  return (
    <>
      <header className="page-header">
        <div>
          <h1 className="page-title">{t('events.title')}</h1>
          <p className="page-subtitle">{t('events.subtitle')}</p>
        </div>
      </header>
      <EventFilters
        query={query}
        update={update}
        years={years}
        actions={
          canExport && (
            <button type="button" className="btn" onClick={exportCsv} disabled={!list.data || list.data.total === 0}>
              {t('events.export')}
            </button>
          )
        }
      />
      <WidgetBoundary>{body}</WidgetBoundary>
    </>
  );
}
