/**
 * Rules of French apprenticeship contracts (DATA.md): age 16–29 at the start, 6 months to 3 years,
 * minimum pay as a share of the SMIC by age band and year of execution.
 */
import { addDays, addMonths, addYears, formatFrDate, isIsoDate } from './dates';

export const MIN_APPRENTICE_AGE = 16;
export const MAX_APPRENTICE_AGE = 29;
export const MIN_CONTRACT_MONTHS = 6;
export const MAX_CONTRACT_YEARS = 3;

/**
 * Whole years from birthDate to on. Someone born on Feb 29 gains a year on Mar 1 in common years,
 * the usual reading of "years completed"; negative before birth.
 */
export function ageOn(birthDate: string, on: string): number {
  assertDate(birthDate);
  assertDate(on);
  const [by, bm, bd] = splitDate(birthDate);
  const [oy, om, od] = splitDate(on);
  const birthdayPassed = om > bm || (om === bm && od >= bd);
  return oy - by - (birthdayPassed ? 0 : 1);
}

export type ContractRuleIssue = {
  field: 'birthDate' | 'start' | 'end';
  code: 'age-too-young' | 'age-too-old' | 'too-short' | 'too-long' | 'end-before-start';
  message: string;
};

const DURATION_RULE = "Un contrat d'apprentissage dure de 6 mois à 3 ans.";

/**
 * Every rule the contract breaks, in a stable order (dates, then age). A rule whose dates are
 * missing or malformed is skipped: the form's own field validation reports those.
 */
export function checkContractRules(input: { birthDate: string; start: string; end: string }): ContractRuleIssue[] {
  const { birthDate, start, end } = input;
  const issues: ContractRuleIssue[] = [];

  if (isIsoDate(start) && isIsoDate(end)) {
    // End dates are written both ways: "1 Sept → 31 Aug" (last day worked) and "1 Sept → 1 Sept"
    // (anniversary). Both readings are accepted at each bound, so the shortest contract ends the
    // day before the 6-month anniversary and the longest on the 3-year anniversary.
    const earliestEnd = addDays(addMonths(start, MIN_CONTRACT_MONTHS), -1);
    const latestEnd = addYears(start, MAX_CONTRACT_YEARS);
    if (end <= start) {
      issues.push({ field: 'end', code: 'end-before-start', message: 'La date de fin doit être postérieure à la date de début.' });
    } else if (end < earliestEnd) {
      issues.push({ field: 'end', code: 'too-short', message: `${DURATION_RULE} Fin au plus tôt le ${formatFrDate(earliestEnd)}.` });
    } else if (end > latestEnd) {
      issues.push({ field: 'end', code: 'too-long', message: `${DURATION_RULE} Fin au plus tard le ${formatFrDate(latestEnd)}.` });
    }
  }

  if (isIsoDate(birthDate) && isIsoDate(start)) {
    const age = ageOn(birthDate, start);
    if (age < MIN_APPRENTICE_AGE || age > MAX_APPRENTICE_AGE) {
      issues.push({
        field: 'birthDate',
        code: age < MIN_APPRENTICE_AGE ? 'age-too-young' : 'age-too-old',
        message: `L'apprenti·e doit avoir entre ${MIN_APPRENTICE_AGE} et ${MAX_APPRENTICE_AGE} ans au début du contrat (${age} ans le ${formatFrDate(start)}).`,
      });
    }
  }

  return issues;
}

/** Year of execution of the contract on that date: 1 in its first twelve months, at most 3. */
export function contractYearOn(start: string, on: string): 1 | 2 | 3 {
  const elapsed = ageOn(start, on);
  if (elapsed >= 2) return 3;
  if (elapsed === 1) return 2;
  return 1;
}

const PAY_TABLE: Record<1 | 2 | 3, readonly [number, number, number, number]> = {
  1: [27, 43, 53, 100],
  2: [39, 51, 61, 100],
  3: [55, 67, 78, 100],
};

/** Minimum pay as a % of the SMIC; age bands <18, 18–20, 21–25, 26+. */
export function minimumPayPercent(age: number, contractYear: 1 | 2 | 3): number {
  const [under18, from18, from21, from26] = PAY_TABLE[contractYear];
  if (age < 18) return under18;
  if (age < 21) return from18;
  if (age < 26) return from21;
  return from26;
}

type ContractDates = { start: string; end: string; brokenOffOn: string | null };

/** Active from start to end inclusive; the day of a break-off is no longer worked. */
export function isContractActiveOn(c: ContractDates, on: string): boolean {
  return c.start <= on && on <= c.end && (c.brokenOffOn === null || on < c.brokenOffOn);
}

/**
 * Status as it stood on that date. A contract not started yet counts as 'active' (it is signed);
 * a break-off dated after the end never took effect, so such a contract reads 'completed'.
 */
export function contractStatusOn(c: ContractDates, on: string): 'active' | 'completed' | 'broken-off' {
  if (c.brokenOffOn !== null && c.brokenOffOn <= c.end && on >= c.brokenOffOn) return 'broken-off';
  if (on > c.end) return 'completed';
  return 'active';
}

/** Census date at which an academic year's apprentices are counted: 1 October of its first year. */
export function apprenticeCensusDate(year: number): string {
  return `${year}-10-01`;
}

/** Alias kept for callers that know the census date by this name. */
export const APPRENTICE_COUNT_DATE = apprenticeCensusDate;

function assertDate(s: string): void {
  if (!isIsoDate(s)) throw new RangeError(`Not an ISO calendar date (YYYY-MM-DD): "${s}"`);
}

function splitDate(s: string): [number, number, number] {
  return [Number(s.slice(0, 4)), Number(s.slice(5, 7)), Number(s.slice(8, 10))];
}
