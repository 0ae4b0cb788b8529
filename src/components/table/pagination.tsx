import { useId } from 'react';
import type { ReactNode } from 'react';
import { useI18n } from '@/lib/i18n';
import filterBar from '@/components/ui/filter-bar.module.css';
import styles from './table.module.css';

/** "1–50 sur 1 000" and previous / next, with the page kept by the caller (in the URL). */
export function Pagination({ page, pageSize, total, onPage, label }: { page: number; pageSize: number; total: number; onPage: (page: number) => void; label: string }) {
  const { t, number } = useI18n();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : (page - 1) * pageSize + 1;
  const to = Math.min(total, page * pageSize);
  return (
    <nav className={styles.pagination} aria-label={label}>
      <p aria-live="polite" className={styles.range}>
        {t('pagination.range', { from: number(from), to: number(to), total: number(total) })}
      </p>
      <div className={styles.pageButtons}>
        <button type="button" className="btn" onClick={() => onPage(page - 1)} disabled={page <= 1}>
          {t('pagination.previous')}
        </button>
        <span className={styles.pageOf}>{t('pagination.pageOf', { page: number(page), pages: number(pages) })}</span>
        <button type="button" className="btn" onClick={() => onPage(page + 1)} disabled={page >= pages}>
          {t('pagination.next')}
        </button>
      </div>
    </nav>
  );
}

/**
 * Under a table the reader sizes: its pagination (none while the total is unknown) and how many rows
 * a page shows. A size that is not one of `sizes` (from a link) stays selectable rather than lie.
 */
export function PagedFooter({
  pagination,
  pageSize,
  sizes,
  onPageSize,
  pageSizeLabel,
}: {
  pagination: ReactNode;
  pageSize: number;
  sizes: readonly number[];
  onPageSize: (size: number) => void;
  pageSizeLabel: string;
}) {
  const id = useId();
  return (
    <div className={styles.footer}>
      {pagination ?? <span />}
      <div className={styles.pageSize}>
        <label htmlFor={id}>{pageSizeLabel}</label>
        <select id={id} className={filterBar.select} value={pageSize} onChange={(e) => onPageSize(Number(e.target.value))}>
          {[...new Set([...sizes, pageSize])]
            .sort((a, b) => a - b)
            .map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
        </select>
      </div>
    </div>
  );
}
