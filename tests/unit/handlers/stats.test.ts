import { beforeAll, describe, expect, it } from 'vitest';
import { generateDataset } from '../../../mocks/data/generator';
import { Store } from '../../../mocks/store/database';
import { asOfYear, bookingDays, bookingHours, bookingRevenue, startupAliveIn, weekdaysBetween } from '../../../mocks/store/stats-common';
import { growthStats, lastQuarters, quarterLabel, survivalStats } from '../../../mocks/store/stats-growth';
import { overviewStats } from '../../../mocks/store/stats-overview';
import { territoryStats } from '../../../mocks/store/stats-territory';
import { utilisationStats } from '../../../mocks/store/stats-utilisation';
import { StatsQuery } from '../../../src/contract/queries';
import { booking, dataset, item, partner, startup } from './fixtures';

const query = (q: Record<string, unknown> = {}) => StatsQuery.parse(q);

describe('statistics over the demo dataset', () => {
  let store: Store;
  beforeAll(() => {
    store = new Store(generateDataset());
  });

  it('matches the published 2022–23 figures', () => {
    const o = overviewStats(store, query({ year: '2022' }));
    expect(o.asOf).toBe('2023-08-31');
    expect(o.activeApprentices).toEqual({ value: 420, previous: expect.any(Number) as number, asOf: '2022-10-01' });
    expect(o.students.value).toBe(1400);
    expect(o.apprenticeShare.value).toBe(0.3);
    expect(o.doubleDegrees.value).toBe(28);
    expect(o.survival5y.value).toBeGreaterThanOrEqual(0.87);
    expect(o.survival5y.value).toBeLessThanOrEqual(0.89);
  });

  it('defaults to the academic year of the dataset’s today, as of today', () => {
    const o = overviewStats(store, query());
    expect(o.year).toBe(2026);
    expect(o.asOf).toBe('2026-11-26');
    expect(o.activePartners.value).toBeGreaterThan(500);
    expect(o.companies.value).toBeGreaterThan(o.activePartners.value);
    expect(o.equipmentHours12m.value).toBeGreaterThan(0);
    expect(o.equipmentRevenue12m.value).toBeGreaterThan(0);
  });

  it('applies sector and department filters to company-linked figures only', () => {
    const all = overviewStats(store, query({ year: '2022' }));
    const gard = overviewStats(store, query({ year: '2022', department: '30' }));
    expect(gard.activeApprentices.value).toBeLessThan(all.activeApprentices.value);
    expect(gard.activePartners.value).toBeLessThan(all.activePartners.value);
    expect(gard.students.value).toBe(all.students.value);
    expect(gard.doubleDegrees.value).toBe(all.doubleDegrees.value);
  });

  it('draws growth from 2015 with the +20–30 % band over 2022', () => {
    const g = growthStats(store, query());
    expect(g.partnersPerYear.map((r) => r.year)).toEqual(Array.from({ length: 12 }, (_, i) => 2015 + i));
    expect(g.target).toEqual({ baseYear: 2022, baseStudents: 1400, low: 1680, high: 1820 });
    expect(g.equipmentPerQuarter.map((q) => q.quarter)).toEqual(lastQuarters('2026-11-26'));
  });

  it('counts every layer of the territory, all 14 departments included', () => {
    for (const layer of ['partners', 'apprentices', 'startups', 'bookings'] as const) {
      const t = territoryStats(store, { ...query(), layer });
      expect(t.byDepartment).toHaveLength(14);
      const total = t.byDepartment.reduce((s, d) => s + d.count, 0);
      expect(t.matrix.reduce((s, c) => s + c.count, 0)).toBe(total);
    }
    const partners = territoryStats(store, { ...query(), layer: 'partners' });
    const kinds = store.partners.rows.filter((p) => !p.archived).reduce((s, p) => s + p.kinds.length, 0);
    expect(partners.flows.reduce((s, f) => s + f.count, 0)).toBe(kinds);
  });

  it('gives pooled survival at 3 and 5 years', () => {
    const s = survivalStats(store, query());
    expect(s.at5).toBeGreaterThanOrEqual(0.87);
    expect(s.at5).toBeLessThanOrEqual(0.89);
    expect(s.at3).toBeGreaterThanOrEqual(s.at5!);
    expect(s.benchmark5).toBe(0.72);
  });
});

describe('statistics worked out by hand', () => {
  const tiny = () =>
    new Store(
      dataset({
        today: '2026-11-26',
        partners: [partner('p-1', { sector: 'nucleaire' }), partner('p-2', { department: '34', stage: 'prospect', partnerSince: null })],
        equipment: [item('eq-1'), item('eq-2', { rateUnit: 'day', rate: 1000 })],
        bookings: [
          // Wednesday 4 h, not invoiced yet: 4 h × 100 €.
          booking('b-1', 'eq-1', 'p-1', '2026-11-18T08:00:00.000Z', '2026-11-18T12:00:00.000Z'),
          // Friday → Tuesday, day rate: 3 working days, 30 h, invoiced 3 000 €.
          booking('b-2', 'eq-2', 'p-2', '2026-11-13T07:00:00.000Z', '2026-11-17T16:00:00.000Z', { invoiced: 3000 }),
          booking('b-3', 'eq-1', 'p-2', '2026-11-19T08:00:00.000Z', '2026-11-19T18:00:00.000Z', { status: 'cancelled' }),
        ],
        startups: [startup('s-1', 2015), startup('s-2', 2016, { status: 'closed', closedYear: 2019 }), startup('s-3', 2017, { status: 'acquired', closedYear: 2020 })],
      }),
    );

  it('counts booked hours on weekdays only, at most 10 h a day', () => {
    const [b1, b2] = tiny().bookings.rows;
    expect(bookingHours(b1!)).toBe(4);
    expect(bookingHours(b2!)).toBe(30);
    expect(bookingDays(b2!)).toBe(3);
    expect(bookingRevenue(b1!, item('eq-1'))).toBe(400);
    expect(bookingRevenue(b2!, item('eq-2', { rateUnit: 'day', rate: 1000 }))).toBe(3000);
    expect(bookingRevenue({ ...b2!, invoiced: 0 }, item('eq-2', { rateUnit: 'day', rate: 1000 }))).toBe(3000);
  });

  it('sums equipment over the 12 months before asOf, cancelled bookings left out', () => {
    const o = overviewStats(tiny(), query());
    expect(o.equipmentHours12m.value).toBe(34);
    expect(o.equipmentRevenue12m.value).toBe(3400);
    expect(o.equipmentHours12m.previous).toBe(0);
    const nuclear = overviewStats(tiny(), query({ sector: 'nucleaire' }));
    expect(nuclear.equipmentHours12m.value).toBe(4);
  });

  it('measures utilisation against weekdays × 10 h', () => {
    const u = utilisationStats(tiny(), { months: 1 });
    expect(u.months).toEqual([{ month: '2026-11', hours: 34, revenue: 3400 }]);
    // 1–26 November 2026 (the 1st is a Sunday): 19 weekdays, 2 items → 380 bookable hours.
    expect(weekdaysBetween('2026-11-01', '2026-11-26')).toBe(19);
    expect(u.utilisation).toBeCloseTo(34 / 380, 4);
    expect(u.bySector).toEqual([
      { sector: 'materiaux', hours: 30 },
      { sector: 'nucleaire', hours: 4 },
    ]);
    expect(u.byPartner.map((p) => [p.partnerId, p.revenue])).toEqual([
      ['p-2', 3000],
      ['p-1', 400],
    ]);
    expect(utilisationStats(tiny(), { equipmentId: 'eq-1', months: 1 }).utilisation).toBeCloseTo(4 / 190, 4);
  });

  it('keeps acquired start-ups alive and closed ones dead from their closing year', () => {
    const [s1, s2, s3] = tiny().startups.rows;
    expect(startupAliveIn(s1!, 2014)).toBe(false);
    expect(startupAliveIn(s2!, 2018)).toBe(true);
    expect(startupAliveIn(s2!, 2019)).toBe(false);
    expect(startupAliveIn(s3!, 2025)).toBe(true);
    expect(overviewStats(tiny(), query()).startupsAlive.value).toBe(2);
  });

  it('dates a year’s figures at its 31 August, or today for the year in progress', () => {
    const store = tiny();
    expect(asOfYear(store, 2022)).toBe('2023-08-31');
    expect(asOfYear(store, 2026)).toBe('2026-11-26');
    expect(quarterLabel('2025-08-14')).toBe('2025-T3');
    expect(lastQuarters('2026-02-01', 3)).toEqual(['2025-T3', '2025-T4', '2026-T1']);
  });

  it('places only non-archived companies on the partners layer', () => {
    const store = tiny();
    store.partners.update(store.partners.get('p-2')!, { archived: true });
    const t = territoryStats(store, { ...query(), layer: 'partners' });
    expect(t.byDepartment.find((d) => d.department === '30')?.count).toBe(1);
    expect(t.byDepartment.find((d) => d.department === '34')?.count).toBe(0);
  });
});
