import type { ReactNode } from 'react';
import { useI18n } from '@/lib/i18n';
import styles from './feedback.module.css';

/** Nothing to show yet: say so, and say what to do next. */
export function EmptyState({ title, body, action }: { title: string; body: string; action?: ReactNode }) {
  return (
    <div className={styles.state}>
      <p className={styles.stateTitle}>{title}</p>
      <p className={styles.stateBody}>{body}</p>
      {action}
    </div>
  );
}

/** The way out of a list that its filters emptied (an EmptyState's action). */
export function ClearFiltersButton({ onClear, label }: { onClear: () => void; label?: string }) {
  const { t } = useI18n();
  return (
    <button type="button" className="btn" onClick={onClear}>
      {label ?? t('common.clearFilters')}
    </button>
  );
}
