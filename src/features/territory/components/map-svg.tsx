import '../messages';
import type { KeyboardEvent, MouseEvent } from 'react';
import { useI18n } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n';
import type { OccitanieMap, PlacedSite } from '../lib/occitanie-map';
import type { SiteKind } from '../lib/places';
import styles from './map.module.css';

/** Where each site's name goes, so that names stay inside the frame and apart from each other. */
const LABEL_SIDE: Record<string, 'left' | 'right'> = { ales: 'left', montpellier: 'left' };

/**
 * The drawing: the neighbours for context (decorative), each Occitanie department a link to the
 * list it summarises (named with its figure for screen readers), and the school's sites.
 */
export function MapSvg({
  map,
  label,
  fillOf,
  labelOf,
  hrefOf,
  active,
  onActive,
  onOpen,
}: {
  map: OccitanieMap;
  label: string;
  fillOf: (code: string) => string;
  labelOf: (code: string) => string;
  /** The in-app path a department opens ("/partners?department=30"). */
  hrefOf: (code: string) => { href: string; path: string };
  active: string | null;
  onActive: (code: string) => void;
  onOpen: (path: string) => void;
}) {
  const { t } = useI18n();
  const activeShape = map.departments.find((d) => d.id === active);
  const open = (e: MouseEvent | KeyboardEvent, path: string) => {
    e.preventDefault();
    onOpen(path);
  };
  return (
    <svg className={styles.svg} viewBox={map.viewBox} role="group" aria-label={label} preserveAspectRatio="xMidYMid meet">
      <g aria-hidden="true" className={styles.neighbours}>
        {map.neighbours.map((n) => (
          <path key={n.id} d={n.path} />
        ))}
      </g>
      <g>
        {map.departments.map((d) => {
          const { href, path } = hrefOf(d.id);
          return (
            <a
              key={d.id}
              href={href}
              aria-label={labelOf(d.id)}
              className={styles.department}
              data-department={d.id}
              onMouseEnter={() => onActive(d.id)}
              onFocus={() => onActive(d.id)}
              onClick={(e) => {
                // Let the browser open a new tab or window on modified clicks.
                if (e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
                open(e, path);
              }}
              onKeyDown={(e) => {
                if (e.key === 'Enter') open(e, path);
              }}
            >
              <path d={d.path} fill={fillOf(d.id)} />
            </a>
          );
        })}
      </g>
      {activeShape && (
        <g aria-hidden="true" className={styles.activeOutline}>
          <path className={styles.activeHalo} d={activeShape.path} />
          <path d={activeShape.path} />
        </g>
      )}
      <g role="img" aria-label={t('territory.map.sitesLabel', { sites: map.sites.map((s) => `${s.name} (${t(`territory.site.${s.kind}` as MessageKey)})`).join(', ') })} className={styles.sites}>
        {map.sites.map((s) => (
          <SiteMarker key={s.id} site={s} />
        ))}
      </g>
    </svg>
  );
}

export function SiteShape({ kind, x, y, size }: { kind: SiteKind; x: number; y: number; size: number }) {
  if (kind === 'school') return <rect className={styles.markerSchool} x={x - size} y={y - size} width={size * 2} height={size * 2} />;
  if (kind === 'network') {
    const h = size * 1.25;
    return <path className={styles.markerNetwork} d={`M ${x} ${y - h} L ${x + h} ${y + h * 0.8} L ${x - h} ${y + h * 0.8} Z`} />;
  }
  return <circle className={styles.markerPlanned} cx={x} cy={y} r={size} />;
}

function SiteMarker({ site }: { site: PlacedSite }) {
  const [x, y] = site.at;
  const left = LABEL_SIDE[site.id] === 'left';
  return (
    <g aria-hidden="true">
      <SiteShape kind={site.kind} x={x} y={y} size={site.kind === 'school' ? 2 : 1.7} />
      <text className={styles.siteLabel} x={left ? x - 3.2 : x + 3.2} y={y + 1.5} textAnchor={left ? 'end' : 'start'}>
        {site.name}
      </text>
    </g>
  );
}
