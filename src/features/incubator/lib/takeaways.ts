import type { I18n } from '@/lib/i18n';
import { label } from '@/locales/labels';
import type { SectorRow, YearRow } from './startup-series';
import '../messages';

/** The one-line takeaways of the incubator's charts, computed from the data they show. */

type Fmt = Pick<I18n, 't' | 'number' | 'percent' | 'euros'>;

export function survivalTakeaway(f: Fmt, at5: number | null, benchmark: number): string {
  if (at5 === null) return f.t('incubator.survival.takeaway.none');
  // Points, not a percentage of a percentage: 88 % vs 72 % is "+16 points".
  const points = Math.round(at5 * 100) - Math.round(benchmark * 100);
  const sign = points > 0 ? '+' : points < 0 ? '−' : '';
  return f.t('incubator.survival.takeaway', {
    rate: f.percent(at5),
    benchmark: f.percent(benchmark),
    gap: f.t('incubator.survival.gap', { points: `${sign}${f.number(Math.abs(points))}` }),
  });
}

export function perYearTakeaway(f: Fmt, rows: readonly YearRow[]): string | undefined {
  if (rows.length === 0) return undefined;
  const created = rows.reduce((s, r) => s + r.created, 0);
  const alive = rows.reduce((s, r) => s + r.alive, 0);
  if (created === 0) return undefined;
  return f.t('incubator.perYear.takeaway', {
    created: f.number(created),
    first: String(rows[0]!.year),
    last: String(rows.at(-1)!.year),
    alive: f.number(alive),
    share: f.percent(alive / created),
  });
}

export function sectorTakeaway(f: Fmt, rows: readonly SectorRow[], by: 'jobs' | 'funds'): string | undefined {
  const total = rows.reduce((s, r) => s + r[by], 0);
  if (rows.length === 0) return undefined;
  if (total === 0) return f.t('incubator.sector.noneTakeaway');
  const top = rows.reduce((best, r) => (r[by] > best[by] ? r : best));
  const sector = f.t(label.sector(top.sector));
  const share = f.percent(top[by] / total);
  return by === 'jobs'
    ? f.t('incubator.sector.jobsTakeaway', { sector, share, value: f.number(top.jobs), total: f.number(total) })
    : f.t('incubator.sector.fundsTakeaway', { sector, share, value: f.euros(top.funds, true) });
}
