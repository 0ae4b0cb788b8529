import { describe, expect, it } from 'vitest';
import { apprenticeCensusDate, isContractActiveOn } from '../../src/domain/apprenticeship';
import { survivalRateAt } from '../../src/domain/survival';
import { generateDataset } from '../../mocks/data/generator';

/** The benchmarks run on 10× and 100× the companies: the published percentages must still hold. */
describe('demo dataset at scale 10', () => {
  it('multiplies companies and what hangs on them, keeping every share', { timeout: 60_000 }, () => {
    const base = generateDataset();
    const data = generateDataset({ scale: 10 });
    const pct = (part: number, whole: number) => (100 * part) / whole;
    const n = data.partners.length;
    expect(n).toBe(10 * base.partners.length);
    expect(data.scale).toBe(10);
    for (const list of ['contacts', 'interactions', 'opportunities', 'contracts', 'bookings', 'taxPledges', 'startups'] as const) {
      const ratio = data[list].length / base[list].length;
      expect(ratio, list).toBeGreaterThan(9);
      expect(ratio, list).toBeLessThan(11);
    }

    const dept = (code: string) => pct(data.partners.filter((p) => p.department === code).length, n);
    expect(100 - dept('HO')).toBeCloseTo(80, 0);
    expect(Math.abs(dept('30') - 35)).toBeLessThanOrEqual(1);
    expect(Math.abs(dept('34') - 25)).toBeLessThanOrEqual(1);
    expect(Math.abs(dept('31') - 8)).toBeLessThanOrEqual(1);
    expect(Math.abs(pct(data.partners.filter((p) => p.stage === 'active').length, n) - 60)).toBeLessThanOrEqual(1);

    const figures = new Map(data.yearlyFigures.map((f) => [f.year, f]));
    const active2022 = data.contracts.filter((c) => isContractActiveOn(c, apprenticeCensusDate(2022)));
    expect(active2022).toHaveLength(4200);
    expect(figures.get(2022)).toEqual({ year: 2022, students: 14_000, apprentices: 4200 });
    for (const f of data.yearlyFigures.filter((y) => y.year >= 2010)) {
      expect(pct(f.apprentices, f.students), String(f.year)).toBeGreaterThanOrEqual(28);
      expect(pct(f.apprentices, f.students), String(f.year)).toBeLessThanOrEqual(32);
    }
    const sectors = new Map(data.partners.map((p) => [p.id, p.sector]));
    const nuclear = pct(active2022.filter((c) => sectors.get(c.partnerId) === 'nucleaire').length, active2022.length);
    expect(nuclear).toBeGreaterThanOrEqual(10);
    expect(nuclear).toBeLessThanOrEqual(15);

    const todayYear = Number(data.today.slice(0, 4));
    expect(100 * survivalRateAt(data.startups, 5, todayYear)!).toBeCloseTo(88, 0);
    expect(Math.abs(100 * survivalRateAt(data.startups, 5, 2022)! - 88)).toBeLessThanOrEqual(2);
    expect(pct(data.startups.filter((s) => s.department !== 'HO').length, data.startups.length)).toBeCloseTo(90, 0);
    const incubating = data.startups.filter((s) => s.incubationStart !== null && s.incubationStart <= data.today && (s.incubationEnd === null || s.incubationEnd > data.today));
    expect(incubating.length).toBeGreaterThanOrEqual(150);
    expect(incubating.length).toBeLessThanOrEqual(250);

    for (const forum of data.events.filter((e) => e.kind === 'forum' && e.date <= data.today)) {
      expect(forum.partnerIds.length, forum.date).toBeGreaterThanOrEqual(700);
      expect(forum.partnerIds.length, forum.date).toBeLessThanOrEqual(900);
    }
    expect(data.academicPartners.filter((a) => a.doubleDegree && a.active && a.since <= 2022)).toHaveLength(28);

    const byItem = new Map<string, { start: number; end: number }[]>();
    for (const b of data.bookings) {
      let list = byItem.get(b.equipmentId);
      if (!list) byItem.set(b.equipmentId, (list = []));
      list.push({ start: Date.parse(b.start), end: Date.parse(b.end) });
    }
    let overlaps = 0;
    for (const list of byItem.values()) {
      list.sort((a, b) => a.start - b.start);
      for (let i = 1; i < list.length; i++) if (list[i]!.start < list[i - 1]!.end) overlaps++;
    }
    expect(overlaps).toBe(0);
  });
});
