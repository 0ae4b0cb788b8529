import { describe, expect, it } from 'vitest';
import { AcademicPage, EquipmentPage, MaintenancePage, PartnerPage, StartupPage, StartupRow, UserPage, YearlyFiguresPage } from '../../src/contract/api';
import { paths } from '../../src/contract/endpoints';
import { AcademicPartner, PartnerRow } from '../../src/contract/entities';
import { apiClient, expectOk, expectProblem, partnerInput } from './client';
import type { ApiTarget } from './client';

export function catalogueContract(target: ApiTarget) {
  const api = apiClient(target);

  describe('start-ups', () => {
    it('filters, sorts and reads one start-up', async () => {
      const all = expectOk(await api.get(paths.startups, { pageSize: 10_000 }), StartupPage);
      expect(all.total).toBeGreaterThanOrEqual(250);
      const health = expectOk(await api.get(paths.startups, { sector: 'sante', sort: 'foundedYear', order: 'desc', pageSize: 10_000 }), StartupPage);
      expect(health.items.every((s) => s.sector === 'sante')).toBe(true);
      const years = health.items.map((s) => s.foundedYear);
      expect(years).toEqual([...years].sort((a, b) => b - a));
      const incubating = expectOk(await api.get(paths.startups, { incubatingNow: true, pageSize: 10_000 }), StartupPage);
      expect(incubating.total).toBeGreaterThan(5);
      expect(incubating.total).toBeLessThan(60);
      const one = expectOk(await api.get(paths.startup(all.items[0]!.id)), StartupRow);
      expect(one.id).toBe(all.items[0]!.id);
      expect(expectOk(await api.get(paths.startups, { q: 'vogo' }), StartupPage).items.map((s) => s.name)).toContain('Vogo');
    });
  });

  describe('academic partners', () => {
    it('lists double degrees and saves a renewal with version checks', async () => {
      const doubles = expectOk(await api.get(paths.academic, { doubleDegree: true }), AcademicPage);
      expect(doubles.items.every((a) => a.doubleDegree)).toBe(true);
      expect(doubles.items.filter((a) => a.active).length).toBeGreaterThanOrEqual(28);
      const first = doubles.items[0]!;
      const saved = expectOk(await api.patch(paths.academicPartner(first.id), { renewalDate: '2030-06-30', version: first.version }), AcademicPartner);
      expect(saved).toMatchObject({ renewalDate: '2030-06-30', version: first.version + 1 });
      expectProblem(await api.patch(paths.academicPartner(first.id), { renewalDate: '2031-06-30', version: first.version }), 409);
      const bad = expectProblem(await api.patch(paths.academicPartner(first.id), { renewalDate: '30/06/2030' }), 400);
      expect(bad.errors?.[0]).toEqual({ field: 'renewalDate', message: 'Date attendue au format AAAA-MM-JJ' });
    });
  });

  describe('reference lists and equipment', () => {
    it('lists users, yearly figures and maintenance windows', async () => {
      expect(expectOk(await api.get(paths.users), UserPage).total).toBeGreaterThan(0);
      const figures = expectOk(await api.get(paths.yearlyFigures), YearlyFiguresPage).items;
      expect(figures.find((f) => f.year === 2022)).toEqual({ year: 2022, students: 1400, apprentices: 420 });
      const items = expectOk(await api.get(paths.equipment), EquipmentPage).items;
      expect(items.length).toBeGreaterThanOrEqual(12);
      const windows = expectOk(await api.get(paths.maintenance(items[0]!.id)), MaintenancePage).items;
      const starts = windows.map((w) => w.start);
      expect(starts).toEqual([...starts].sort());
      expectProblem(await api.get(paths.maintenance('eq-nope')), 404);
    });
  });

  describe('demo reset', () => {
    it('puts the demo data back as generated (204)', async () => {
      const created = expectOk(await api.post(paths.partners, partnerInput({ name: 'Entreprise Éphémère' })), PartnerRow, 201);
      const reset = await api.post(paths.demoReset);
      expect(reset.status).toBe(204);
      expectProblem(await api.get(paths.partner(created.id)), 404);
      expect(expectOk(await api.get(paths.partners, { q: 'ephemere' }), PartnerPage).total).toBe(0);
    });
  });
}
