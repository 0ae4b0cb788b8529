import { describe, expect, it } from 'vitest';
import type { TaxPledgeRow } from '@/contract/api';
import { parseQuery } from '@/contract/queries';
import {
  campaignProgress, campaignTotals, campaignYears, historyRows, historySummary, parseAmount, statusChartRows, TaxPageQuery, viewPledges,
} from '@/features/tax/lib/campaign';
import { campaignTakeaway, historyTakeaway } from '@/features/tax/lib/takeaways';
import type { TakeawayFormat } from '@/features/tax/lib/takeaways';

let n = 0;
const row = (partnerName: string, status: TaxPledgeRow['status'], amount: number, year = 2026, updatedAt = '2026-05-01T10:00:00.000Z'): TaxPledgeRow => ({
  id: `tx-${++n}`,
  partnerId: `p-${n}`,
  partnerName,
  year,
  amount,
  status,
  updatedAt,
  synthetic: true,
  version: 1,
});

const fr: TakeawayFormat = {
  t: (key, vars) =>
    ({
      'tax.chart.takeaway': `${vars.received} versés en ${vars.year}, soit ${vars.percent} du total versé en ${vars.previous}.`,
      'tax.chart.takeawayNoPrevious': `${vars.received} versés en ${vars.year} ; aucun versement en ${vars.previous} pour comparer.`,
      'tax.chart.takeawayEmpty': `Aucune entreprise dans la campagne ${vars.year} pour l’instant.`,
      'tax.partner.takeaway': `${vars.received} versés depuis ${vars.first}, sur ${vars.count} campagnes.`,
      'tax.partner.takeawayNone': `Aucun versement reçu à ce jour ; ${vars.count} campagnes suivies.`,
    })[key],
  euros: (v) => `${v} €`,
  percent: (v) => `${Math.round(v * 100)} %`,
};

describe('tax campaign lib', () => {
  const current = [row('Alpha', 'received', 1000), row('Bêta', 'received', 500), row('Gamma', 'pledged', 2000), row('Delta', 'approached', 700)];
  const previous = [row('Alpha', 'received', 2000, 2025), row('Bêta', 'received', 1000, 2025), row('Gamma', 'approached', 400, 2025)];

  it('totals amounts and companies per status', () => {
    expect(campaignTotals(current)).toEqual({
      approached: { count: 1, amount: 700 },
      pledged: { count: 1, amount: 2000 },
      received: { count: 2, amount: 1500 },
      all: { count: 4, amount: 4200 },
    });
    expect(campaignTotals([]).all).toEqual({ count: 0, amount: 0 });
  });

  it('measures what was received against the previous campaign’s received total', () => {
    const p = campaignProgress(campaignTotals(current), campaignTotals(previous));
    expect(p).toEqual({ received: 1500, expected: 3500, previousReceived: 3000, ratio: 0.5, expectedRatio: 3500 / 3000 });
    expect(campaignProgress(campaignTotals(current), null)).toMatchObject({ previousReceived: null, ratio: null });
    expect(campaignProgress(campaignTotals(current), campaignTotals([])).ratio).toBeNull();
  });

  it('gives one chart row per status, this campaign and the previous', () => {
    expect(statusChartRows(campaignTotals(current), campaignTotals(previous))).toEqual([
      { status: 'approached', current: 700, previous: 400 },
      { status: 'pledged', current: 2000, previous: 0 },
      { status: 'received', current: 1500, previous: 3000 },
    ]);
  });

  it('says the takeaway in one sentence', () => {
    const totals = campaignTotals(current);
    expect(campaignTakeaway(campaignProgress(totals, campaignTotals(previous)), 2026, 4, fr)).toBe('1500 € versés en 2026, soit 50 % du total versé en 2025.');
    expect(campaignTakeaway(campaignProgress(totals, null), 2026, 4, fr)).toBe('1500 € versés en 2026 ; aucun versement en 2025 pour comparer.');
    expect(campaignTakeaway(campaignProgress(campaignTotals([]), null), 2027, 0, fr)).toBe('Aucune entreprise dans la campagne 2027 pour l’instant.');
  });

  it('offers the campaigns from SOLTéA’s first (2023) to the next one to prepare', () => {
    expect(campaignYears(2026)).toEqual([2027, 2026, 2025, 2024, 2023]);
    expect(campaignYears(null)).toEqual([2024, 2023]);
    expect(campaignYears(2026, 2019)).toContain(2019);
  });

  it('filters (accents and case ignored), sorts and pages the table', () => {
    const rows = [row('Éole Énergie', 'received', 300), row('eole conseil', 'pledged', 900), row('Zinc', 'received', 100), row('Acier', 'approached', 900)];
    const q: Pick<TaxPageQuery, 'q' | 'status' | 'sort' | 'order' | 'page'> = { q: 'EOLE', status: [], sort: 'partner', order: 'asc', page: 1 };
    expect(viewPledges(rows, q).items.map((r) => r.partnerName)).toEqual(['eole conseil', 'Éole Énergie']);
    expect(viewPledges(rows, { ...q, q: '', status: ['received'] }).items.map((r) => r.partnerName)).toEqual(['Éole Énergie', 'Zinc']);
    // Ties on the amount fall back to the name.
    expect(viewPledges(rows, { ...q, q: '', sort: 'amount', order: 'desc' }).items.map((r) => r.partnerName)).toEqual(['Acier', 'eole conseil', 'Éole Énergie', 'Zinc']);
    expect(viewPledges(rows, { ...q, q: '', sort: 'status', order: 'asc' }).items.map((r) => r.status)).toEqual(['approached', 'pledged', 'received', 'received']);
    const paged = viewPledges(rows, { ...q, q: '', page: 9 }, 3);
    expect(paged).toMatchObject({ total: 4, page: 2, pages: 2 });
    expect(paged.items.map((r) => r.partnerName)).toEqual(['Zinc']);
    expect(paged.matching).toHaveLength(4);
  });

  it('reads amounts typed the French way', () => {
    expect(parseAmount('2 500')).toBe(2500);
    expect(parseAmount('2\u202f500,50 €')).toBe(2500.5);
    expect(parseAmount('0')).toBe(0);
    expect(parseAmount('-5')).toBeNull();
    expect(parseAmount('beaucoup')).toBeNull();
    expect(parseAmount('')).toBeNull();
  });

  it('reads the table’s URL state with defaults', () => {
    expect(parseQuery(TaxPageQuery, new URLSearchParams('year=2025&status=received,bogus&sort=amount&order=desc&page=x'))).toEqual({
      year: 2025,
      q: '',
      status: ['received'],
      sort: 'amount',
      order: 'desc',
      page: 1,
    });
  });

  it('builds a company’s history, oldest first, each amount in its status series', () => {
    const rows = historyRows([row('A', 'received', 800, 2024), row('A', 'approached', 500, 2026), row('A', 'received', 1200, 2025)]);
    expect(rows.map((r) => [r.year, r.approached, r.pledged, r.received])).toEqual([
      [2024, 0, 0, 800],
      [2025, 0, 0, 1200],
      [2026, 500, 0, 0],
    ]);
    expect(historySummary(rows)).toEqual({ received: 2000, campaigns: 3, firstReceived: 2024 });
    expect(historyTakeaway(rows, fr)).toBe('2000 € versés depuis 2024, sur 3 campagnes.');
    expect(historyTakeaway(historyRows([row('B', 'pledged', 100, 2026)]), fr)).toBe('Aucun versement reçu à ce jour ; 1 campagnes suivies.');
  });
});
