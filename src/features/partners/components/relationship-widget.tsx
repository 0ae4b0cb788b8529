import { useId } from 'react';
import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { EmptyState } from '@/components/feedback/empty-state';
import { ErrorState } from '@/components/feedback/error-state';
import { Skeleton } from '@/components/feedback/skeleton';
import styles from './relationship-widget.module.css';

export interface RelationshipWidgetProps<T> {
  title: string;
  query: UseQueryResult<T>;
  /** A short line next to the title once the data is there ("4 contrats"). */
  summary?: (data: T) => ReactNode;
  isEmpty: (data: T) => boolean;
  empty: { title: string; body: string; action?: ReactNode };
  /** Skeleton rows while loading, about as many as the data will show. */
  rows?: number;
  children: (data: T) => ReactNode;
}

/**
 * One widget of the company page with its four states: a skeleton of its final size, its own error
 * with Retry (the rest of the page stays), what to do when there is nothing, and the data.
 */
export function RelationshipWidget<T>({ title, query, summary, isEmpty, empty, rows = 3, children }: RelationshipWidgetProps<T>) {
  const titleId = useId();
  const { data } = query;
  return (
    <section className={styles.card} aria-labelledby={titleId} aria-busy={query.isPending}>
      <header className={styles.head}>
        <h3 id={titleId} className={styles.title}>
          {title}
        </h3>
        {data !== undefined && summary && <span className={styles.summary}>{summary(data)}</span>}
      </header>
      {query.isPending ? (
        <ul className={styles.list} aria-hidden="true">
          {Array.from({ length: rows }, (_, i) => (
            <li key={i} className={styles.item}>
              <Skeleton width="70%" height="1rem" />
              <Skeleton width="45%" height="0.8rem" style={{ marginTop: '0.35rem' }} />
            </li>
          ))}
        </ul>
      ) : data === undefined ? (
        <ErrorState error={query.error} title={title} onRetry={() => void query.refetch()} />
      ) : isEmpty(data) ? (
        <div className={styles.empty}>
          <EmptyState title={empty.title} body={empty.body} action={empty.action} />
        </div>
      ) : (
        children(data)
      )}
    </section>
  );
}

export { styles as widgetStyles };
