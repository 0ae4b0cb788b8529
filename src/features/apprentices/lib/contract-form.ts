import type { ContractRow } from '@/contract/api';
import type { ContractInput } from '@/contract/entities';
import type { FieldError } from '@/contract/problem';
import type { Speciality } from '@/contract/reference';
import { ageOn, checkContractRules, contractYearOn, minimumPayPercent } from '@/domain/apprenticeship';
import { addDays, addYears, isIsoDate } from '@/domain/dates';

/** The contract form as typed: strings until it is sent, so nothing typed is ever lost. */
export interface ContractDraft {
  apprenticeFirstName: string;
  apprenticeLastName: string;
  birthDate: string;
  speciality: Speciality | '';
  partner: { id: string; name: string } | null;
  /** '' = no tutor yet. */
  tutorContactId: string;
  start: string;
  end: string;
}
export type DraftField = 'apprenticeFirstName' | 'apprenticeLastName' | 'birthDate' | 'speciality' | 'partnerId' | 'tutorContactId' | 'start' | 'end';
export type DraftErrors = Partial<Record<DraftField, string>>;

/** Contracts start on 1 September (DATA.md): the next one, today included. */
export function nextFirstSeptember(today: string): string {
  const year = Number(today.slice(0, 4));
  const thisYear = `${year}-09-01`;
  return today <= thisYear ? thisYear : `${year + 1}-09-01`;
}

/** The usual 3-year contract: "1 Sept → 31 Aug" three years later. */
export const defaultEnd = (start: string) => addDays(addYears(start, 3), -1);

export function emptyDraft(today: string): ContractDraft {
  const start = nextFirstSeptember(today);
  return { apprenticeFirstName: '', apprenticeLastName: '', birthDate: '', speciality: '', partner: null, tutorContactId: '', start, end: defaultEnd(start) };
}

export function draftFromRow(row: ContractRow): ContractDraft {
  return {
    apprenticeFirstName: row.apprenticeFirstName,
    apprenticeLastName: row.apprenticeLastName,
    birthDate: row.birthDate,
    speciality: row.speciality,
    partner: { id: row.partnerId, name: row.partnerName },
    tutorContactId: row.tutorContactId ?? '',
    start: row.start,
    end: row.end,
  };
}

/** The legal rules (domain), live as people type: one message per field. */
export function ruleErrors(draft: Pick<ContractDraft, 'birthDate' | 'start' | 'end'>): DraftErrors {
  const out: DraftErrors = {};
  for (const issue of checkContractRules(draft)) out[issue.field] ??= issue.message;
  return out;
}

export interface RequiredMessages {
  required: string;
  date: string;
  host: string;
  speciality: string;
}

/** Everything the API needs, checked before sending; the rules come on top (ruleErrors). */
export function requiredErrors(draft: ContractDraft, m: RequiredMessages): DraftErrors {
  const out: DraftErrors = {};
  if (!draft.apprenticeFirstName.trim()) out.apprenticeFirstName = m.required;
  if (!draft.apprenticeLastName.trim()) out.apprenticeLastName = m.required;
  if (!isIsoDate(draft.birthDate)) out.birthDate = m.date;
  if (!draft.speciality) out.speciality = m.speciality;
  if (!draft.partner) out.partnerId = m.host;
  if (!isIsoDate(draft.start)) out.start = m.date;
  if (!isIsoDate(draft.end)) out.end = m.date;
  return out;
}

export function draftToInput(draft: ContractDraft): ContractInput {
  return {
    apprenticeFirstName: draft.apprenticeFirstName.trim(),
    apprenticeLastName: draft.apprenticeLastName.trim(),
    birthDate: draft.birthDate,
    speciality: draft.speciality as Speciality,
    partnerId: draft.partner?.id ?? '',
    tutorContactId: draft.tutorContactId || null,
    start: draft.start,
    end: draft.end,
  };
}

/** Only what changed, so that the API checks again only the rules the edit touches. */
export function changedFields(before: ContractInput, after: ContractInput): Partial<ContractInput> {
  const out: Partial<Record<keyof ContractInput, unknown>> = {};
  for (const key of Object.keys(after) as (keyof ContractInput)[]) if (after[key] !== before[key]) out[key] = after[key];
  return out as Partial<ContractInput>;
}

export function isDraftDirty(a: ContractDraft, b: ContractDraft): boolean {
  return JSON.stringify(a) !== JSON.stringify(b);
}

const SERVER_FIELDS: readonly DraftField[] = ['apprenticeFirstName', 'apprenticeLastName', 'birthDate', 'speciality', 'partnerId', 'tutorContactId', 'start', 'end'];

/** The API's field errors next to their fields; the rest goes to the form's banner. */
export function serverErrors(errors: readonly FieldError[]): { fields: DraftErrors; other: string[] } {
  const fields: DraftErrors = {};
  const other: string[] = [];
  for (const e of errors) {
    const field = SERVER_FIELDS.find((f) => f === e.field);
    if (field) fields[field] ??= e.message;
    else other.push(e.message);
  }
  return { fields, other };
}

export interface PayBand {
  age: number;
  /** % of the SMIC for each year of the contract (1 to 3 entries). */
  percents: number[];
}

/**
 * Minimum pay for the contract by year of execution, at the age at the start (the band people
 * quote when signing); null until both dates are known, or when the age breaks the rules.
 */
export function payBand(birthDate: string, start: string, end: string): PayBand | null {
  if (!isIsoDate(birthDate) || !isIsoDate(start)) return null;
  const age = ageOn(birthDate, start);
  if (age < 16 || age > 29) return null;
  const years = isIsoDate(end) && end > start ? contractYearOn(start, end) : 3;
  const percents = ([1, 2, 3] as const).filter((y) => y <= years).map((y) => minimumPayPercent(age, y));
  return { age, percents };
}
