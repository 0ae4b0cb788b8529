import { useI18n } from '@/lib/i18n';
import { describeError } from './describe-error';
import styles from './feedback.module.css';

/** A failed load: what went wrong and a way to try again, inside the widget that failed. */
export function ErrorState({ error, onRetry, title }: { error: unknown; onRetry?: () => void; title?: string }) {
  const { t } = useI18n();
  return (
    <div role="alert" className={`${styles.state} ${styles.error}`}>
      <p className={styles.stateTitle}>{title ?? t('error.title')}</p>
      <p className={styles.stateBody}>{describeError(t, error)}</p>
      {onRetry && (
        <button type="button" className="btn" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}
