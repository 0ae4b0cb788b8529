import type { ReactNode } from 'react';
import { useI18n } from '@/lib/i18n';
import { Skeleton } from '@/components/feedback/skeleton';
import styles from './table.module.css';

/**
 * A semantic table whose sorting, filtering and paging are done by the API: it shows one page,
 * says how it is sorted (aria-sort) and lets people change it by mouse or keyboard.
 */
export interface Column<T> {
  id: string;
  header: string;
  cell: (row: T) => ReactNode;
  /** The API's sort key for this column; sortable when set. */
  sortKey?: string;
  align?: 'start' | 'end';
  /** Row header cell (the name people scan for). */
  isRowHeader?: boolean;
  width?: string;
  /** Classes of the body cells, so that a cell needs no wrapper element of its own (long lists). */
  cellClassName?: string;
}

const cellClass = (col: { align?: 'start' | 'end'; cellClassName?: string }) =>
  [col.align === 'end' ? styles.end : '', col.cellClassName ?? ''].filter(Boolean).join(' ') || undefined;

export interface SortState {
  key: string;
  order: 'asc' | 'desc';
}

export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  sort,
  onSort,
  loading,
  skeletonRows = 10,
  keyRowsByPosition = false,
}: {
  caption: string;
  columns: readonly Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  sort?: SortState;
  onSort?: (next: SortState) => void;
  loading?: boolean;
  skeletonRows?: number;
  /**
   * Rows keyed by their place in the page rather than by `rowKey`: a new page (a search, a sort)
   * updates the rows already on screen instead of replacing them, which saves the browser building,
   * styling and laying out 50–100 new rows. Only for rows that hold no state of their own.
   */
  keyRowsByPosition?: boolean;
}) {
  const { t } = useI18n();
  return (
    <div className={styles.scroller}>
      <table className={styles.table} aria-busy={loading || undefined}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {columns.map((col) => {
              const active = sort && col.sortKey === sort.key;
              const ariaSort = active ? (sort.order === 'asc' ? 'ascending' : 'descending') : col.sortKey ? 'none' : undefined;
              return (
                <th key={col.id} scope="col" aria-sort={ariaSort} className={col.align === 'end' ? styles.end : undefined} style={col.width ? { width: col.width } : undefined}>
                  {col.sortKey && onSort ? (
                    <button
                      type="button"
                      className={styles.sortButton}
                      onClick={() => onSort({ key: col.sortKey!, order: active && sort.order === 'asc' ? 'desc' : 'asc' })}
                    >
                      {col.header}
                      <span aria-hidden="true" className={styles.sortIcon}>
                        {active ? (sort.order === 'asc' ? '▲' : '▼') : '↕'}
                      </span>
                      <span className="visually-hidden">{t(active && sort.order === 'asc' ? 'table.sortDesc' : 'table.sortAsc')}</span>
                    </button>
                  ) : (
                    col.header
                  )}
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {loading
            ? Array.from({ length: skeletonRows }, (_, i) => (
                // Keys of their own: the first real rows replace these rather than reuse (and grow)
                // them, which the browser would count as a layout shift.
                <tr key={`skeleton-${i}`} aria-hidden="true">
                  {columns.map((col) => (
                    <td key={col.id}>
                      <Skeleton height="1rem" width={col.align === 'end' ? '4rem' : '80%'} />
                    </td>
                  ))}
                </tr>
              ))
            : rows.map((row, i) => (
                <tr key={keyRowsByPosition ? i : rowKey(row)}>
                  {columns.map((col) =>
                    col.isRowHeader ? (
                      <th key={col.id} scope="row" className={cellClass(col)}>
                        {col.cell(row)}
                      </th>
                    ) : (
                      <td key={col.id} className={cellClass(col)}>
                        {col.cell(row)}
                      </td>
                    ),
                  )}
                </tr>
              ))}
        </tbody>
      </table>
    </div>
  );
}
