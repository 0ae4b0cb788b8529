import { academicYearOf } from '@/domain/dates';

/** "2022–25": the cohort's first year and the year its contract ends, as the school writes it. */
export function cohortSpan(c: { cohortYear: number; end: string }): string {
  const endYear = Number(c.end.slice(0, 4));
  if (endYear <= c.cohortYear) return String(c.cohortYear);
  return `${c.cohortYear}–${String(endYear % 100).padStart(2, '0')}`;
}

/** Today as the person in front of the screen sees it (their calendar day). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export const currentAcademicYear = (now: Date = new Date()) => academicYearOf(todayIso(now));

/** Cohorts people can pick: from the first (2008) to next September's. */
export const FIRST_COHORT = 2008;
export function cohortChoices(current: number): number[] {
  return Array.from({ length: current + 2 - FIRST_COHORT }, (_, i) => FIRST_COHORT + i);
}
