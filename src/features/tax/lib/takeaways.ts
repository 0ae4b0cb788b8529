import type { CampaignProgress, HistoryRow } from './campaign';
import { historySummary } from './campaign';

/** What the formatting needs from i18n: kept as parameters so the sentences are unit-testable. */
export interface TakeawayFormat {
  t: (key: 'tax.chart.takeaway' | 'tax.chart.takeawayNoPrevious' | 'tax.chart.takeawayEmpty' | 'tax.partner.takeaway' | 'tax.partner.takeawayNone', vars: Record<string, string | number>) => string;
  euros: (v: number) => string;
  percent: (v: number) => string;
}

/** "357 100 € versés en 2026, soit 85 % du total versé en 2025." */
export function campaignTakeaway(progress: CampaignProgress, year: number, companies: number, f: TakeawayFormat): string {
  if (companies === 0) return f.t('tax.chart.takeawayEmpty', { year: String(year) });
  const vars = { received: f.euros(progress.received), year: String(year), previous: String(year - 1) };
  if (progress.ratio !== null) return f.t('tax.chart.takeaway', { ...vars, percent: f.percent(progress.ratio) });
  return f.t('tax.chart.takeawayNoPrevious', vars);
}

/** "12 500 € versés depuis 2023, sur 4 campagnes." */
export function historyTakeaway(rows: readonly HistoryRow[], f: TakeawayFormat): string {
  const s = historySummary(rows);
  if (s.firstReceived === null) return f.t('tax.partner.takeawayNone', { count: s.campaigns });
  return f.t('tax.partner.takeaway', { received: f.euros(s.received), first: String(s.firstReceived), count: s.campaigns });
}
