import type { AcademicPartner } from '@/contract/entities';
import type { FieldError } from '@/contract/problem';
import { isIsoDate } from '@/domain/dates';

/** The "edit a partnership" form: what is typed, its checks, and the patch it sends. */

export interface PartnershipDraft {
  renewalDate: string;
  doubleDegree: boolean;
  field: string;
  active: boolean;
}
export type DraftField = keyof PartnershipDraft;
export type DraftErrors = Partial<Record<DraftField, string>>;

export const FIELD_MAX = 120;

export function draftOf(p: AcademicPartner): PartnershipDraft {
  return { renewalDate: p.renewalDate, doubleDegree: p.doubleDegree, field: p.field, active: p.active };
}

export interface DraftMessages {
  renewalRequired: string;
  renewalInvalid: string;
  renewalBeforeSince: string;
  fieldRequired: string;
  fieldTooLong: (length: number) => string;
}

export function validateDraft(d: PartnershipDraft, since: number, m: DraftMessages): DraftErrors {
  const errors: DraftErrors = {};
  if (!d.renewalDate) errors.renewalDate = m.renewalRequired;
  else if (!isIsoDate(d.renewalDate)) errors.renewalDate = m.renewalInvalid;
  // An agreement is renewed after it starts; a date before its first year is a typo.
  else if (Number(d.renewalDate.slice(0, 4)) < since) errors.renewalDate = m.renewalBeforeSince;
  const field = d.field.trim();
  if (!field) errors.field = m.fieldRequired;
  else if (field.length > FIELD_MAX) errors.field = m.fieldTooLong(field.length);
  return errors;
}

export type PartnershipPatch = Partial<PartnershipDraft> & { version: number };

/** Only what changed goes, with the version it was based on (a stale one is refused: 409). */
export function patchOf(d: PartnershipDraft, base: PartnershipDraft, version: number): PartnershipPatch {
  const patch: PartnershipPatch = { version };
  if (d.renewalDate !== base.renewalDate) patch.renewalDate = d.renewalDate;
  if (d.doubleDegree !== base.doubleDegree) patch.doubleDegree = d.doubleDegree;
  if (d.field.trim() !== base.field) patch.field = d.field.trim();
  if (d.active !== base.active) patch.active = d.active;
  return patch;
}

export const isDirty = (d: PartnershipDraft, base: PartnershipDraft) => Object.keys(patchOf(d, base, 0)).length > 1;

const FIELDS: readonly DraftField[] = ['renewalDate', 'doubleDegree', 'field', 'active'];

/** The server's per-field reasons next to their fields; others (or none) in the form's banner. */
export function serverErrors(errors: readonly FieldError[]): { byField: DraftErrors; other: string[] } {
  const byField: DraftErrors = {};
  const other: string[] = [];
  for (const e of errors) {
    if ((FIELDS as readonly string[]).includes(e.field)) byField[e.field as DraftField] ??= e.message;
    else other.push(e.message);
  }
  return { byField, other };
}
