import './messages';
import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useId, useRef, useState } from 'react';
import type { ReactElement, ReactNode } from 'react';
import { ResponsiveContainer } from 'recharts';
import { useI18n } from '@/lib/i18n';
import { datedFilename, downloadFile, toCsv } from '@/lib/csv';
import type { CellValue } from '@/lib/csv';
import { notify } from '@/lib/notify';
import { ErrorState } from '@/components/feedback/error-state';
import { EmptyState } from '@/components/feedback/empty-state';
import { Skeleton } from '@/components/feedback/skeleton';
import { describeError } from '@/components/feedback/describe-error';
import menu from '@/components/ui/menu.module.css';
import styles from './chart-frame.module.css';

/**
 * Every chart goes through this frame (ARCHITECTURE.md §7): a title, a one-line takeaway computed
 * by the caller from the data, the chart, an accessible table of the same data, and exports as a
 * 2× PNG (for slides) and as CSV. It also draws the loading, error and empty states at the chart's
 * final size, so nothing jumps.
 */
export interface ChartColumn<Row> {
  header: string;
  /** The value as exported in CSV (raw number, ISO date…). */
  value: (row: Row) => CellValue;
  /** The value as shown in the table (fr-FR formatting); defaults to `value`. */
  display?: (row: Row) => ReactNode;
  align?: 'start' | 'end';
}

export interface ChartFrameProps<Row> {
  title: string;
  /** One sentence a director can repeat in a meeting ("+12 % de partenaires actifs depuis 2022–23"). */
  takeaway?: string;
  rows: readonly Row[] | undefined;
  columns: readonly ChartColumn<Row>[];
  /** File name stem of the exports ("apprentis-par-promotion"). */
  filename: string;
  height?: number;
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  /** The chart: a Recharts chart element, sized by the frame. */
  children: ReactElement;
  /** Extra controls (a layer picker, a toggle) shown beside the export menu. */
  actions?: ReactNode;
}

export function ChartFrame<Row>({ title, takeaway, rows, columns, filename, height = 300, loading, error, onRetry, children, actions }: ChartFrameProps<Row>) {
  const { t } = useI18n();
  const [showTable, setShowTable] = useState(false);
  const figureRef = useRef<HTMLElement>(null);
  const titleId = useId();
  const tableId = useId();
  const empty = !loading && !error && (rows?.length ?? 0) === 0;

  const exportCsv = () => {
    if (!rows) return;
    downloadFile(datedFilename(filename), toCsv(rows, columns.map((c) => ({ header: c.header, value: c.value }))));
  };
  const exportPng = async () => {
    const node = figureRef.current;
    if (!node) return;
    try {
      // Loaded on demand: nobody pays for the screenshot code until they export.
      const { domToPng } = await import('modern-screenshot');
      const background = getComputedStyle(node).backgroundColor || '#ffffff';
      const url = await domToPng(node, {
        scale: 2,
        backgroundColor: background,
        filter: (el) => !(el instanceof HTMLElement && el.dataset.exportIgnore === 'true'),
      });
      const blob = await (await fetch(url)).blob();
      downloadFile(datedFilename(filename, 'png'), blob, 'image/png');
    } catch (e) {
      notify.error(t('chart.exportFailed', { message: describeError(t, e) }));
    }
  };

  return (
    <figure ref={figureRef} className={styles.figure} aria-labelledby={titleId}>
      <div className={styles.header}>
        <div>
          <h3 id={titleId} className={styles.title}>
            {title}
          </h3>
          {takeaway && !loading && !error && <p className={styles.takeaway}>{takeaway}</p>}
        </div>
        <div className={styles.actions} data-export-ignore="true">
          {actions}
          <button type="button" className="btn" aria-pressed={showTable} aria-controls={tableId} onClick={() => setShowTable((v) => !v)} disabled={!rows || empty}>
            {showTable ? t('chart.hideTable') : t('chart.showTable')}
          </button>
          <DropdownMenu.Root>
            <DropdownMenu.Trigger className="btn" disabled={!rows || empty}>
              {t('chart.export')}
            </DropdownMenu.Trigger>
            <DropdownMenu.Portal>
              <DropdownMenu.Content className={menu.menu} align="end" sideOffset={4}>
                <DropdownMenu.Item className={menu.item} onSelect={() => void exportPng()}>
                  {t('chart.exportPng')}
                </DropdownMenu.Item>
                <DropdownMenu.Item className={menu.item} onSelect={exportCsv}>
                  {t('chart.exportCsv')}
                </DropdownMenu.Item>
              </DropdownMenu.Content>
            </DropdownMenu.Portal>
          </DropdownMenu.Root>
        </div>
      </div>
      <div id={tableId} style={{ minHeight: height }} aria-busy={loading || undefined}>
        {loading ? (
          <Skeleton height={height} />
        ) : error ? (
          <ErrorState error={error} onRetry={onRetry} />
        ) : empty ? (
          <EmptyState title={title} body={t('chart.empty')} />
        ) : showTable ? (
          <ChartDataTable title={title} rows={rows ?? []} columns={columns} />
        ) : (
          <div className={styles.chart}>
            <ResponsiveContainer width="100%" height={height}>
              {children}
            </ResponsiveContainer>
          </div>
        )}
      </div>
    </figure>
  );
}

function ChartDataTable<Row>({ title, rows, columns }: { title: string; rows: readonly Row[]; columns: readonly ChartColumn<Row>[] }) {
  const { t } = useI18n();
  return (
    <div className={styles.tableScroller}>
      <table className={styles.table}>
        <caption className="visually-hidden">{t('chart.tableCaption', { title })}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.header} scope="col" className={c.align === 'end' ? styles.end : undefined}>
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => (
            <tr key={i}>
              {columns.map((c, j) =>
                j === 0 ? (
                  <th key={c.header} scope="row">
                    {c.display ? c.display(row) : String(c.value(row) ?? '')}
                  </th>
                ) : (
                  <td key={c.header} className={c.align === 'end' ? styles.end : undefined}>
                    {c.display ? c.display(row) : String(c.value(row) ?? '')}
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
