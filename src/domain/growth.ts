/** Relative change; null when there is no base to compare with (a first year, or zero). */
export function growthRate(current: number, previous: number | null | undefined): number | null {
  if (previous === null || previous === undefined || previous === 0) return null;
  return (current - previous) / previous;
}

/**
 * Head-counts for the national target of training 20–30% more engineers (DATA.md). Rounded up,
 * because 1,680.4 students do not meet a target of 1,680.4: it takes 1,681. A result within a
 * hair of a whole number is that number, so that binary floating point (100 × 1.3 =
 * 130.00000000000003) does not add a student.
 */
export function targetBand(baseStudents: number, low = 0.2, high = 0.3): { low: number; high: number } {
  const needed = (rate: number) => {
    const exact = baseStudents * (1 + rate);
    const whole = Math.round(exact);
    return Math.abs(exact - whole) < 1e-9 ? whole : Math.ceil(exact);
  };
  return { low: needed(low), high: needed(high) };
}

/** 0 rather than NaN for an empty whole, so that charts and percentages never show "NaN %". */
export function share(part: number, whole: number): number {
  return whole === 0 ? 0 : part / whole;
}
