import { useI18n } from '@/lib/i18n';
import '../messages';
import styles from './tasks.module.css';

type Scope = 'mine' | 'all';
type Status = 'open' | 'done';

interface Props {
  scope: Scope;
  status: Status;
  onScope: (scope: Scope) => void;
  onStatus: (status: Status) => void;
}

/** Whose follow-ups and which ones, as two radio groups (arrow keys move within each). */
export function ViewToggle({ scope, status, onScope, onStatus }: Props) {
  const { t } = useI18n();
  return (
    <div className={styles.toolbar} role="group" aria-label={t('tasks.views')}>
      <fieldset className={styles.segmented}>
        <legend className="visually-hidden">{t('tasks.scope')}</legend>
        {(['mine', 'all'] as const).map((s) => (
          <label key={s} className={styles.segment}>
            <input type="radio" name="tasks-scope" value={s} checked={scope === s} onChange={() => onScope(s)} />
            {t(`tasks.scope.${s}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className={styles.segmented}>
        <legend className="visually-hidden">{t('tasks.status')}</legend>
        {(['open', 'done'] as const).map((s) => (
          <label key={s} className={styles.segment}>
            <input type="radio" name="tasks-status" value={s} checked={status === s} onChange={() => onStatus(s)} />
            {t(`tasks.status.${s}`)}
          </label>
        ))}
      </fieldset>
    </div>
  );
}
