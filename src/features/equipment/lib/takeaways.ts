import type { EquipmentListItem } from '@/contract/api';
import type { UtilisationStats } from '@/contract/stats';
import type { I18n } from '@/lib/i18n';
import { label } from '@/locales/labels';
import { catalogueFacts } from './catalogue';
import { formatDay } from './paris-time';
import '../messages';

/**
 * One sentence per chart, computed from the figures the chart shows (ChartFrame's takeaway), so a
 * platform manager can repeat it as it is.
 */
type Fmt = Pick<I18n, 't' | 'number' | 'percent' | 'euros' | 'locale'>;

/** "2026-03" → "mars 2026". */
export function monthLabel(locale: I18n['locale'], month: string): string {
  return formatDay(locale, `${month}-01`, { month: 'long', year: 'numeric' });
}
/** "2026-03" → "mars 26", short enough for an axis. */
export function monthTick(locale: I18n['locale'], month: string): string {
  return formatDay(locale, `${month}-01`, { month: 'short', year: '2-digit' });
}

export const TOP_PARTNERS = 10;

export function monthsTakeaway(stats: UtilisationStats, i18n: Fmt): string {
  const total = stats.months.reduce((s, m) => s + m.hours, 0);
  if (total === 0) return i18n.t('equipment.stats.takeawayMonthsNone');
  const peak = stats.months.reduce((best, m) => (m.hours > best.hours ? m : best));
  return i18n.t('equipment.stats.takeawayMonths', {
    hours: i18n.number(total),
    share: i18n.percent(stats.utilisation),
    peak: monthLabel(i18n.locale, peak.month),
    peakHours: i18n.number(peak.hours),
  });
}

export function sectorsTakeaway(stats: UtilisationStats, i18n: Fmt): string | undefined {
  const total = stats.bySector.reduce((s, x) => s + x.hours, 0);
  if (total === 0) return undefined;
  const top = stats.bySector.reduce((best, x) => (x.hours > best.hours ? x : best));
  return i18n.t('equipment.stats.takeawaySectors', { sector: i18n.t(label.sector(top.sector)), share: i18n.percent(top.hours / total) });
}

export function topPartners(stats: UtilisationStats): UtilisationStats['byPartner'] {
  return [...stats.byPartner].sort((a, b) => b.revenue - a.revenue).slice(0, TOP_PARTNERS);
}

export function partnersTakeaway(stats: UtilisationStats, i18n: Fmt): string | undefined {
  const top = topPartners(stats);
  const total = stats.months.reduce((s, m) => s + m.revenue, 0);
  if (!top.length || total === 0) return undefined;
  const topSum = top.reduce((s, p) => s + p.revenue, 0);
  return i18n.t('equipment.stats.takeawayPartners', {
    name: top[0]!.name,
    amount: i18n.euros(top[0]!.revenue),
    share: i18n.percent(Math.min(1, topSum / total)),
  });
}

export function catalogueTakeaway(items: readonly EquipmentListItem[], i18n: Fmt): string | undefined {
  const facts = catalogueFacts(items);
  if (!facts) return undefined;
  return i18n.t('equipment.takeaway.catalogue', { name: facts.top.name, share: i18n.percent(facts.top.utilisation12m), average: i18n.percent(facts.average) });
}
