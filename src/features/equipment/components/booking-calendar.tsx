import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { BookingRow } from '@/contract/api';
import type { BookingStatus } from '@/contract/reference';
import { EmptyState } from '@/components/feedback/empty-state';
import { ErrorState } from '@/components/feedback/error-state';
import { Skeleton } from '@/components/feedback/skeleton';
import { describeError } from '@/components/feedback/describe-error';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useI18n } from '@/lib/i18n';
import { notify } from '@/lib/notify';
import { bookingQueries, maintenanceQueries, useSetBookingStatus } from '../api';
import { fetchRange, monthGrid, periodBounds, weekDays } from '../lib/calendar';
import type { CalendarQuery } from '../lib/calendar';
import { calendarEvents } from '../lib/events';
import { formatSlot } from '../lib/paris-time';
import type { BookingActions } from './booking-event';
import { BookingList } from './booking-list';
import { CalendarToolbar } from './calendar-toolbar';
import { MonthGrid } from './month-grid';
import { WeekGrid } from './week-grid';
import styles from './calendar.module.css';

/**
 * The item's bookings and maintenance windows for the week or month in the URL, as a grid or as a
 * list. Cancelling and confirming show at once and are put back if the API refuses.
 */
export function BookingCalendar({
  equipmentId,
  query,
  today,
  update,
}: {
  equipmentId: string;
  query: CalendarQuery & { date: string };
  today: string;
  update: (patch: Partial<CalendarQuery>) => void;
}) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const { view, date, display } = query;
  const range = fetchRange(view, date);
  const bookings = useQuery(bookingQueries.range(equipmentId, range.from, range.to));
  const maintenance = useQuery(maintenanceQueries.byItem(equipmentId));
  const setStatus = useSetBookingStatus(equipmentId);
  const [toCancel, setToCancel] = useState<BookingRow | null>(null);

  const change = (booking: BookingRow, status: BookingStatus) => {
    setStatus.mutate(
      { booking, status },
      {
        onSuccess: () => notify.success(t(status === 'cancelled' ? 'equipment.booking.cancelled' : 'equipment.booking.confirmed', { company: booking.partnerName })),
        onError: (e) => notify.error(t('equipment.booking.updateFailed', { message: describeError(t, e) })),
      },
    );
  };
  const actions: BookingActions = { cancel: setToCancel, confirm: (b) => change(b, 'confirmed') };

  const { first, last } = periodBounds(view, date);
  const loading = bookings.isPending || maintenance.isPending;
  const error = bookings.error ?? maintenance.error;
  const events = bookings.data && maintenance.data ? calendarEvents(bookings.data, maintenance.data, first, last) : [];

  let body;
  if (loading) body = <Skeleton height={view === 'week' ? '34rem' : '36rem'} />;
  else if (error && !(bookings.data && maintenance.data))
    body = <ErrorState error={error} onRetry={() => void Promise.all([bookings.refetch(), maintenance.refetch()])} />;
  else if (display === 'list')
    body = events.length ? <BookingList events={events} actions={actions} /> : <EmptyState title={t('equipment.calendar.emptyPeriod')} body={t('equipment.calendar.emptyHint')} />;
  else if (view === 'week') body = <WeekGrid days={weekDays(date)} events={events} today={today} actions={actions} />;
  else body = <MonthGrid weeks={monthGrid(date)} events={events} today={today} actions={actions} onShowWeek={(d) => update({ view: 'week', date: d })} />;

  return (
    <section className={styles.calendar} aria-labelledby="equipment-calendar-title">
      <h2 id="equipment-calendar-title" className={styles.calendarTitle}>
        {t('equipment.calendar.title')}
      </h2>
      <CalendarToolbar query={query} today={today} update={update} />
      <div aria-busy={loading || (bookings.isFetching && bookings.isPlaceholderData) || undefined} className={bookings.isPlaceholderData ? styles.stale : undefined}>
        {body}
      </div>
      {display === 'calendar' && !loading && !error && events.length === 0 && <p className={styles.emptyNote}>{t('equipment.calendar.emptyPeriod')}</p>}
      <ConfirmDialog
        open={toCancel !== null}
        title={t('equipment.booking.cancelTitle')}
        confirmLabel={t('equipment.booking.cancelYes')}
        danger
        onClose={() => setToCancel(null)}
        onConfirm={() => {
          if (toCancel) change(toCancel, 'cancelled');
          setToCancel(null);
        }}
      >
        <p>{toCancel && t('equipment.booking.cancelBody', { company: toCancel.partnerName, slot: formatSlot(locale, toCancel.start, toCancel.end) })}</p>
      </ConfirmDialog>
    </section>
  );
}
