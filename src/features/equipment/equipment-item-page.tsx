import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { EmptyState } from '@/components/feedback/empty-state';
import { ErrorState } from '@/components/feedback/error-state';
import { Skeleton } from '@/components/feedback/skeleton';
import { WidgetBoundary } from '@/components/feedback/widget-boundary';
import { ApiError } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import { useCan } from '@/lib/session';
import { useSearchState } from '@/lib/url-state';
import { equipmentQueries } from './api';
import { BookingCalendar } from './components/booking-calendar';
import { BookingForm } from './components/booking-form';
import { ItemHeader } from './components/item-header';
import { MaintenanceSection } from './components/maintenance-section';
import { UtilisationCharts } from './components/utilisation-charts';
import { CalendarQuery } from './lib/calendar';
import { parisParts } from './lib/paris-time';
import './messages';
import page from './components/item-page.module.css';

/** /equipment/:equipmentId: the booking calendar, new bookings, maintenance, utilisation and revenue. */
export default function EquipmentItemPage() {
  const { t } = useI18n();
  const { equipmentId = '' } = useParams();
  const detail = useQuery(equipmentQueries.detail(equipmentId));
  const [query, update] = useSearchState(CalendarQuery);
  // "Today" on the Paris calendar, fixed for the visit so the view does not move under the reader.
  const [now] = useState(() => Date.now());
  const today = parisParts(now).date;
  const canBook = useCan('equipment');
  const calendarQuery = { ...query, date: query.date ?? today };

  const back = (
    <Link to="/equipment" className={page.back}>
      <span aria-hidden="true">← </span>
      {t('equipment.back')}
    </Link>
  );

  if (detail.error instanceof ApiError && detail.error.status === 404) {
    return (
      <>
        <h1 className="page-title">{t('equipment.notFound.title')}</h1>
        <EmptyState
          title={t('equipment.notFound.title')}
          body={t('equipment.notFound.body')}
          action={
            <Link to="/equipment" className="btn btn-primary">
              {t('equipment.back')}
            </Link>
          }
        />
      </>
    );
  }

  return (
    <>
      {back}
      {detail.data ? (
        <ItemHeader item={detail.data} />
      ) : detail.isError ? (
        <div className={page.header}>
          {/* The page keeps a title when its item failed to load (the widgets below still work). */}
          <div>
            <h1 className="page-title">{t('equipment.loadError')}</h1>
            <ErrorState error={detail.error} title={t('equipment.loadError')} onRetry={() => void detail.refetch()} />
          </div>
        </div>
      ) : (
        <div className={page.header} aria-busy="true">
          <div>
            <Skeleton width="8rem" height="1rem" />
            <Skeleton width="70%" height="2.25rem" style={{ marginTop: 8 }} />
            <Skeleton width="90%" height="3rem" style={{ marginTop: 8 }} />
          </div>
          <Skeleton height="9rem" />
        </div>
      )}

      <WidgetBoundary>
        <BookingCalendar equipmentId={equipmentId} query={calendarQuery} today={today} update={update} />
      </WidgetBoundary>

      <div className={page.layout}>
        {!canBook ? null : detail.data?.openToCompanies === false ? (
          <p className={page.closed}>{t('equipment.form.closed')}</p>
        ) : (
          <BookingForm equipmentId={equipmentId} onCreated={(row) => update({ date: parisParts(row.start).date })} />
        )}
        <WidgetBoundary>
          <MaintenanceSection equipmentId={equipmentId} now={now} />
        </WidgetBoundary>
      </div>
      <UtilisationCharts equipmentId={equipmentId} />
    </>
  );
}
