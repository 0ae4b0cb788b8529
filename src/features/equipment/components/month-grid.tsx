import { useI18n } from '@/lib/i18n';
import type { MonthCell } from '../lib/calendar';
import { daySegment } from '../lib/calendar';
import type { CalendarEvent } from '../lib/events';
import { formatDay } from '../lib/paris-time';
import { BookingEvent } from './booking-event';
import type { BookingActions } from './booking-event';
import styles from './calendar.module.css';

const SHOWN_PER_DAY = 3;

/** A month as weeks of days; each day lists its first events and links to its week for the rest. */
export function MonthGrid({
  weeks,
  events,
  today,
  actions,
  onShowWeek,
}: {
  weeks: MonthCell[][];
  events: CalendarEvent[];
  today: string;
  actions: BookingActions;
  onShowWeek: (date: string) => void;
}) {
  const { t, locale } = useI18n();
  return (
    <div className={styles.month}>
      <div className={styles.monthHead} aria-hidden="true">
        {weeks[0]!.map((c) => (
          <span key={c.date}>{formatDay(locale, c.date, { weekday: 'short' })}</span>
        ))}
      </div>
      {weeks.map((week) => (
        <div key={week[0]!.date} className={styles.monthWeek}>
          {week.map((cell) => {
            const dayEvents = events.filter((e) => daySegment(e, cell.date));
            const shown = dayEvents.slice(0, SHOWN_PER_DAY);
            const hidden = dayEvents.length - shown.length;
            const dayName = formatDay(locale, cell.date, { weekday: 'long', day: 'numeric', month: 'long' });
            return (
              <section
                key={cell.date}
                className={`${styles.monthCell} ${cell.inMonth ? '' : styles.outside} ${cell.date === today ? styles.todayCell : ''}`}
                aria-label={t('equipment.calendar.eventsOn', { day: dayName, count: dayEvents.length })}
              >
                <span className={styles.dayNumber} aria-hidden="true">
                  {Number(cell.date.slice(8))}
                </span>
                <ul className={styles.cellEvents}>
                  {shown.map((e) => (
                    <li key={e.id}>
                      <BookingEvent event={e} actions={actions} compact />
                    </li>
                  ))}
                </ul>
                {hidden > 0 && (
                  <button type="button" className={styles.more} onClick={() => onShowWeek(cell.date)}>
                    {t('equipment.calendar.more', { count: hidden })}
                  </button>
                )}
              </section>
            );
          })}
        </div>
      ))}
    </div>
  );
}
