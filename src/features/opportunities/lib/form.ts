import { OpportunityInput } from '@/contract/entities';
import type { FieldError } from '@/contract/problem';
import type { OpportunityKind, OpportunityStage } from '@/contract/reference';
import { validate } from '@/contract/messages-fr';
import { isClosedStage } from './pipeline';

/** What the "Nouvelle opportunité" form holds: text as typed, so nothing is lost or reformatted. */
export interface OpportunityDraft {
  partner: { id: string; name: string } | null;
  title: string;
  kind: OpportunityKind | '';
  amount: string;
  stage: OpportunityStage;
  ownerId: string;
  expectedClose: string;
  closeReason: string;
}

export type DraftField = 'partnerId' | 'title' | 'kind' | 'amount' | 'stage' | 'ownerId' | 'expectedClose' | 'closeReason';
export type DraftErrors = Partial<Record<DraftField, string>>;

export function emptyDraft({ partner = null, ownerId = '', expectedClose = '' }: Partial<Pick<OpportunityDraft, 'partner' | 'ownerId' | 'expectedClose'>> = {}): OpportunityDraft {
  return { partner, title: '', kind: '', amount: '', stage: 'identified', ownerId, expectedClose, closeReason: '' };
}

/** "45 000", "45000", "12 500,50" or "1.5e3" typed by a French user → euros; null when unreadable. */
export function parseAmount(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f€]/g, '').replace(',', '.');
  if (!/^\d+(\.\d{1,2})?$/.test(compact)) return null;
  return Number(compact);
}

export function isDraftDirty(draft: OpportunityDraft, initial: OpportunityDraft): boolean {
  return (Object.keys(draft) as (keyof OpportunityDraft)[]).some((k) => JSON.stringify(draft[k]) !== JSON.stringify(initial[k]));
}

export interface DraftMessages {
  partnerRequired: string;
  kindRequired: string;
  amountInvalid: string;
  reasonRequired: string;
}

/** The contract's own validation (French messages), plus what only the form can say. */
export function draftToInput(draft: OpportunityDraft, messages: DraftMessages): { ok: true; input: OpportunityInput } | { ok: false; errors: DraftErrors } {
  const amount = draft.amount.trim() === '' ? undefined : parseAmount(draft.amount);
  const closed = isClosedStage(draft.stage);
  const candidate = {
    partnerId: draft.partner?.id ?? '',
    title: draft.title,
    kind: draft.kind || undefined,
    amount: amount ?? undefined,
    stage: draft.stage,
    ownerId: draft.ownerId,
    expectedClose: draft.expectedClose || undefined,
    closeReason: closed ? draft.closeReason.trim() || null : null,
  };
  const result = validate(OpportunityInput, candidate);
  const errors: DraftErrors = result.ok ? {} : errorsByField(result.errors);
  if (!draft.partner) errors.partnerId = messages.partnerRequired;
  // The contract's message would list the codes; a person needs to be told to choose.
  if (!draft.kind) errors.kind = messages.kindRequired;
  if (amount === null) errors.amount = messages.amountInvalid;
  if (closed && !draft.closeReason.trim()) errors.closeReason = messages.reasonRequired;
  if (result.ok && Object.keys(errors).length === 0) return { ok: true, input: result.data };
  return { ok: false, errors };
}

/** Problem details (400/422) and local checks speak the same per-field language. */
export function errorsByField(fieldErrors: readonly FieldError[]): DraftErrors {
  const out: DraftErrors = {};
  for (const { field, message } of fieldErrors) {
    const key = field.split('.')[0] as DraftField;
    out[key] ??= message;
  }
  return out;
}
