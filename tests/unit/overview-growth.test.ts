import { describe, expect, it } from 'vitest';
import type { GrowthStats } from '@/contract/stats';
import { equipmentTakeaway, partnerSeries, partnersTakeaway, startupSeries, startupsTakeaway, studentSeries, studentsTakeaway } from '@/features/overview/lib/growth';

const f = {
  number: (v: number) => new Intl.NumberFormat('fr-FR').format(v),
  percent: (v: number) => new Intl.NumberFormat('fr-FR', { style: 'percent' }).format(v),
  change: (v: number) => new Intl.NumberFormat('fr-FR', { style: 'percent', signDisplay: 'exceptZero', maximumFractionDigits: 1 }).format(v),
};

const growth: GrowthStats = {
  partnersPerYear: [
    { year: 2020, new: 40, active: 500 },
    { year: 2021, new: 50, active: 550 },
    { year: 2022, new: 60, active: 600 },
  ],
  studentsPerYear: [
    { year: 2021, students: 1393, apprentices: 418, share: 0.3 },
    { year: 2022, students: 1400, apprentices: 420, share: 0.3 },
    { year: 2023, students: 1500, apprentices: 443, share: 0.295 },
    { year: 2024, students: 1690, apprentices: 507, share: 0.3 },
  ],
  target: { baseYear: 2022, baseStudents: 1400, low: 1680, high: 1820 },
  equipmentPerQuarter: ['2024-T1', '2024-T2', '2024-T3', '2024-T4', '2025-T1', '2025-T2', '2025-T3', '2025-T4'].map((quarter, i) => ({ quarter, hours: i < 4 ? 100 : 150, revenue: 1000 })),
  startupsPerYear: [
    { year: 2021, created: 10, alive: 9 },
    { year: 2022, created: 10, alive: 10 },
    { year: 2023, created: 5, alive: 5 },
  ],
};

describe('overview growth series', () => {
  it('keeps the chosen period: from a year, up to the selected academic year', () => {
    expect(partnerSeries(growth, { from: 2021 }).map((r) => r.label)).toEqual(['2021–22', '2022–23']);
    expect(studentSeries(growth, { to: 2022 }).map((r) => r.year)).toEqual([2021, 2022]);
    // Start-ups are counted by calendar year: 2022–23 ends in 2023.
    expect(startupSeries(growth, { to: 2022 }).map((r) => r.year)).toEqual([2021, 2022, 2023]);
  });

  it('draws the national target band only from its base year', () => {
    const rows = studentSeries(growth);
    expect(rows[0]).toMatchObject({ targetLow: null, targetHigh: null });
    expect(rows[1]).toMatchObject({ targetLow: 1680, targetHigh: 1820 });
  });
});

describe('overview takeaways', () => {
  it('says how active partners grew over the period', () => {
    expect(partnersTakeaway(partnerSeries(growth), f)).toEqual({
      key: 'growth.partners.takeaway',
      vars: { active: '600', year: '2022–23', change: '+20\u00a0%', from: '2020–21' },
    });
  });

  it('places the students against the +20–30 % goal', () => {
    expect(studentsTakeaway(studentSeries(growth, { to: 2022 }), growth, f)?.key).toBe('growth.students.base');
    expect(studentsTakeaway(studentSeries(growth, { to: 2023 }), growth, f)?.key).toBe('growth.students.below');
    const all = studentsTakeaway(studentSeries(growth), growth, f)!;
    expect(all.key).toBe('growth.students.within');
    expect(all.vars.change).toBe('+20,7\u00a0%');
    expect(studentsTakeaway(studentSeries({ ...growth, studentsPerYear: [{ year: 2024, students: 1900, apprentices: 570, share: 0.3 }] }), growth, f)?.key).toBe('growth.students.above');
  });

  it('compares the last four quarters of equipment hours with the four before', () => {
    expect(equipmentTakeaway(growth.equipmentPerQuarter, f)?.vars).toEqual({ hours: '600', change: '+50\u00a0%' });
    expect(equipmentTakeaway(growth.equipmentPerQuarter.slice(0, 3), f)).toBeNull();
    expect(equipmentTakeaway(growth.equipmentPerQuarter.map((q) => ({ ...q, hours: 0 })), f)?.key).toBe('growth.equipment.none');
  });

  it('counts start-ups created and still alive', () => {
    expect(startupsTakeaway(startupSeries(growth), f)?.vars).toEqual({ created: '25', from: '2021', alive: '24', share: '96\u00a0%' });
    expect(startupsTakeaway([], f)).toBeNull();
  });
});
