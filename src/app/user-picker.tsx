import { useId } from 'react';
import { useCurrentUser } from '@/lib/current-user';
import { useI18n } from '@/lib/i18n';
import styles from './layout.module.css';

/** Stands in for sign-in in the demo: who "I" am for "my follow-ups" and new records. */
export function UserPicker() {
  const { user, users, setUserId } = useCurrentUser();
  const { t } = useI18n();
  const id = useId();
  const hintId = useId();
  if (users.length === 0) return null;
  return (
    <div className={styles.userPicker}>
      <label htmlFor={id}>{t('user.current')}</label>
      <select id={id} value={user?.id ?? ''} onChange={(e) => setUserId(e.target.value)} aria-describedby={hintId}>
        {users.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </select>
      <span id={hintId} className="visually-hidden">
        {t('user.current.hint')}
      </span>
    </div>
  );
}
