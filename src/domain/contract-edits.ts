import { checkContractRules, contractStatusOn } from './apprenticeship';
import { academicYearOf } from './dates';
import { definedFields } from './patch';
import type { FieldMessage } from './references';

/**
 * Writing an apprenticeship contract: the legal rules of ./apprenticeship, a tutor who works at the
 * host company, and what follows from the dates (cohort, status) — never stored as typed. Types are
 * structural: a ContractInput or an ApprenticeshipContract fits them.
 */

/** What the rules read of a contract. */
export interface ContractDraft {
  birthDate: string;
  start: string;
  end: string;
  partnerId: string;
  tutorContactId: string | null;
}
type Dates = { start: string; end: string; brokenOffOn: string | null };
type Status = ReturnType<typeof contractStatusOn>;

export const TUTOR_ELSEWHERE = 'Le tuteur doit être un contact de l’entreprise d’accueil';

/** Which rules to check again: all of them for a new contract, only those a change touches otherwise. */
export interface ContractChecks {
  dates: boolean;
  tutor: boolean;
}

/**
 * The legal rules (dates, age) and the tutor's company; `tutorPartnerId` is the company of the
 * contact named as tutor (undefined when there is no such contact).
 */
export function contractRuleErrors(c: ContractDraft, tutorPartnerId: string | undefined, check: ContractChecks = { dates: true, tutor: true }): FieldMessage[] {
  const errors: FieldMessage[] = [];
  if (check.dates) errors.push(...checkContractRules(c).map(({ field, message }) => ({ field, message })));
  if (check.tutor && c.tutorContactId !== null && tutorPartnerId !== c.partnerId) errors.push({ field: 'tutorContactId', message: TUTOR_ELSEWHERE });
  return errors;
}

/** What the dates decide: the cohort (academic year of the start) and the status as of today. */
export function contractFigures(c: Dates, today: string): { cohortYear: number; status: Status } {
  return { cohortYear: academicYearOf(c.start), status: contractStatusOn(c, today) };
}

type Stored = ContractDraft & Dates & { cohortYear: number; status: Status };
/** A change: any typed field, a status, a break-off date. */
type ContractPatch<C extends Stored> = { [K in keyof C]?: C[K] | undefined } & { status?: Status | undefined; brokenOffOn?: string | null | undefined };

/**
 * The contract after a change, and which rules to check again (an old record is not refused for an
 * unrelated edit). Breaking a contract off dates it today unless a date is given; any other status
 * clears the break.
 */
export function patchedContract<C extends Stored>(current: C, patch: ContractPatch<C>, today: string): { next: C; check: ContractChecks; errors: FieldMessage[] } {
  const { status, brokenOffOn, ...changes } = patch;
  const merged: C = { ...current, ...definedFields(changes) };
  merged.brokenOffOn =
    brokenOffOn !== undefined ? brokenOffOn : status === 'broken-off' ? (current.brokenOffOn ?? today) : status ? null : current.brokenOffOn;
  const check = {
    dates: changes.birthDate !== undefined || changes.start !== undefined || changes.end !== undefined,
    tutor: changes.tutorContactId !== undefined || changes.partnerId !== undefined,
  };
  const errors: FieldMessage[] = [];
  if (merged.brokenOffOn !== null && merged.brokenOffOn < merged.start) {
    errors.push({ field: 'brokenOffOn', message: 'La rupture ne peut pas précéder le début du contrat' });
  }
  return { next: { ...merged, ...contractFigures(merged, today) }, check, errors };
}
