import { describe, expect, it } from 'vitest';
import { PartnerPage, StartupPage, YearlyFiguresPage } from '../../src/contract/api';
import { paths } from '../../src/contract/endpoints';
import { GrowthStats, OverviewStats, SurvivalStats, TerritoryStats, UtilisationStats } from '../../src/contract/stats';
import { apiClient, expectOk, expectProblem } from './client';
import type { ApiTarget } from './client';

export function statsContract(target: ApiTarget) {
  const api = apiClient(target);

  describe('statistics', () => {
    it('agrees with the published figures for 2022–23', async () => {
      const o = expectOk(await api.get(paths.statsOverview, { year: 2022 }), OverviewStats);
      expect(o.year).toBe(2022);
      expect(o.asOf).toBe('2023-08-31');
      expect(o.activeApprentices.value).toBe(420);
      expect(o.activeApprentices.asOf).toBe('2022-10-01');
      expect(o.students.value).toBe(1400);
      expect(o.apprenticeShare.value).toBeCloseTo(0.3, 6);
      expect(o.doubleDegrees.value).toBe(28);
      expect(o.survival5y.value).toBeGreaterThanOrEqual(0.87);
      expect(o.survival5y.value).toBeLessThanOrEqual(0.89);
      expect(o.survivalBenchmark5y).toBe(0.72);
      expect(o.activePartners.previous).not.toBeNull();
      expect(o.activePartners.value).toBeGreaterThanOrEqual(o.activePartners.previous!);
    });

    it('filters by sector and department', async () => {
      const all = expectOk(await api.get(paths.statsOverview, { year: 2022 }), OverviewStats);
      const nuclear = expectOk(await api.get(paths.statsOverview, { year: 2022, sector: 'nucleaire' }), OverviewStats);
      expect(nuclear.activeApprentices.value).toBeGreaterThan(0);
      expect(nuclear.activeApprentices.value).toBeLessThan(all.activeApprentices.value);
      expect(nuclear.students.value).toBe(all.students.value);
      const junk = expectOk(await api.get(paths.statsOverview, { year: 'soon', sector: 'nowhere' }), OverviewStats);
      expect(junk.activePartners.value).toBeGreaterThan(0);
    });

    it('draws growth against the 20–30 % target', async () => {
      const g = expectOk(await api.get(paths.statsGrowth), GrowthStats);
      expect(g.target).toMatchObject({ baseYear: 2022, baseStudents: 1400 });
      expect(g.target.low).toBe(1680);
      expect(g.target.high).toBe(1820);
      expect(g.partnersPerYear[0]?.year).toBe(2015);
      expect(g.equipmentPerQuarter).toHaveLength(12);
      expect(g.equipmentPerQuarter.every((q) => /^\d{4}-T[1-4]$/.test(q.quarter))).toBe(true);
      const figures = expectOk(await api.get(paths.yearlyFigures), YearlyFiguresPage);
      expect(g.studentsPerYear.map((s) => s.students)).toEqual(figures.items.map((f) => f.students));
    });

    it('maps every layer with counts by department that add up to the layer', async () => {
      for (const layer of ['partners', 'apprentices', 'startups', 'bookings']) {
        const t = expectOk(await api.get(paths.statsTerritory, { layer }), TerritoryStats);
        expect(t.layer).toBe(layer);
        expect(t.byDepartment).toHaveLength(14);
        const total = t.byDepartment.reduce((s, d) => s + d.count, 0);
        expect(total).toBeGreaterThan(0);
        expect(t.matrix.reduce((s, c) => s + c.count, 0)).toBe(total);
      }
      const partners = expectOk(await api.get(paths.statsTerritory, { layer: 'partners' }), TerritoryStats);
      const listed = expectOk(await api.get(paths.partners, { pageSize: 1 }), PartnerPage);
      expect(partners.byDepartment.reduce((s, d) => s + d.count, 0)).toBe(listed.total);
      const gard = expectOk(await api.get(paths.statsTerritory, { layer: 'partners', department: '30' }), TerritoryStats);
      expect(gard.byDepartment.filter((d) => d.department !== '30').every((d) => d.count === 0)).toBe(true);
    });

    it('gives survival by cohort and utilisation of the equipment', async () => {
      const s = expectOk(await api.get(paths.statsSurvival), SurvivalStats);
      expect(s.benchmark5).toBe(0.72);
      expect(s.at5).toBeGreaterThan(0.8);
      const startups = expectOk(await api.get(paths.startups, { pageSize: 1 }), StartupPage);
      expect(s.cohorts.reduce((n, c) => n + c.size, 0)).toBe(startups.total);
      const u = expectOk(await api.get(paths.statsUtilisation, { months: 12 }), UtilisationStats);
      expect(u.months).toHaveLength(12);
      expect(u.utilisation).toBeGreaterThan(0);
      expect(u.utilisation).toBeLessThanOrEqual(1);
      expect(u.byPartner.length).toBeLessThanOrEqual(20);
      expectProblem(await api.get(paths.statsUtilisation, { equipmentId: 'eq-nope' }), 404);
    });
  });

  describe('errors', () => {
    it('answers every error as application/problem+json, unknown paths included', async () => {
      expectProblem(await api.get('/nowhere'), 404);
      expectProblem(await api.get(paths.startup('s-nope')), 404);
      expectProblem(await api.get(paths.event('e-nope')), 404);
      expectProblem(await api.patch(paths.task('t-nope'), { done: true }), 404);
      expectProblem(await api.post(paths.tasks, { title: '' }), 400);
    });
  });
}
