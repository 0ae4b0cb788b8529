import { useI18n } from '@/lib/i18n';
import { daySegment, layoutDay } from '../lib/calendar';
import type { CalendarEvent } from '../lib/events';
import { formatDay } from '../lib/paris-time';
import { BookingEvent } from './booking-event';
import type { BookingActions } from './booking-event';
import styles from './calendar.module.css';

/** The hours drawn; an event outside them is clipped to the nearest edge, its label says the real times. */
export const DAY_START_MIN = 7 * 60;
export const DAY_END_MIN = 21 * 60;
const SPAN = DAY_END_MIN - DAY_START_MIN;
const MIN_HEIGHT_PCT = 5;
const HOURS = Array.from({ length: (DAY_END_MIN - DAY_START_MIN) / 60 }, (_, i) => DAY_START_MIN / 60 + i);

/**
 * Seven day columns on a 07:00–21:00 scale. Each day is a labelled list of its events, so the
 * week reads (and tabs) day by day, in time order, for keyboard and screen-reader users.
 */
export function WeekGrid({ days, events, today, actions }: { days: string[]; events: CalendarEvent[]; today: string; actions: BookingActions }) {
  const { t, locale } = useI18n();
  return (
    <div className={styles.week}>
      <div className={styles.weekHead} aria-hidden="true">
        <span />
        {days.map((d) => (
          <span key={d} className={`${styles.dayHead} ${d === today ? styles.today : ''}`}>
            {formatDay(locale, d, { weekday: 'short', day: '2-digit', month: '2-digit' })}
          </span>
        ))}
      </div>
      <div className={styles.weekBody}>
        <div className={styles.hours} aria-hidden="true">
          {HOURS.map((h) => (
            <span key={h} className={styles.hour} style={{ top: `${((h * 60 - DAY_START_MIN) / SPAN) * 100}%` }}>
              {String(h).padStart(2, '0')}:00
            </span>
          ))}
        </div>
        {days.map((day) => {
          const placed = layoutDay(
            events.flatMap((e) => {
              const segment = daySegment(e, day);
              return segment ? [{ item: e, segment }] : [];
            }),
          );
          const dayName = formatDay(locale, day, { weekday: 'long', day: 'numeric', month: 'long' });
          return (
            <section key={day} className={`${styles.dayColumn} ${day === today ? styles.todayColumn : ''}`} aria-label={t('equipment.calendar.eventsOn', { day: dayName, count: placed.length })}>
              <ul className={styles.dayEvents}>
                {placed.map(({ item, segment, lane, lanes }) => {
                  const from = Math.min(Math.max(segment.startMin, DAY_START_MIN), DAY_END_MIN);
                  const to = Math.min(Math.max(segment.endMin, DAY_START_MIN), DAY_END_MIN);
                  const top = Math.min(((from - DAY_START_MIN) / SPAN) * 100, 100 - MIN_HEIGHT_PCT);
                  const height = Math.max(((to - from) / SPAN) * 100, MIN_HEIGHT_PCT);
                  return (
                    <li key={item.id}>
                      <BookingEvent
                        event={item}
                        actions={actions}
                        style={{ top: `${top}%`, height: `${height}%`, left: `${(lane / lanes) * 100}%`, width: `${100 / lanes}%` }}
                      />
                    </li>
                  );
                })}
              </ul>
            </section>
          );
        })}
      </div>
    </div>
  );
}
