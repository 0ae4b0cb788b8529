import { describe, expect, it } from 'vitest';
import {
  IMT_ALES_PUBLISHED_5Y,
  SCHOOL_INCUBATOR_BENCHMARK_5Y,
  survivalByCohort,
  survivalRateAt,
  survivedYears,
  type StartupLife,
} from '../../../src/domain/survival';

const active = (foundedYear: number): StartupLife => ({ foundedYear, status: 'active', closedYear: null });
const acquired = (foundedYear: number): StartupLife => ({ foundedYear, status: 'acquired', closedYear: null });
const closed = (foundedYear: number, closedYear: number | null): StartupLife => ({ foundedYear, status: 'closed', closedYear });

describe('survivedYears', () => {
  it('counts active and acquired companies as survivors', () => {
    expect(survivedYears(active(2010), 5)).toBe(true);
    expect(survivedYears(acquired(2010), 5)).toBe(true);
    // An acquisition year stored as closedYear does not turn the exit into a failure.
    expect(survivedYears({ foundedYear: 2010, status: 'acquired', closedYear: 2012 }, 5)).toBe(true);
  });

  it('counts a closed company as surviving n years when it closed n or more years after founding', () => {
    expect(survivedYears(closed(2010, 2015), 5)).toBe(true);
    expect(survivedYears(closed(2010, 2014), 5)).toBe(false);
    expect(survivedYears(closed(2010, 2014), 4)).toBe(true);
    expect(survivedYears(closed(2010, 2010), 1)).toBe(false);
  });

  it('does not count a closed company with no known closing year', () => {
    expect(survivedYears(closed(2010, null), 1)).toBe(false);
  });
});

describe('survivalRateAt', () => {
  it('only counts cohorts at least n years old', () => {
    // As of 2022, the 2017 cohort is 5 years old and eligible, the 2018 one is not.
    const startups = [active(2017), closed(2017, 2019), closed(2018, 2019), closed(2018, 2020)];
    expect(survivalRateAt(startups, 5, 2022)).toBe(0.5);
    expect(survivalRateAt(startups, 5, 2023)).toBe(0.25);
  });

  it('is null when nothing is eligible, rather than 0 or NaN', () => {
    expect(survivalRateAt([active(2020), closed(2019, 2020)], 5, 2022)).toBeNull();
    expect(survivalRateAt([], 5, 2022)).toBeNull();
  });

  it('pools companies, so that large cohorts weigh more than small ones', () => {
    // 2010: 1 of 1 alive; 2011: 1 of 3 alive. Pooled 2/4, whereas a mean of cohort rates gives 2/3.
    const startups = [active(2010), active(2011), closed(2011, 2012), closed(2011, 2013)];
    expect(survivalRateAt(startups, 5, 2022)).toBe(0.5);
  });

  it('matches the published 88% on a cohort built to it', () => {
    const startups = [...Array.from({ length: 22 }, () => active(2012)), closed(2012, 2014), closed(2012, 2013), closed(2012, 2016)];
    expect(survivalRateAt(startups, 5, 2022)).toBeCloseTo(IMT_ALES_PUBLISHED_5Y, 10);
  });

  it('exposes the published figure and the benchmark', () => {
    expect(IMT_ALES_PUBLISHED_5Y).toBe(0.88);
    expect(SCHOOL_INCUBATOR_BENCHMARK_5Y).toBe(0.72);
  });
});

describe('survivalByCohort', () => {
  const startups = [
    closed(2019, 2020),
    active(2018),
    closed(2018, 2021),
    acquired(2019),
    active(2019),
    closed(2021, null),
  ];

  it('gives one row per founding year, ascending, with its size', () => {
    const rows = survivalByCohort(startups, 2022, 4);
    expect(rows.map((r) => [r.year, r.size])).toEqual([
      [2018, 2],
      [2019, 3],
      [2021, 1],
    ]);
  });

  it('gives the share alive at each age, null where the cohort is not that old yet', () => {
    const rows = survivalByCohort(startups, 2022, 4);
    expect(rows[0]?.aliveAt).toEqual([1, 1, 1, 0.5]);
    // The 2019 company closed in 2020 lasted one year, not two.
    expect(rows[1]?.aliveAt).toEqual([1, 2 / 3, 2 / 3, null]);
    expect(rows[2]?.aliveAt).toEqual([0, null, null, null]);
  });

  it('has maxYears ages, 10 by default', () => {
    expect(survivalByCohort(startups, 2022)[0]?.aliveAt).toHaveLength(10);
    expect(survivalByCohort(startups, 2040)[0]?.aliveAt.every((v) => v !== null)).toBe(true);
  });

  it('agrees with survivalRateAt for a single cohort', () => {
    const rows = survivalByCohort(startups, 2022, 3);
    expect(rows[1]?.aliveAt[2]).toBe(survivalRateAt(startups.filter((s) => s.foundedYear === 2019), 3, 2022));
  });

  it('is empty for no start-ups', () => {
    expect(survivalByCohort([], 2022)).toEqual([]);
  });
});
