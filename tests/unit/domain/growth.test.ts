import { describe, expect, it } from 'vitest';
import { growthRate, share, targetBand } from '../../../src/domain/growth';

describe('growthRate', () => {
  it('is the relative change', () => {
    expect(growthRate(1500, 1400)).toBeCloseTo(0.0714285714, 8);
    expect(growthRate(1400, 1400)).toBe(0);
    expect(growthRate(700, 1400)).toBe(-0.5);
  });

  it('is null without a base to compare with', () => {
    expect(growthRate(1400, 0)).toBeNull();
    expect(growthRate(1400, null)).toBeNull();
    expect(growthRate(1400, undefined)).toBeNull();
  });

  it('returns a real 0 and -1, not null, for a current value of 0', () => {
    expect(growthRate(0, 10)).toBe(-1);
  });
});

describe('targetBand', () => {
  it('gives the head-counts for +20% and +30% of 2022–23', () => {
    expect(targetBand(1400)).toEqual({ low: 1680, high: 1820 });
  });

  it('rounds up to whole students', () => {
    // 1401 × 1.2 = 1681.2 and 1401 × 1.3 = 1821.3.
    expect(targetBand(1401)).toEqual({ low: 1682, high: 1822 });
  });

  it('is not pushed up a student by floating-point error', () => {
    // 100 × 1.1 and 90 × 1.1 come out as 110.00000000000001 and 99.00000000000001.
    expect(100 * (1 + 0.1)).toBeGreaterThan(110);
    expect(targetBand(100, 0.1, 0.3)).toEqual({ low: 110, high: 130 });
    expect(90 * (1 + 0.1)).toBeGreaterThan(99);
    expect(targetBand(90, 0.1).low).toBe(99);
  });

  it('takes other bounds', () => {
    expect(targetBand(1000, 0.1, 0.5)).toEqual({ low: 1100, high: 1500 });
    expect(targetBand(0)).toEqual({ low: 0, high: 0 });
  });
});

describe('share', () => {
  it('divides the part by the whole', () => {
    expect(share(420, 1400)).toBe(0.3);
    expect(share(0, 10)).toBe(0);
  });

  it('is 0 for an empty whole', () => {
    expect(share(0, 0)).toBe(0);
    expect(share(5, 0)).toBe(0);
  });
});
