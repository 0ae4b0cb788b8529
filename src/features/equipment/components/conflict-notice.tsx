import { useI18n } from '@/lib/i18n';
import type { BookingConflict } from '../api';
import { formatAt, formatSlot } from '../lib/paris-time';
import styles from './form.module.css';

/** Why the slot was refused, and the next free slot of the same length to take instead. */
export function ConflictNotice({ conflict, onUse }: { conflict: BookingConflict; onUse: (slot: { start: string; end: string }) => void }) {
  const { t, locale } = useI18n();
  let reason: string;
  if (conflict.kind === 'booking') {
    reason = conflict.booking
      ? t('equipment.conflict.booking', { company: conflict.booking.partnerName, start: formatAt(locale, conflict.booking.start), end: formatAt(locale, conflict.booking.end) })
      : conflict.detail || t('equipment.conflict.bookingUnknown');
  } else {
    reason = conflict.window
      ? t('equipment.conflict.maintenance', { start: formatAt(locale, conflict.window.start), end: formatAt(locale, conflict.window.end), reason: conflict.window.reason })
      : conflict.detail;
  }
  const { suggestion } = conflict;
  return (
    <div role="alert" className={styles.conflict}>
      <p className={styles.conflictTitle}>{t('equipment.conflict.title')}</p>
      <p>{reason}</p>
      {suggestion && (
        <>
          <p>{t('equipment.conflict.suggestion', { slot: formatSlot(locale, suggestion.start, suggestion.end) })}</p>
          <button type="button" className="btn btn-primary" onClick={() => onUse(suggestion)}>
            {t('equipment.conflict.use')}
          </button>
        </>
      )}
    </div>
  );
}
