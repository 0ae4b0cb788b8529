import type { FieldMessage } from './references';

/**
 * How a deal is closed: won or lost with a reason (which the pipeline review reads), dated the day
 * it moved there; moving it back to an open stage clears both. Types are structural: an Opportunity
 * fits them.
 */

type Close<S extends string> = { stage: S; closeReason: string | null; closedAt: string | null };

export const isClosedStage = (stage: string): boolean => stage === 'won' || stage === 'lost';

export function closeReasonErrors(stage: string, reason: string | null): FieldMessage[] {
  if (!isClosedStage(stage) || (reason ?? '').trim()) return [];
  return [{ field: 'closeReason', message: stage === 'won' ? 'Indiquez pourquoi l’opportunité est gagnée' : 'Indiquez pourquoi l’opportunité est perdue' }];
}

/** A new deal: closed today if it is created won or lost. */
export function newDealClose(input: { stage: string; closeReason: string | null }, today: string): { closedAt: string | null; errors: FieldMessage[] } {
  return { closedAt: isClosedStage(input.stage) ? today : null, errors: closeReasonErrors(input.stage, input.closeReason) };
}

/**
 * The close after a change: the reason is checked only when the stage or the reason changes (an old
 * deal closed without one stays editable), and the close date moves only when the stage does.
 */
export function changedDealClose<S extends string>(
  current: Close<S>,
  changes: { stage?: S | undefined; closeReason?: string | null | undefined },
  today: string,
): Close<S> & { errors: FieldMessage[] } {
  const stage = changes.stage ?? current.stage;
  const stageChanged = stage !== current.stage;
  const closeReason = changes.closeReason !== undefined ? changes.closeReason : stageChanged && !isClosedStage(stage) ? null : current.closeReason;
  const errors = stageChanged || changes.closeReason !== undefined ? closeReasonErrors(stage, closeReason) : [];
  const closedAt = !isClosedStage(stage) ? null : stageChanged ? today : current.closedAt;
  return { stage, closeReason, closedAt, errors };
}
