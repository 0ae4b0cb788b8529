import type { ReactNode } from 'react';
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
