import type { OpportunityRow } from '@/contract/api';
import { OPPORTUNITY_STAGES } from '@/contract/reference';
import type { OpportunityStage } from '@/contract/reference';

/**
 * The kanban's arithmetic: one column per stage in pipeline order (won and lost last), each with
 * its count and € total over every opportunity of the filtered set, not only the cards drawn.
 */

export const CLOSED_STAGES: readonly OpportunityStage[] = ['won', 'lost'];
export const isClosedStage = (stage: OpportunityStage) => stage === 'won' || stage === 'lost';

export interface StageColumn {
  stage: OpportunityStage;
  items: OpportunityRow[];
  count: number;
  total: number;
}

/** Open cards soonest-to-close first (overdue on top); closed cards most recently closed first. */
function compareInColumn(stage: OpportunityStage) {
  if (isClosedStage(stage)) {
    return (a: OpportunityRow, b: OpportunityRow) =>
      (b.closedAt ?? '').localeCompare(a.closedAt ?? '') || b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id);
  }
  return (a: OpportunityRow, b: OpportunityRow) => a.expectedClose.localeCompare(b.expectedClose) || a.id.localeCompare(b.id);
}

export function groupByStage(rows: readonly OpportunityRow[]): StageColumn[] {
  const columns = new Map<OpportunityStage, StageColumn>(OPPORTUNITY_STAGES.map((stage) => [stage, { stage, items: [], count: 0, total: 0 }]));
  for (const row of rows) {
    const column = columns.get(row.stage)!;
    column.items.push(row);
    column.count += 1;
    column.total += row.amount;
  }
  for (const column of columns.values()) column.items.sort(compareInColumn(column.stage));
  return [...columns.values()];
}

export interface PipelineTotals {
  open: { count: number; total: number };
  won: { count: number; total: number };
  lost: { count: number; total: number };
}

export function pipelineTotals(rows: readonly OpportunityRow[]): PipelineTotals {
  const totals: PipelineTotals = { open: { count: 0, total: 0 }, won: { count: 0, total: 0 }, lost: { count: 0, total: 0 } };
  for (const row of rows) {
    const bucket = row.stage === 'won' ? totals.won : row.stage === 'lost' ? totals.lost : totals.open;
    bucket.count += 1;
    bucket.total += row.amount;
  }
  return totals;
}

/** An open opportunity whose expected close date has passed. */
export function isOverdue(row: Pick<OpportunityRow, 'stage' | 'expectedClose'>, today: string): boolean {
  return !isClosedStage(row.stage) && row.expectedClose < today;
}

/** The company tab's order: open ones first (soonest to close), then closed ones (latest first). */
export function openThenClosed(rows: readonly OpportunityRow[]): { open: OpportunityRow[]; closed: OpportunityRow[] } {
  const open = rows.filter((r) => !isClosedStage(r.stage)).sort(compareInColumn('identified'));
  const closed = rows.filter((r) => isClosedStage(r.stage)).sort(compareInColumn('won'));
  return { open, closed };
}
