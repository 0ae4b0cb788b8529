import { useI18n } from '@/lib/i18n';
import { CALENDAR_DISPLAYS, CALENDAR_VIEWS, periodBounds, shiftPeriod } from '../lib/calendar';
import type { CalendarQuery } from '../lib/calendar';
import { formatDay } from '../lib/paris-time';
import styles from './calendar.module.css';

/** Previous / today / next, the period shown, week or month, calendar or list: all in the URL. */
export function CalendarToolbar({ query, today, update }: { query: CalendarQuery & { date: string }; today: string; update: (patch: Partial<CalendarQuery>) => void }) {
  const { t, locale } = useI18n();
  const { view, date, display } = query;
  const { first, last } = periodBounds(view, date);
  const title =
    view === 'week'
      ? t('equipment.calendar.weekOf', {
          from: formatDay(locale, first, { day: 'numeric', month: 'short' }),
          to: formatDay(locale, last, { day: 'numeric', month: 'short', year: 'numeric' }),
        })
      : formatDay(locale, date, { month: 'long', year: 'numeric' });
  return (
    <div className={styles.toolbar}>
      <div className={styles.nav}>
        <button type="button" className="btn" onClick={() => update({ date: shiftPeriod(view, date, -1) })}>
          <span aria-hidden="true">‹ </span>
          {t(view === 'week' ? 'equipment.calendar.previousWeek' : 'equipment.calendar.previousMonth')}
        </button>
        <button type="button" className="btn" onClick={() => update({ date: today })} aria-disabled={date === today || undefined}>
          {t('equipment.calendar.today')}
        </button>
        <button type="button" className="btn" onClick={() => update({ date: shiftPeriod(view, date, 1) })}>
          {t(view === 'week' ? 'equipment.calendar.nextWeek' : 'equipment.calendar.nextMonth')}
          <span aria-hidden="true"> ›</span>
        </button>
      </div>
      <p className={styles.period} aria-live="polite">
        {title}
      </p>
      <div className={styles.switches}>
        <div role="group" aria-label={t('equipment.calendar.view')} className={styles.segmented}>
          {CALENDAR_VIEWS.map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => update({ view: v })}>
              {t(v === 'week' ? 'equipment.calendar.week' : 'equipment.calendar.month')}
            </button>
          ))}
        </div>
        <div role="group" aria-label={t('equipment.calendar.display')} className={styles.segmented}>
          {CALENDAR_DISPLAYS.map((d) => (
            <button key={d} type="button" aria-pressed={display === d} onClick={() => update({ display: d })}>
              {t(d === 'calendar' ? 'equipment.calendar.grid' : 'equipment.calendar.list')}
            </button>
          ))}
        </div>
      </div>
      <ul className={styles.legend} aria-label={t('equipment.calendar.legend')}>
        <li>
          <span className={`${styles.swatch} ${styles.confirmed}`} aria-hidden="true" />
          {t('equipment.calendar.legendConfirmed')}
        </li>
        <li>
          <span className={`${styles.swatch} ${styles.requested}`} aria-hidden="true" />
          {t('equipment.calendar.legendRequested')}
        </li>
        <li>
          <span className={`${styles.swatch} ${styles.completed}`} aria-hidden="true" />
          {t('equipment.calendar.legendCompleted')}
        </li>
        <li>
          <span className={`${styles.swatch} ${styles.maintenance}`} aria-hidden="true" />
          {t('equipment.calendar.legendMaintenance')}
        </li>
        <li>
          <span className={`${styles.swatch} ${styles.cancelled}`} aria-hidden="true" />
          {t('equipment.calendar.legendCancelled')}
        </li>
      </ul>
    </div>
  );
}
