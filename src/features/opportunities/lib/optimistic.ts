import type { OpportunityRow } from '@/contract/api';
import type { Page } from '@/contract/primitives';
import type { OpportunityStage } from '@/contract/reference';
import { isClosedStage } from './pipeline';

/**
 * Optimistic moves in the cached pages: the card changes stage at once (and the column totals
 * with it, since they are computed from the rows), and the exact previous fields are kept so that
 * a refused move puts back only this card, whatever else moved meanwhile.
 */

export type StageFields = Pick<OpportunityRow, 'stage' | 'closeReason' | 'closedAt' | 'version'>;

export function stageFields(row: OpportunityRow): StageFields {
  return { stage: row.stage, closeReason: row.closeReason, closedAt: row.closedAt, version: row.version };
}

/** What the server will answer for a move, guessed: closed stages get today's date and the reason. */
export function movedFields(row: OpportunityRow, stage: OpportunityStage, closeReason: string | undefined, today: string): StageFields {
  const closed = isClosedStage(stage);
  return {
    stage,
    closeReason: closed ? (closeReason ?? row.closeReason) : null,
    closedAt: closed ? (isClosedStage(row.stage) && row.closedAt ? row.closedAt : today) : null,
    version: row.version,
  };
}

export function patchRowInPage(page: Page<OpportunityRow>, id: string, fields: Partial<OpportunityRow>): Page<OpportunityRow> {
  if (!page.items.some((r) => r.id === id)) return page;
  return { ...page, items: page.items.map((r) => (r.id === id ? { ...r, ...fields } : r)) };
}

/** The server's answer replaces the guess (new version, its closedAt). */
export function replaceRowInPage(page: Page<OpportunityRow>, row: OpportunityRow): Page<OpportunityRow> {
  return patchRowInPage(page, row.id, row);
}

export function findRow(pages: readonly (Page<OpportunityRow> | undefined)[], id: string): OpportunityRow | undefined {
  for (const page of pages) {
    const row = page?.items.find((r) => r.id === id);
    if (row) return row;
  }
  return undefined;
}
