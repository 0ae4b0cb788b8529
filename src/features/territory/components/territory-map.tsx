import '../messages';
import { useId, useMemo, useState } from 'react';
import { useHref, useNavigate } from 'react-router-dom';
import type { UseQueryResult } from '@tanstack/react-query';
import type { Sector } from '@/contract/reference';
import type { TerritoryStats } from '@/contract/stats';
import { datedFilename, downloadFile, toCsv } from '@/lib/csv';
import { useI18n } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n';
import { EmptyState } from '@/components/feedback/empty-state';
import { ErrorState } from '@/components/feedback/error-state';
import { Skeleton } from '@/components/feedback/skeleton';
import { departmentLabel } from '@/locales/labels';
import { classBreaks, classOf, classStrength, scaleColour } from '../lib/classes';
import { departmentLink } from '../lib/layers';
import type { Layer } from '../lib/layers';
import { occitanieMap } from '../lib/occitanie-map';
import { mapTakeaway } from '../lib/takeaways';
import { MapSide } from './map-side';
import { MapSvg } from './map-svg';
import { MapTable, mapCsvColumns } from './map-table';
import frame from '@/components/charts/chart-frame.module.css';
import styles from './territory.module.css';

const MAP_HEIGHT = 460;

/** The Occitanie map widget: shaded departments, the sites, the figures in focus, a table alternative. */
export function TerritoryMap({ query, layer, sector }: { query: UseQueryResult<TerritoryStats>; layer: Layer; sector: readonly Sector[] }) {
  const i18n = useI18n();
  const { t } = i18n;
  const navigate = useNavigate();
  const base = useHref('/').replace(/\/$/, '');
  const titleId = useId();
  const bodyId = useId();
  const [showTable, setShowTable] = useState(false);
  const [active, setActive] = useState<string | null>(null);
  const map = useMemo(() => occitanieMap(), []);

  const stats = query.data;
  // The answer says which layer it counts: figures and words stay together while the next one loads.
  const shownLayer = (stats?.layer as Layer | undefined) ?? layer;
  const rows = stats?.byDepartment;
  const total = rows?.reduce((s, r) => s + r.count, 0) ?? 0;
  const countOf = (code: string) => rows?.find((r) => r.department === code)?.count ?? 0;
  const classes = classBreaks(rows?.filter((r) => r.department !== 'HO').map((r) => r.count) ?? []);
  const colourOf = (i: number) => scaleColour(classStrength(i, classes.length, 12, 100));
  const linkOf = (code: string) => departmentLink(shownLayer, code, sector);
  const takeaway = rows ? mapTakeaway(rows, shownLayer, { t, percent: (v) => i18n.percent(v) }) : undefined;
  const empty = !!stats && total === 0;

  const exportCsv = () => {
    if (!rows) return;
    downloadFile(datedFilename(`territoire-${shownLayer}`), toCsv(rows, mapCsvColumns(t, total)));
  };

  return (
    <section className={`${styles.card} ${query.isPlaceholderData ? styles.stale : ''}`} aria-labelledby={titleId} aria-busy={query.isFetching || undefined}>
      <div className={frame.header}>
        <div>
          <h2 id={titleId} className={styles.cardTitle}>
            {t('territory.map.title')}
          </h2>
          {takeaway && <p className={styles.takeaway}>{takeaway}</p>}
        </div>
        <div className={frame.actions}>
          <button type="button" className="btn" aria-pressed={showTable} aria-controls={bodyId} disabled={!stats || empty} onClick={() => setShowTable((v) => !v)}>
            {showTable ? t('territory.map.showMap') : t('territory.map.showTable')}
          </button>
          <button type="button" className="btn" disabled={!stats || empty} onClick={exportCsv}>
            {t('common.exportCsv')}
          </button>
        </div>
      </div>
      <div id={bodyId} style={{ minHeight: MAP_HEIGHT }}>
        {query.isPending ? (
          <Skeleton height={MAP_HEIGHT} />
        ) : query.isError && !stats ? (
          <ErrorState error={query.error} onRetry={() => void query.refetch()} />
        ) : !stats || empty ? (
          <EmptyState title={t('territory.map.title')} body={t('territory.map.empty')} />
        ) : showTable ? (
          <MapTable rows={stats.byDepartment} layer={shownLayer} />
        ) : (
          <div className={styles.mapGrid}>
            <div className={styles.mapFigure}>
              <MapSvg
                map={map}
                label={t('territory.map.label', { noun: t(`territory.noun.${shownLayer}` as MessageKey) })}
                fillOf={(code) => colourOf(classOf(countOf(code), classes))}
                labelOf={(code) =>
                  t('territory.map.departmentLabel', {
                    department: departmentLabel(code, t('department.HO')),
                    figure: t(`territory.count.${shownLayer}` as MessageKey, { count: countOf(code) }),
                  })
                }
                hrefOf={(code) => ({ path: linkOf(code), href: base + linkOf(code) })}
                active={active}
                onActive={setActive}
                onOpen={(path) => void navigate(path)}
              />
            </div>
            <MapSide stats={stats} layer={shownLayer} active={active} linkOf={linkOf} classes={classes} colourOf={colourOf} />
          </div>
        )}
      </div>
      <p className={styles.attribution}>{t('territory.map.attribution')}</p>
    </section>
  );
}
