import { useId } from 'react';
import { useCurrentUser } from '@/lib/current-user';
import { useI18n } from '@/lib/i18n';
import { useSession } from '@/lib/session';
import { Skeleton } from '@/components/feedback/skeleton';
import { label } from '@/locales/labels';
import { SessionError } from './session-error';
import styles from './layout.module.css';

/**
 * Stands in for sign-in in the demo: who "I" am for "my follow-ups", new records, and what the
 * views let me change (the picked person's role).
 */
export function UserPicker() {
  const { user, users, setUserId } = useCurrentUser();
  const { status } = useSession();
  const { t } = useI18n();
  const id = useId();
  const hintId = useId();
  if (!user) return status === 'error' ? <SessionError /> : <UserPickerPending />;
  return (
    <div className={styles.userPicker}>
      <label htmlFor={id}>{t('user.current')}</label>
      <select id={id} value={user.id} onChange={(e) => setUserId(e.target.value)} aria-describedby={hintId}>
        {users.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </select>
      <span className={styles.userRole}>{t('user.role', { role: t(label.role(user.role)) })}</span>
      <span id={hintId} className="visually-hidden">
        {t('user.current.hint')}
      </span>
    </div>
  );
}

/**
 * The picker's outline while the people load (they come with the first answers of the demo API):
 * the header keeps its height, so the page below does not jump when the picker appears.
 */
function UserPickerPending() {
  const { t } = useI18n();
  return (
    <div className={styles.userPicker} aria-hidden="true">
      <span className={styles.userPickerLabel}>{t('user.current')}</span>
      <Skeleton height="2.25rem" />
      <span className={styles.userRole}>&nbsp;</span>
    </div>
  );
}
