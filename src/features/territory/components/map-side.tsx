import '../messages';
import { Link } from 'react-router-dom';
import type { TerritoryStats } from '@/contract/stats';
import { useI18n } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n';
import { departmentLabel, label } from '@/locales/labels';
import { classRange } from '../lib/classes';
import type { ColourClass } from '../lib/classes';
import type { Layer } from '../lib/layers';
import { SITES } from '../lib/places';
import type { SiteKind } from '../lib/places';
import { SiteShape } from './map-svg';
import styles from './map.module.css';

const countKey = (layer: Layer) => `territory.count.${layer}` as MessageKey;

/** Beside the map: the count outside Occitanie, the figures of the department in focus, the legends. */
export function MapSide({
  stats,
  layer,
  active,
  linkOf,
  classes,
  colourOf,
}: {
  stats: TerritoryStats;
  layer: Layer;
  active: string | null;
  linkOf: (code: string) => string;
  classes: readonly ColourClass[];
  colourOf: (classIndex: number) => string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const total = stats.byDepartment.reduce((s, d) => s + d.count, 0);
  const outside = stats.byDepartment.find((d) => d.department === 'HO')?.count ?? 0;
  return (
    <div className={styles.side}>
      <Link className={styles.outside} to={linkOf('HO')}>
        <span className={styles.outsideLabel}>{t('territory.map.outside')}</span>
        <span className={styles.outsideValue}>{i18n.number(outside)}</span>
        <span className={styles.outsideHint}>
          {t('territory.map.outsideHint')} · {t('territory.map.share', { share: i18n.percent(total ? outside / total : 0) })}
        </span>
      </Link>
      <DepartmentInfo stats={stats} layer={layer} active={active} total={total} linkOf={linkOf} />
      <div className={styles.legend}>
        <p className={styles.legendTitle}>{t('territory.map.scale')}</p>
        <ul className={styles.legendList}>
          {classes.map((c, i) => (
            <li key={c.min}>
              <span className={styles.swatch} style={{ background: colourOf(i) }} aria-hidden="true" />
              {classRange(c, (v) => i18n.number(v))}
            </li>
          ))}
        </ul>
        <p className={styles.legendTitle}>{t('territory.map.sites')}</p>
        <ul className={styles.legendList}>
          {(['school', 'planned', 'network'] as const satisfies readonly SiteKind[]).map((kind) => (
            <li key={kind}>
              <svg className={styles.legendShape} viewBox="-3 -3 6 6" aria-hidden="true">
                <SiteShape kind={kind} x={0} y={0} size={kind === 'school' ? 2 : 1.7} />
              </svg>
              <span>
                {t('territory.map.siteLegend', {
                  kind: t(`territory.site.${kind}` as MessageKey),
                  names: SITES.filter((s) => s.kind === kind)
                    .map((s) => s.name)
                    .join(', '),
                })}
              </span>
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

function DepartmentInfo({ stats, layer, active, total, linkOf }: { stats: TerritoryStats; layer: Layer; active: string | null; total: number; linkOf: (code: string) => string }) {
  const i18n = useI18n();
  const { t } = i18n;
  if (!active) return <p className={styles.hint}>{t('territory.map.hint')}</p>;
  const count = stats.byDepartment.find((d) => d.department === active)?.count ?? 0;
  const rank = 1 + stats.byDepartment.filter((d) => d.department !== 'HO' && d.count > count).length;
  const top = stats.matrix.filter((c) => c.department === active).reduce<TerritoryStats['matrix'][number] | undefined>((best, c) => (c.count > (best?.count ?? 0) ? c : best), undefined);
  return (
    <div className={styles.info} data-testid="department-info">
      <p className={styles.infoName}>{departmentLabel(active, t('department.HO'))}</p>
      <p className={styles.infoValue}>{t(countKey(layer), { count })}</p>
      <ul className={styles.infoList}>
        <li>{t('territory.map.share', { share: i18n.percent(total ? count / total : 0) })}</li>
        <li>{rank === 1 ? t('territory.map.rankFirst') : t('territory.map.rank', { rank })}</li>
        {top && <li>{t('territory.map.topSector', { sector: t(label.sector(top.sector)), count: i18n.number(top.count) })}</li>}
      </ul>
      <Link to={linkOf(active)}>{t(`territory.map.open.${layer}` as MessageKey)}</Link>
    </div>
  );
}
