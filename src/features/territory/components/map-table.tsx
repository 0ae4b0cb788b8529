import '../messages';
import type { TerritoryStats } from '@/contract/stats';
import type { CsvColumn } from '@/lib/csv';
import { useI18n } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n';
import { departmentLabel } from '@/locales/labels';
import type { Layer } from '../lib/layers';
import styles from './territory.module.css';

type Row = TerritoryStats['byDepartment'][number];

/** The map's CSV: one line per department (13 + Hors Occitanie). */
export function mapCsvColumns(t: ReturnType<typeof useI18n>['t'], total: number): CsvColumn<Row>[] {
  return [
    { header: t('territory.map.department'), value: (r) => departmentLabel(r.department, t('department.HO')) },
    { header: t('territory.map.count'), value: (r) => r.count },
    { header: t('territory.map.shareColumn'), value: (r) => (total ? Math.round((r.count / total) * 1000) / 1000 : 0) },
  ];
}

/** The map as a table: every department with its figure and share, then the total. */
export function MapTable({ rows, layer }: { rows: readonly Row[]; layer: Layer }) {
  const i18n = useI18n();
  const { t } = i18n;
  const total = rows.reduce((s, r) => s + r.count, 0);
  return (
    <div className={styles.tableScroller}>
      <table className={styles.table}>
        <caption className="visually-hidden">{t('territory.map.tableCaption', { noun: t(`territory.noun.${layer}` as MessageKey) })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('territory.map.department')}</th>
            <th scope="col" className={styles.end}>
              {t('territory.map.count')}
            </th>
            <th scope="col" className={styles.end}>
              {t('territory.map.shareColumn')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.department}>
              <th scope="row">{departmentLabel(r.department, t('department.HO'))}</th>
              <td className={styles.end}>{i18n.number(r.count)}</td>
              <td className={styles.end}>{i18n.percent(total ? r.count / total : 0)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('territory.map.total')}</th>
            <td className={styles.end}>{i18n.number(total)}</td>
            <td className={styles.end}>{i18n.percent(total ? 1 : 0)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
