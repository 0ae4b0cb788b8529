import { Link } from 'react-router-dom';
import { useI18n } from '@/lib/i18n';
import { useCan } from '@/lib/session';
import type { CalendarEvent } from '../lib/events';
import { formatAt } from '../lib/paris-time';
import { equipmentLabel } from '../messages';
import { canCancel, eventClass } from './booking-event';
import type { BookingActions } from './booking-event';
import styles from './calendar.module.css';

/** The period as a table: the calendar's content for reading and acting without the grid. */
export function BookingList({ events, actions }: { events: CalendarEvent[]; actions: BookingActions }) {
  const { t, locale } = useI18n();
  const at = (iso: string) => formatAt(locale, iso);
  // Read-only roles get no (empty) actions column.
  const canChange = useCan('equipment');
  return (
    <div className={styles.listScroller}>
      <table className={styles.list}>
        <caption className="visually-hidden">{t('equipment.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('equipment.list.company')}</th>
            <th scope="col">{t('equipment.list.start')}</th>
            <th scope="col">{t('equipment.list.end')}</th>
            <th scope="col">{t('equipment.list.purpose')}</th>
            <th scope="col">{t('equipment.list.status')}</th>
            {canChange && <th scope="col">{t('equipment.list.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {events.map((e) => (
            <tr key={e.id}>
              <th scope="row">
                {e.kind === 'booking' ? <Link to={`/partners/${encodeURIComponent(e.booking.partnerId)}`}>{e.booking.partnerName}</Link> : t('equipment.list.maintenance')}
              </th>
              <td className={styles.nowrap}>{at(e.start)}</td>
              <td className={styles.nowrap}>{at(e.end)}</td>
              <td>{e.kind === 'booking' ? e.booking.purpose : e.window.reason}</td>
              <td>
                <span className={`${styles.statusTag} ${eventClass(e)}`}>
                  {e.kind === 'booking' ? t(equipmentLabel.status(e.booking.status)) : t('equipment.list.maintenance')}
                </span>
              </td>
              {canChange && (
                <td>
                  {e.kind === 'booking' && (
                    <span className={styles.rowActions}>
                      {e.booking.status === 'requested' && (
                        <button type="button" className="btn" aria-label={t('equipment.booking.confirmOf', { company: e.booking.partnerName })} onClick={() => actions.confirm(e.booking)}>
                          {t('equipment.booking.confirm')}
                        </button>
                      )}
                      {canCancel(e.booking) && (
                        <button type="button" className="btn" aria-label={t('equipment.booking.cancelOf', { company: e.booking.partnerName })} onClick={() => actions.cancel(e.booking)}>
                          {t('common.cancel')}
                        </button>
                      )}
                    </span>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
