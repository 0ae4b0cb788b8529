import * as z from 'zod/mini';
import type { TaxPledgeRow } from '@/contract/api';
import { pageNumber, searchText, enumList, optionalInt } from '@/contract/primitives';
import { TAX_STATUSES } from '@/contract/reference';
import type { TaxStatus } from '@/contract/reference';

/**
 * Pure rules of the apprenticeship-tax campaign: the URL state, totals per status, progress against
 * the previous campaign, the chart's rows and takeaways, and the table's filter / sort / page.
 */

/** SOLTéA (the national platform the campaign runs through) opened with the 2023 campaign. */
export const FIRST_CAMPAIGN = 2023;

export const TAX_SORT_KEYS = ['partner', 'status', 'amount', 'updatedAt'] as const;
export type TaxSortKey = (typeof TAX_SORT_KEYS)[number];
export const PAGE_SIZE = 25;

export const TaxPageQuery = z.object({
  /** The campaign shown; absent = the latest campaign in the data. */
  year: optionalInt(2000, 2100),
  q: searchText,
  status: enumList(TAX_STATUSES),
  sort: z.catch(z._default(z.enum(TAX_SORT_KEYS), 'partner'), 'partner'),
  order: z.catch(z._default(z.enum(['asc', 'desc']), 'asc'), 'asc'),
  page: pageNumber,
});
export type TaxPageQuery = z.infer<typeof TaxPageQuery>;

export interface StatusTotal {
  count: number;
  amount: number;
}
export type CampaignTotals = Record<TaxStatus, StatusTotal> & { all: StatusTotal };

export function campaignTotals(rows: readonly Pick<TaxPledgeRow, 'status' | 'amount'>[]): CampaignTotals {
  const totals: CampaignTotals = {
    approached: { count: 0, amount: 0 },
    pledged: { count: 0, amount: 0 },
    received: { count: 0, amount: 0 },
    all: { count: 0, amount: 0 },
  };
  for (const r of rows) {
    totals[r.status].count += 1;
    totals[r.status].amount += r.amount;
    totals.all.count += 1;
    totals.all.amount += r.amount;
  }
  return totals;
}

export interface CampaignProgress {
  /** Received so far this campaign. */
  received: number;
  /** Received plus pledged: what the campaign should bring if every pledge is paid. */
  expected: number;
  /** Total received in the previous campaign; null when there was none. */
  previousReceived: number | null;
  /** received / previousReceived (may exceed 1); null without a previous total. */
  ratio: number | null;
  expectedRatio: number | null;
}

export function campaignProgress(current: CampaignTotals, previous: CampaignTotals | null): CampaignProgress {
  const received = current.received.amount;
  const expected = received + current.pledged.amount;
  const previousReceived = previous && previous.received.amount > 0 ? previous.received.amount : null;
  return {
    received,
    expected,
    previousReceived,
    ratio: previousReceived ? received / previousReceived : null,
    expectedRatio: previousReceived ? expected / previousReceived : null,
  };
}

export interface ChartRow {
  status: TaxStatus;
  current: number;
  previous: number;
}

/** One row per status, in campaign order, with this year's and last year's amounts. */
export function statusChartRows(current: CampaignTotals, previous: CampaignTotals | null): ChartRow[] {
  return TAX_STATUSES.map((status) => ({ status, current: current[status].amount, previous: previous?.[status].amount ?? 0 }));
}

/** The campaign years to choose from: SOLTéA's first to the latest, plus the next one to prepare. */
export function campaignYears(latest: number | null, selected?: number): number[] {
  const last = Math.max(latest ?? FIRST_CAMPAIGN, FIRST_CAMPAIGN);
  const years = new Set<number>();
  for (let y = Math.min(FIRST_CAMPAIGN, last); y <= last + 1; y++) years.add(y);
  if (selected !== undefined) years.add(selected);
  return [...years].sort((a, b) => b - a);
}

/* ---------------------------- table: filter, sort, page ---------------------------- */

/** Case- and accent-insensitive words, as the API searches. */
export const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });
const STATUS_ORDER: Record<TaxStatus, number> = { approached: 0, pledged: 1, received: 2 };

export function filterPledges<R extends TaxPledgeRow>(rows: readonly R[], q: string, statuses: readonly TaxStatus[]): R[] {
  const words = fold(q).split(/\s+/).filter(Boolean);
  return rows.filter((r) => {
    if (statuses.length && !statuses.includes(r.status)) return false;
    if (!words.length) return true;
    const name = fold(r.partnerName);
    return words.every((w) => name.includes(w));
  });
}

/** Stable sort on a copy; ties on the company name. */
export function sortPledges<R extends TaxPledgeRow>(rows: readonly R[], key: TaxSortKey, order: 'asc' | 'desc'): R[] {
  const dir = order === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    let primary = 0;
    if (key === 'status') primary = STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
    else if (key === 'amount') primary = a.amount - b.amount;
    else if (key === 'updatedAt') primary = a.updatedAt < b.updatedAt ? -1 : a.updatedAt > b.updatedAt ? 1 : 0;
    if (primary !== 0) return primary * dir;
    const byName = collator.compare(a.partnerName, b.partnerName);
    return key === 'partner' ? byName * dir : byName;
  });
}

export interface PledgeView<R> {
  /** Everything that matches the filters, sorted: the CSV exports this. */
  matching: R[];
  /** The page on screen. */
  items: R[];
  total: number;
  page: number;
  pages: number;
}

export function viewPledges<R extends TaxPledgeRow>(rows: readonly R[], query: Pick<TaxPageQuery, 'q' | 'status' | 'sort' | 'order' | 'page'>, pageSize = PAGE_SIZE): PledgeView<R> {
  const matching = sortPledges(filterPledges(rows, query.q, query.status), query.sort, query.order);
  const pages = Math.max(1, Math.ceil(matching.length / pageSize));
  // A page beyond the end (a link from a longer list) shows the last one rather than nothing.
  const page = Math.min(query.page, pages);
  return { matching, items: matching.slice((page - 1) * pageSize, page * pageSize), total: matching.length, page, pages };
}

/** Parses an amount typed the French way ("2 500", "2 500,50", "2500 €"); null when it is not one. */
export function parseAmount(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(cleaned)) return null;
  return Number(cleaned);
}

/* --------------------------------- company history --------------------------------- */

export interface HistoryRow {
  year: number;
  status: TaxStatus;
  amount: number;
  approached: number;
  pledged: number;
  received: number;
}

/** One company's campaigns, oldest first, with the amount in its status's series (for stacked bars). */
export function historyRows(pledges: readonly Pick<TaxPledgeRow, 'year' | 'status' | 'amount'>[]): HistoryRow[] {
  return [...pledges]
    .sort((a, b) => a.year - b.year)
    .map((p) => ({ year: p.year, status: p.status, amount: p.amount, approached: 0, pledged: 0, received: 0, [p.status]: p.amount }));
}

export function historySummary(rows: readonly HistoryRow[]): { received: number; campaigns: number; firstReceived: number | null } {
  const paid = rows.filter((r) => r.status === 'received');
  return { received: paid.reduce((s, r) => s + r.amount, 0), campaigns: rows.length, firstReceived: paid[0]?.year ?? null };
}
