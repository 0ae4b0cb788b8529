import { describe, expect, it } from 'vitest';
import { survivalByCohort, survivalRateAt } from '@/domain/survival';
import type { StartupLife } from '@/domain/survival';
import { formatEuros, formatNumber, formatPercent } from '@/lib/format';
import { translate } from '@/lib/i18n';
import type { I18n } from '@/lib/i18n';
import { startupCsvColumns } from '@/features/incubator/lib/csv-columns';
import { bySector, incubatorFigures, isUndisclosed, startupsPerYear } from '@/features/incubator/lib/startup-series';
import { ALL_KEY, axisFloor, groupCohorts, rateTicks, pooledRate, survivalSeries } from '@/features/incubator/lib/survival-series';
import { perYearTakeaway, sectorTakeaway, survivalTakeaway } from '@/features/incubator/lib/takeaways';
import type { StartupRow } from '@/contract/api';
import '@/locales/labels';

const fr: Pick<I18n, 't' | 'number' | 'percent' | 'euros'> = {
  t: (k, v) => translate('fr', k, v),
  number: (v, d) => formatNumber('fr', v, d),
  percent: (v, d) => formatPercent('fr', v, d),
  euros: (v, c) => formatEuros('fr', v, c),
};
const nbsp = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

/** n start-ups founded in `year`, `closedAfter` of them closed after that many years. */
function cohort(year: number, n: number, closed: { after: number; count: number }[] = []): StartupLife[] {
  const out: StartupLife[] = [];
  for (const c of closed) for (let i = 0; i < c.count; i++) out.push({ foundedYear: year, status: 'closed', closedYear: year + c.after });
  while (out.length < n) out.push({ foundedYear: year, status: out.length % 7 === 0 ? 'acquired' : 'active', closedYear: null });
  return out;
}

describe('survival series', () => {
  const startups = [
    ...cohort(1985, 2),
    ...cohort(1992, 3, [{ after: 2, count: 1 }]),
    ...cohort(2005, 10, [{ after: 4, count: 2 }]),
    ...cohort(2008, 5, [{ after: 7, count: 1 }]),
    ...cohort(2015, 20, [{ after: 3, count: 3 }]),
    ...cohort(2022, 8, [{ after: 1, count: 1 }]),
  ];
  const cohorts = survivalByCohort(startups, 2026, 10);

  it('groups the small early cohorts together, then by decade', () => {
    expect(groupCohorts(cohorts).map((g) => [g.from, g.to])).toEqual([
      [1985, 1992],
      [2005, 2008],
      [2015, 2015],
      [2022, 2022],
    ]);
  });

  it('pools cohorts weighted by size: the same figure as the domain’s pooled rate', () => {
    for (const n of [1, 3, 5, 8]) {
      expect(pooledRate(cohorts, n)).toBeCloseTo(survivalRateAt(startups, n, 2026)!, 4);
    }
    // 2005 (10, 2 closed after 4 years) and 2008 (5, 1 after 7): at 5 years 13 of 15.
    expect(pooledRate(groupCohorts(cohorts)[1]!.cohorts, 5)).toBeCloseTo(13 / 15, 4);
  });

  it('gives one row per year after founding, with null where no cohort is old enough', () => {
    const { rows, series } = survivalSeries(cohorts);
    expect(series.map((s) => s.label ?? s.key)).toEqual([ALL_KEY, '1985–1992', '2005–2008', '2015', '2022']);
    expect(rows.map((r) => r.years)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(rows[4]!.g3).toBeNull(); // the 2022 cohort is 4 years old in 2026
    expect(rows[3]!.g3).toBeCloseTo(7 / 8, 4);
    // Closed after exactly 3 years: they lasted 3 years, not 4.
    expect(rows[2]!.g2).toBe(1);
    expect(rows[3]!.g2).toBeCloseTo(17 / 20, 4);
  });

  it('leaves out a group with nothing to draw and keeps the axis low enough for every line', () => {
    const young = survivalByCohort(cohort(2026, 4), 2026, 10);
    expect(survivalSeries(young)).toEqual({ rows: [], series: [] });
    expect(axisFloor([{ years: 1, all: 0.93 }], [0.72, 0.88])).toBe(0.6);
    expect(rateTicks(0.6)).toEqual([0.6, 0.7, 0.8, 0.9, 1]);
    expect(axisFloor([{ years: 1, all: 0.2 }], [0.72])).toBe(0.1);
  });
});

describe('start-up series', () => {
  const rows = [
    { foundedYear: 2010, status: 'active', sector: 'sante', jobs: 12, fundsRaised: 2_000_000 },
    { foundedYear: 2010, status: 'closed', sector: 'sante', jobs: 0, fundsRaised: 0 },
    { foundedYear: 2013, status: 'acquired', sector: 'numerique-ia', jobs: 30, fundsRaised: 500_000 },
  ] as const;

  it('counts each founding year, gaps included, acquired ones as alive', () => {
    expect(startupsPerYear(rows)).toEqual([
      { year: 2010, created: 2, alive: 1, closed: 1 },
      { year: 2011, created: 0, alive: 0, closed: 0 },
      { year: 2012, created: 0, alive: 0, closed: 0 },
      { year: 2013, created: 1, alive: 1, closed: 0 },
    ]);
    expect(startupsPerYear([])).toEqual([]);
  });

  it('sums jobs and funds by sector, largest first', () => {
    expect(bySector(rows, 'jobs').map((r) => [r.sector, r.jobs])).toEqual([['numerique-ia', 30], ['sante', 12]]);
    expect(bySector(rows, 'funds').map((r) => [r.sector, r.funds, r.startups])).toEqual([['sante', 2_000_000, 2], ['numerique-ia', 500_000, 1]]);
  });

  it('computes the key figures', () => {
    expect(incubatorFigures(rows)).toEqual({ created: 3, alive: 2, aliveShare: 2 / 3, jobs: 42, funds: 2_500_000, firstYear: 2010 });
    expect(incubatorFigures([]).aliveShare).toBeNull();
  });

  it('treats a 0 of a real company as unknown, and a 0 of a demo one as 0', () => {
    expect(isUndisclosed({ synthetic: false }, 0)).toBe(true);
    expect(isUndisclosed({ synthetic: true }, 0)).toBe(false);
    expect(isUndisclosed({ synthetic: false }, 3)).toBe(false);
  });
});

describe('takeaways', () => {
  it('says the survival at 5 years against the benchmark, in points', () => {
    expect(survivalTakeaway(fr, 0.8807, 0.72)).toBe('88 % des start-up encore en activité 5 ans après leur création, contre 72 % pour les incubateurs d’écoles (+16 points).'.replace(/ %/g, '\u00a0%'));
    expect(nbsp(survivalTakeaway(fr, 0.65, 0.72))).toContain('(−7 points)');
    expect(survivalTakeaway(fr, null, 0.72)).toBe('Aucune cohorte n’a encore 5 ans pour ces critères.');
  });

  it('sums the start-ups founded and alive', () => {
    const rows = [
      { year: 1984, created: 2, alive: 2, closed: 0 },
      { year: 1985, created: 8, alive: 6, closed: 2 },
    ];
    expect(nbsp(perYearTakeaway(fr, rows)!)).toBe('10 start-up créées de 1984 à 1985, dont 8 encore en activité aujourd’hui (80 %).');
    expect(perYearTakeaway(fr, [])).toBeUndefined();
  });

  it('names the leading sector and its share', () => {
    const rows = [
      { sector: 'sante' as const, startups: 3, jobs: 30, funds: 1_500_000 },
      { sector: 'nucleaire' as const, startups: 1, jobs: 10, funds: 500_000 },
    ];
    expect(nbsp(sectorTakeaway(fr, rows, 'jobs')!)).toBe('Santé regroupe 75 % des emplois déclarés (30 sur 40).');
    expect(nbsp(sectorTakeaway(fr, rows, 'funds')!)).toBe('Santé a levé 1,5 M €, soit 75 % des fonds déclarés.');
    expect(sectorTakeaway(fr, rows.map((r) => ({ ...r, funds: 0 })), 'funds')).toBe('Aucun montant déclaré pour ces critères.');
  });
});

describe('start-ups CSV', () => {
  it('exports unknown figures of real companies empty, not 0', () => {
    const columns = startupCsvColumns({
      header: (k) => k,
      sector: (c) => c,
      department: (c) => c,
      status: (s) => s.status,
      link: (l) => l,
      yes: 'oui',
      no: 'non',
    });
    const real = { synthetic: false, jobs: 0, fundsRaised: 0 } as StartupRow;
    const demo = { synthetic: true, jobs: 0, fundsRaised: 0 } as StartupRow;
    const jobs = columns.find((c) => c.header === 'jobs')!;
    expect(jobs.value(real)).toBeNull();
    expect(jobs.value(demo)).toBe(0);
    expect(columns.find((c) => c.header === 'synthetic')!.value(demo)).toBe('oui');
  });
});
