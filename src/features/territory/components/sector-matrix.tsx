import '../messages';
import { useId } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { DEPARTMENTS } from '@/contract/reference';
import type { Sector } from '@/contract/reference';
import type { TerritoryStats } from '@/contract/stats';
import { datedFilename, downloadFile, toCsv } from '@/lib/csv';
import { useI18n } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n';
import { EmptyState } from '@/components/feedback/empty-state';
import { ErrorState } from '@/components/feedback/error-state';
import { Skeleton } from '@/components/feedback/skeleton';
import { departmentLabel, label } from '@/locales/labels';
import { classBreaks, classOf, classStrength, scaleColour } from '../lib/classes';
import type { Layer } from '../lib/layers';
import { buildMatrix } from '../lib/matrix';
import type { MatrixRow } from '../lib/matrix';
import { matrixTakeaway } from '../lib/takeaways';
import frame from '@/components/charts/chart-frame.module.css';
import styles from './territory.module.css';

/**
 * The heat map as what it is, a table: sectors × departments, the value printed in every cell and
 * the cell shaded by its class. The shading stops at a strength set per theme in the stylesheet
 * (--heat-max), where the theme's text colour still reads at 4.5:1 or more on the strongest cell.
 */
const heat = (fraction: number) => scaleColour(`calc(var(--heat-max) * ${fraction.toFixed(2)})`);

export function SectorMatrix({ query, layer, sector }: { query: UseQueryResult<TerritoryStats>; layer: Layer; sector: readonly Sector[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const titleId = useId();
  const stats = query.data;
  const shownLayer = (stats?.layer as Layer | undefined) ?? layer;
  const model = stats ? buildMatrix(stats.matrix, sector) : undefined;
  const classes = classBreaks(model?.rows.flatMap((r) => DEPARTMENTS.map((d) => r.cells[d.code])).filter((v) => v > 0) ?? []);
  const shade = (v: number) => (v === 0 ? undefined : heat(classStrength(classOf(v, classes), classes.length, 20, 100) / 100));
  const noun = t(`territory.noun.${shownLayer}` as MessageKey);
  const sectorName = (s: string) => t(label.sector(s));
  const takeaway = stats ? matrixTakeaway(stats.matrix, shownLayer, sectorName, { t, percent: (v) => i18n.percent(v) }) : undefined;
  const empty = !!model && model.total === 0;

  const exportCsv = () => {
    if (!model) return;
    const columns = [
      { header: t('territory.matrix.sector'), value: (r: MatrixRow) => sectorName(r.sector) },
      ...DEPARTMENTS.map((d) => ({ header: departmentLabel(d.code, t('department.HO')), value: (r: MatrixRow) => r.cells[d.code] })),
      { header: t('territory.matrix.total'), value: (r: MatrixRow) => r.total },
    ];
    downloadFile(datedFilename(`secteurs-departements-${shownLayer}`), toCsv(model.rows, columns));
  };

  return (
    <section className={`${styles.card} ${query.isPlaceholderData ? styles.stale : ''}`} aria-labelledby={titleId} aria-busy={query.isFetching || undefined}>
      <div className={frame.header}>
        <div>
          <h2 id={titleId} className={styles.cardTitle}>
            {t('territory.matrix.title')}
          </h2>
          {takeaway && <p className={styles.takeaway}>{takeaway}</p>}
        </div>
        <div className={frame.actions}>
          <button type="button" className="btn" disabled={!model || empty} onClick={exportCsv}>
            {t('common.exportCsv')}
          </button>
        </div>
      </div>
      {query.isPending ? (
        <Skeleton height={sector.length > 0 ? 120 : 420} />
      ) : query.isError && !stats ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : !model || empty ? (
        <EmptyState title={t('territory.matrix.title')} body={t('territory.map.empty')} />
      ) : (
        <div className={styles.tableScroller} role="region" aria-label={t('territory.matrix.scroll')} tabIndex={0}>
          <table className={`${styles.table} ${styles.matrix}`}>
            <caption className="visually-hidden">{t('territory.matrix.caption', { noun })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('territory.matrix.sector')}</th>
                {DEPARTMENTS.map((d) => (
                  <th key={d.code} scope="col" className={styles.end} title={d.code === 'HO' ? undefined : d.name}>
                    <span aria-hidden="true">{d.code === 'HO' ? t('territory.matrix.outsideShort') : d.code}</span>
                    <span className="visually-hidden">{departmentLabel(d.code, t('department.HO'))}</span>
                  </th>
                ))}
                <th scope="col" className={styles.end}>
                  {t('territory.matrix.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {model.rows.map((r) => (
                <tr key={r.sector}>
                  <th scope="row">{sectorName(r.sector)}</th>
                  {DEPARTMENTS.map((d) => {
                    const v = r.cells[d.code];
                    return (
                      <td key={d.code} className={`${styles.end} ${v === 0 ? styles.zero : ''}`} style={{ background: shade(v) }}>
                        {i18n.number(v)}
                      </td>
                    );
                  })}
                  <td className={`${styles.end} ${styles.total}`}>{i18n.number(r.total)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('territory.matrix.total')}</th>
                {DEPARTMENTS.map((d) => (
                  <td key={d.code} className={`${styles.end} ${styles.total}`}>
                    {i18n.number(model.columnTotals[d.code])}
                  </td>
                ))}
                <td className={`${styles.end} ${styles.total}`}>{i18n.number(model.total)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      )}
    </section>
  );
}
