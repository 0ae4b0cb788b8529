import { useMutationState } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import type { OpportunityRow } from '@/contract/api';
import type { OpportunityStage } from '@/contract/reference';
import { useI18n } from '@/lib/i18n';
import { label } from '@/locales/labels';
import { MOVE_KEY, useMoveOpportunity } from '../api';
import type { MoveVariables } from '../api';
import { isClosedStage } from '../lib/pipeline';
import { CloseReasonDialog } from './close-reason-dialog';
import { requestFocusAfterMove } from './focus-after-move';
import '../messages';

/**
 * One way to move a card, shared by the kanban (menu and drag), the table and the company tab:
 * closing stages ask for a reason first, the move is optimistic, and what happened is announced.
 */
export function useStageMove() {
  const { t } = useI18n();
  const move = useMoveOpportunity();
  const [asking, setAsking] = useState<{ row: OpportunityRow; stage: 'won' | 'lost'; keepFocus: boolean } | null>(null);
  const [status, setStatus] = useState('');
  /** Cards moved in this visit stay on top of their new column, even beyond the cards drawn. */
  const [movedIds, setMovedIds] = useState<ReadonlySet<string>>(() => new Set());
  const pending = useMutationState({
    filters: { mutationKey: MOVE_KEY, status: 'pending' },
    select: (m) => (m.state.variables as MoveVariables | undefined)?.row.id ?? '',
  });
  const pendingIds = useMemo(() => new Set(pending), [pending]);

  const commit = useCallback(
    (row: OpportunityRow, stage: OpportunityStage, closeReason: string | undefined, keepFocus: boolean) => {
      if (keepFocus) requestFocusAfterMove(row.id);
      setMovedIds((ids) => new Set(ids).add(row.id));
      setStatus(t('opportunities.move.done', { title: row.title, stage: t(label.opportunityStage(stage)) }));
      move.mutate({ row, stage, closeReason });
    },
    [move, t],
  );

  /** `keepFocus`: the move came from the card's own controls, so focus follows the card. */
  const requestMove = useCallback(
    (row: OpportunityRow, stage: OpportunityStage, { keepFocus = true }: { keepFocus?: boolean } = {}) => {
      if (row.stage === stage || pendingIds.has(row.id)) return;
      if (isClosedStage(stage)) setAsking({ row, stage, keepFocus });
      else commit(row, stage, undefined, keepFocus);
    },
    [commit, pendingIds],
  );

  const dialog = asking ? (
    <CloseReasonDialog
      key={`${asking.row.id}-${asking.stage}`}
      row={asking.row}
      stage={asking.stage}
      onCancel={() => setAsking(null)}
      onConfirm={(reason) => {
        setAsking(null);
        commit(asking.row, asking.stage, reason, asking.keepFocus);
      }}
    />
  ) : null;

  const liveRegion = (
    <p role="status" className="visually-hidden">
      {status}
    </p>
  );

  return { requestMove, pendingIds, movedIds, dialog, liveRegion };
}
