import type { MessageKey } from '@/lib/i18n';
import { inputToIso } from './paris-time';

/**
 * The booking and maintenance forms as plain drafts (what the fields hold, in Paris wall-clock
 * time) with their checks: each error is a message key, shown next to its field.
 */
export interface BookingDraft {
  partner: { id: string; name: string } | null;
  /** datetime-local values, "2026-11-30T09:00". */
  start: string;
  end: string;
  purpose: string;
}

export const EMPTY_BOOKING: BookingDraft = { partner: null, start: '', end: '', purpose: '' };

export type DraftErrors<F extends string> = Partial<Record<F, { key: MessageKey; vars?: Record<string, number> }>>;

export const PURPOSE_MAX = 500;
export const REASON_MAX = 200;

function checkSlot(start: string, end: string): DraftErrors<'start' | 'end'> {
  const errors: DraftErrors<'start' | 'end'> = {};
  const s = inputToIso(start);
  const e = inputToIso(end);
  if (!s) errors.start = { key: 'equipment.error.start' };
  if (!e) errors.end = { key: 'equipment.error.end' };
  else if (s && Date.parse(e) <= Date.parse(s)) errors.end = { key: 'equipment.error.order' };
  return errors;
}

export function validateBooking(d: BookingDraft): DraftErrors<'partner' | 'start' | 'end' | 'purpose'> {
  const errors: DraftErrors<'partner' | 'start' | 'end' | 'purpose'> = { ...checkSlot(d.start, d.end) };
  if (!d.partner) errors.partner = { key: 'equipment.error.company' };
  if (!d.purpose.trim()) errors.purpose = { key: 'equipment.error.purpose' };
  else if (d.purpose.trim().length > PURPOSE_MAX) errors.purpose = { key: 'equipment.error.tooLong', vars: { max: PURPOSE_MAX } };
  return errors;
}

/** The API's body, once the draft is valid. */
export function bookingInput(equipmentId: string, d: BookingDraft) {
  return { equipmentId, partnerId: d.partner!.id, start: inputToIso(d.start)!, end: inputToIso(d.end)!, purpose: d.purpose.trim() };
}

export interface MaintenanceDraft {
  reason: string;
  start: string;
  end: string;
}

export const EMPTY_MAINTENANCE: MaintenanceDraft = { reason: '', start: '', end: '' };

export function validateMaintenance(d: MaintenanceDraft): DraftErrors<'reason' | 'start' | 'end'> {
  const errors: DraftErrors<'reason' | 'start' | 'end'> = { ...checkSlot(d.start, d.end) };
  if (!d.reason.trim()) errors.reason = { key: 'equipment.error.reason' };
  else if (d.reason.trim().length > REASON_MAX) errors.reason = { key: 'equipment.error.tooLong', vars: { max: REASON_MAX } };
  return errors;
}

export function maintenanceInput(d: MaintenanceDraft) {
  return { reason: d.reason.trim(), start: inputToIso(d.start)!, end: inputToIso(d.end)! };
}

export const hasErrors = (errors: object): boolean => Object.keys(errors).length > 0;
