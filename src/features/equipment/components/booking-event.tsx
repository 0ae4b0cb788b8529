import * as Popover from '@radix-ui/react-popover';
import { useState } from 'react';
import type { CSSProperties } from 'react';
import { Link } from 'react-router-dom';
import type { BookingRow } from '@/contract/api';
import { useI18n } from '@/lib/i18n';
import { useCan } from '@/lib/session';
import type { CalendarEvent } from '../lib/events';
import { formatSlot, formatTime } from '../lib/paris-time';
import { equipmentLabel } from '../messages';
import styles from './calendar.module.css';

export interface BookingActions {
  cancel: (b: BookingRow) => void;
  confirm: (b: BookingRow) => void;
}

export const canCancel = (b: BookingRow) => b.status === 'requested' || b.status === 'confirmed';

/** The class that draws an event: a pattern and a label per status, never the colour alone. */
export function eventClass(e: CalendarEvent): string {
  if (e.kind === 'maintenance') return styles.maintenance!;
  return styles[e.booking.status]!;
}

/** What a screen reader hears for an event: who, what state, when. */
export function useEventLabel() {
  const { t, locale } = useI18n();
  return (e: CalendarEvent) =>
    e.kind === 'maintenance'
      ? `${t('equipment.calendar.maintenance', { reason: e.window.reason })}, ${formatSlot(locale, e.start, e.end)}`
      : `${e.booking.partnerName}, ${t(equipmentLabel.status(e.booking.status))}, ${formatSlot(locale, e.start, e.end)}`;
}

/**
 * One event in the week or month grid: a button (reachable by Tab, in time order) that opens its
 * details and actions in a popover.
 */
export function BookingEvent({ event, actions, compact, style }: { event: CalendarEvent; actions: BookingActions; compact?: boolean; style?: CSSProperties }) {
  const { t, locale } = useI18n();
  const [open, setOpen] = useState(false);
  const describe = useEventLabel();
  // Confirming and cancelling are for the roles that run the platforms.
  const canChange = useCan('equipment');
  const title = event.kind === 'maintenance' ? t('equipment.list.maintenance') : event.booking.partnerName;
  return (
    <Popover.Root open={open} onOpenChange={setOpen}>
      <Popover.Trigger className={`${styles.event} ${eventClass(event)} ${compact ? styles.compact : ''}`} style={style} aria-label={describe(event)}>
        {compact ? (
          <span className={styles.eventLine}>
            <span className={styles.eventTime}>{formatTime(event.start)}</span> {title}
          </span>
        ) : (
          <>
            <span className={styles.eventTitle}>{title}</span>
            <span className={styles.eventMeta}>
              {formatTime(event.start)}–{formatTime(event.end)} ·{' '}
              {event.kind === 'maintenance' ? event.window.reason : t(equipmentLabel.status(event.booking.status))}
            </span>
          </>
        )}
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className={styles.popover} sideOffset={6} collisionPadding={12} aria-label={describe(event)}>
          <p className={styles.popoverTitle}>{event.kind === 'maintenance' ? t('equipment.calendar.maintenance', { reason: event.window.reason }) : event.booking.partnerName}</p>
          <dl className={styles.details}>
            <dt>{t('equipment.event.when')}</dt>
            <dd>{formatSlot(locale, event.start, event.end)}</dd>
            {event.kind === 'booking' && (
              <>
                <dt>{t('equipment.event.purpose')}</dt>
                <dd>{event.booking.purpose}</dd>
                <dt>{t('equipment.event.status')}</dt>
                <dd>{t(equipmentLabel.status(event.booking.status))}</dd>
              </>
            )}
          </dl>
          {event.kind === 'booking' && (
            <div className={styles.popoverActions}>
              <Link to={`/partners/${encodeURIComponent(event.booking.partnerId)}`}>{t('equipment.event.openCompany')}</Link>
              {canChange && event.booking.status === 'requested' && (
                <button
                  type="button"
                  className="btn"
                  onClick={() => {
                    setOpen(false);
                    actions.confirm(event.booking);
                  }}
                >
                  {t('equipment.booking.confirm')}
                </button>
              )}
              {canChange && canCancel(event.booking) && (
                <button
                  type="button"
                  className="btn btn-danger"
                  onClick={() => {
                    setOpen(false);
                    actions.cancel(event.booking);
                  }}
                >
                  {t('equipment.booking.cancel')}
                </button>
              )}
            </div>
          )}
          <Popover.Close className={styles.popoverClose} aria-label={t('common.close')}>
            ×
          </Popover.Close>
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
