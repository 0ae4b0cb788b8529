import { Link } from 'react-router-dom';
import type { EventDetail } from '@/contract/api';
import { useI18n } from '@/lib/i18n';
import { useCan } from '@/lib/session';
import { departmentLabel, label } from '@/locales/labels';
import { EmptyState } from '@/components/feedback/empty-state';
import { useSetAttendance } from '../api';
import { CompanyPicker } from '@/components/ui/company-picker';
import '../messages';
import filterBar from '@/components/ui/filter-bar.module.css';
import styles from './events.module.css';

/** The companies present, editable (by the roles that may): add one through the search, remove one (with undo). */
export function Attendees({ event, upcoming }: { event: EventDetail; upcoming: boolean }) {
  const { t } = useI18n();
  const attendance = useSetAttendance(event.id);
  const canEdit = useCan('crm');
  const present = new Set(event.attendees.map((a) => a.id));
  const title = upcoming ? t('events.attendees.registered') : t('events.attendees.title');
  return (
    <section aria-labelledby="event-attendees" className={styles.panel}>
      <div className={styles.panelHead}>
        <h2 id="event-attendees" className={styles.panelTitle}>
          {title} <span className={styles.muted}>({event.attendees.length})</span>
        </h2>
      </div>
      {canEdit && (
        <CompanyPicker
          label={t('events.attendees.add')}
          listLabel={t('events.attendees.options')}
          placeholder={t('events.attendees.addPlaceholder')}
          inputClassName={filterBar.input}
          present={present}
          resetOnPick
          onChange={(_, p) => p && attendance.mutate({ attendee: { id: p.id, name: p.name, sector: p.sector, department: p.department, city: p.city }, present: true })}
        />
      )}
      {event.attendees.length === 0 ? (
        <EmptyState title={t('events.attendees.empty')} body={t('events.attendees.emptyBody')} />
      ) : (
        <ul className={styles.list} aria-label={title}>
          {event.attendees.map((a) => (
            <li key={a.id} className={styles.item}>
              <span className={styles.itemText}>
                <Link to={`/partners/${encodeURIComponent(a.id)}`} className={styles.itemName}>
                  {a.name}
                </Link>
                <span className={styles.itemMeta}>
                  {t(label.sector(a.sector))} · {a.city} · {departmentLabel(a.department, t('department.HO'))}
                </span>
              </span>
              {canEdit && (
                <button
                  type="button"
                  className={`btn ${styles.itemAction}`}
                  aria-label={t('events.attendees.removeLabel', { name: a.name })}
                  onClick={() => attendance.mutate({ attendee: a, present: false })}
                >
                  {t('events.attendees.remove')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
