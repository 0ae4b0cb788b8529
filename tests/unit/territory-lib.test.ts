import { describe, expect, it } from 'vitest';
import '@/features/territory/messages';
import '@/locales/labels';
import { DEPARTMENT_CODES, SECTORS } from '@/contract/reference';
import type { DepartmentCode, RelationshipKind, Sector } from '@/contract/reference';
import type { TerritoryStats } from '@/contract/stats';
import { translate } from '@/lib/i18n';
import type { MessageKey, Vars } from '@/lib/i18n';
import { classBreaks, classOf, classRange, classStrength, scaleColour } from '@/features/territory/lib/classes';
import { buildSankey, sankeyRows } from '@/features/territory/lib/flows';
import { departmentLink } from '@/features/territory/lib/layers';
import { buildMatrix } from '@/features/territory/lib/matrix';
import { flowTakeaway, mapTakeaway, matrixTakeaway } from '@/features/territory/lib/takeaways';
import { academicYears } from '@/features/territory/lib/years';

const say = {
  t: (key: MessageKey, vars?: Vars) => translate('fr', key, vars),
  percent: (v: number) => new Intl.NumberFormat('fr-FR', { style: 'percent' }).format(v),
};
const fr = (s: string) => s.replace(/\u202f|\u00a0/g, ' ');
const byDepartment = (counts: Partial<Record<DepartmentCode, number>>): TerritoryStats['byDepartment'] =>
  DEPARTMENT_CODES.map((department) => ({ department, count: counts[department] ?? 0 }));
const flow = (department: DepartmentCode, sector: Sector, kind: RelationshipKind, count: number) => ({ department, sector, kind, count });

describe('colour classes', () => {
  it('cuts skewed counts into quantile classes of whole numbers, without gaps', () => {
    const values = [0, 1, 2, 3, 4, 5, 8, 9, 10, 12, 40, 80, 350];
    const classes = classBreaks(values, 5);
    expect(classes[0]!.min).toBe(0);
    expect(classes[classes.length - 1]!.max).toBe(350);
    for (let i = 1; i < classes.length; i++) expect(classes[i]!.min).toBe(classes[i - 1]!.max + 1);
    // The Gard's 350 does not flatten everybody else into one class.
    expect(new Set(values.slice(0, 10).map((v) => classOf(v, classes))).size).toBeGreaterThanOrEqual(3);
    expect(classOf(350, classes)).toBe(classes.length - 1);
  });

  it('never makes empty classes, and copes with equal or no values', () => {
    expect(classBreaks([3, 3, 3, 3])).toEqual([{ min: 3, max: 3 }]);
    expect(classBreaks([0, 0, 0, 7])).toEqual([
      { min: 0, max: 0 },
      { min: 1, max: 7 },
    ]);
    expect(classBreaks([])).toEqual([]);
  });

  it('spreads the strength from light to strong and writes fr-FR ranges', () => {
    expect([0, 1, 2, 3, 4].map((i) => classStrength(i, 5, 12, 100))).toEqual([12, 34, 56, 78, 100]);
    expect(classStrength(0, 1, 12, 100)).toBe(100);
    expect(scaleColour(40)).toBe('color-mix(in oklab, var(--chart-1) 40%, var(--color-surface-2))');
    const number = (v: number) => new Intl.NumberFormat('fr-FR').format(v);
    expect(fr(classRange({ min: 1200, max: 1500 }, number))).toBe('1 200–1 500');
    expect(classRange({ min: 8, max: 8 }, number)).toBe('8');
  });
});

describe('takeaways', () => {
  it('says where most are and how many are outside Occitanie', () => {
    const rows = byDepartment({ '30': 35, '34': 25, '31': 20, HO: 20 });
    expect(fr(mapTakeaway(rows, 'partners', say)!)).toBe('35 % des entreprises partenaires sont dans le Gard ; 20 % sont hors Occitanie.');
    expect(fr(mapTakeaway(byDepartment({ '34': 3, '65': 1 }), 'apprentices', say)!)).toBe('75 % des apprentis sont dans l’Hérault.');
    expect(mapTakeaway(byDepartment({}), 'partners', say)).toBeUndefined();
  });

  it('names the sector with the most links and its first department', () => {
    const matrix: TerritoryStats['matrix'] = [
      { sector: 'nucleaire', department: '30', count: 64 },
      { sector: 'nucleaire', department: '34', count: 10 },
      { sector: 'sante', department: '34', count: 50 },
    ];
    expect(matrixTakeaway(matrix, 'partners', (s) => translate('fr', `sector.${s}` as MessageKey), say)).toBe('Nucléaire : 74 entreprises partenaires, dont 64 dans le Gard.');
  });
});

describe('flows', () => {
  const names = {
    department: (c: string) => `D${c}`,
    sector: (c: string) => `S:${c}`,
    kind: (c: string) => `K:${c}`,
    otherDepartments: 'Autres départements',
    otherSectors: 'Autres secteurs',
  };

  it('keeps the largest departments and sectors, groups the rest, and conserves every link', () => {
    const flows = [
      flow('30', 'nucleaire', 'apprentices', 50),
      flow('30', 'sante', 'events', 10),
      flow('34', 'sante', 'apprentices', 30),
      flow('31', 'hydrogene', 'tax', 5),
      flow('81', 'materiaux', 'research', 3),
      flow('HO', 'construction', 'equipment', 2),
    ];
    const model = buildSankey(flows, names, { departments: 2, sectors: 2 });
    expect(model.departments.map((d) => [d.name, d.value])).toEqual([
      ['D30', 60],
      ['D34', 30],
      ['Autres départements', 10],
    ]);
    expect(model.sectors.map((s) => [s.name, s.value])).toEqual([
      ['S:nucleaire', 50],
      ['S:sante', 40],
      ['Autres secteurs', 10],
    ]);
    expect(model.kinds.map((k) => k.code)).toEqual(['apprentices', 'events', 'tax', 'research', 'equipment']);
    expect(model.total).toBe(100);
    // What enters a sector leaves it.
    for (const s of model.sectors) {
      const index = model.nodes.indexOf(s);
      const inflow = model.links.filter((l) => l.target === index).reduce((n, l) => n + l.value, 0);
      const outflow = model.links.filter((l) => l.source === index).reduce((n, l) => n + l.value, 0);
      expect(inflow).toBe(outflow);
    }
    expect(sankeyRows(model)).toContainEqual({ from: 'Autres départements', to: 'Autres secteurs', value: 10 });
    expect(fr(flowTakeaway(model, say)!)).toBe('Relation la plus fréquente : K:apprentices (80 % des liens) ; 60 % des liens sont dans le Gard.');
  });

  it('does not group a single department into "Autres"', () => {
    const model = buildSankey([flow('30', 'sante', 'tax', 3), flow('34', 'sante', 'tax', 2), flow('48', 'sante', 'tax', 1)], names, { departments: 2 });
    expect(model.departments.map((d) => d.name)).toEqual(['D30', 'D34', 'D48']);
    expect(buildSankey([], names).total).toBe(0);
    expect(flowTakeaway(buildSankey([], names), say)).toBeUndefined();
  });
});

describe('heat map', () => {
  it('has a row per sector, the 14 columns and the totals, or only the filtered sectors', () => {
    const matrix = SECTORS.flatMap((sector) => DEPARTMENT_CODES.map((department) => ({ sector, department, count: sector === 'nucleaire' && department === '30' ? 7 : department === 'HO' ? 1 : 0 })));
    const all = buildMatrix(matrix);
    expect(all.rows).toHaveLength(10);
    expect(all.rows.find((r) => r.sector === 'nucleaire')!.total).toBe(8);
    expect(all.columnTotals['30']).toBe(7);
    expect(all.columnTotals.HO).toBe(10);
    expect(all.total).toBe(17);
    const one = buildMatrix(matrix, ['nucleaire']);
    expect(one.rows.map((r) => r.sector)).toEqual(['nucleaire']);
    expect(one.total).toBe(8);
  });
});

describe('links and years', () => {
  it('opens the list that explains each measure, with the sector filter', () => {
    expect(departmentLink('partners', '30', [])).toBe('/partners?department=30');
    expect(departmentLink('partners', '30', ['nucleaire'])).toBe('/partners?sector=nucleaire&department=30');
    expect(departmentLink('apprentices', '34', [])).toBe('/apprentices?department=34');
    expect(departmentLink('startups', 'HO', [])).toBe('/incubator?department=HO');
    expect(departmentLink('bookings', '30', [])).toBe('/partners?department=30&kind=equipment');
  });

  it('lists the academic years up to today’s, newest first', () => {
    expect(academicYears('2026-11-26').slice(0, 2)).toEqual([2026, 2025]);
    expect(academicYears('2026-06-30')[0]).toBe(2025);
    expect(academicYears('2026-11-26').at(-1)).toBe(2015);
  });
});
