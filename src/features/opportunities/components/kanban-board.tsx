import { DndContext, DragOverlay, KeyboardSensor, PointerSensor, useDraggable, useDroppable, useSensor, useSensors } from '@dnd-kit/core';
import type { Announcements, DragEndEvent, DragStartEvent } from '@dnd-kit/core';
import { useMemo, useState } from 'react';
import type { OpportunityRow } from '@/contract/api';
import { OPPORTUNITY_STAGES } from '@/contract/reference';
import type { OpportunityStage } from '@/contract/reference';
import { useI18n } from '@/lib/i18n';
import { useCan } from '@/lib/session';
import { useUsersById } from '@/lib/users';
import { label } from '@/locales/labels';
import { Skeleton } from '@/components/feedback/skeleton';
import { groupByStage } from '../lib/pipeline';
import type { StageColumn } from '../lib/pipeline';
import { columnKeyboardCoordinates, columnUnderPointer } from './kanban-dnd';
import { OpportunityCard } from './opportunity-card';
import { useStageMove } from './use-stage-move';
import '../messages';
import styles from './board.module.css';
import cardStyles from './card.module.css';

/** Cards drawn per column at first; the count and total always cover the whole column. */
export const CARDS_PER_STEP = 12;

type DragData = { row: OpportunityRow };
const rowOf = (data: unknown) => (data as DragData | undefined)?.row;

/** `pinned`: cards to keep in sight wherever they sort (just created on this page). */
export function KanbanBoard({ rows, today, pinned }: { rows: readonly OpportunityRow[]; today: string; pinned?: ReadonlySet<string> }) {
  const { t } = useI18n();
  const columns = useMemo(() => groupByStage(rows), [rows]);
  const { requestMove, pendingIds, movedIds, dialog, liveRegion } = useStageMove();
  const canMove = useCan('crm');
  const pinnedIds = useMemo(() => new Set([...movedIds, ...(pinned ?? [])]), [movedIds, pinned]);
  const [dragged, setDragged] = useState<OpportunityRow | null>(null);
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: columnKeyboardCoordinates }),
  );
  const stageName = (id: unknown) => t(label.opportunityStage(String(id)));
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('opportunities.dnd.start', { title: rowOf(active.data.current)?.title ?? '', stage: stageName(rowOf(active.data.current)?.stage) }),
    onDragOver: ({ active, over }) =>
      over
        ? t('opportunities.dnd.over', { title: rowOf(active.data.current)?.title ?? '', stage: stageName(over.id) })
        : t('opportunities.dnd.outside', { title: rowOf(active.data.current)?.title ?? '' }),
    onDragEnd: ({ active, over }) =>
      over
        ? t('opportunities.dnd.end', { title: rowOf(active.data.current)?.title ?? '', stage: stageName(over.id) })
        : t('opportunities.dnd.endNowhere', { title: rowOf(active.data.current)?.title ?? '' }),
    onDragCancel: ({ active }) => t('opportunities.dnd.cancel', { title: rowOf(active.data.current)?.title ?? '', stage: stageName(rowOf(active.data.current)?.stage) }),
  };

  const onDragStart = ({ active }: DragStartEvent) => setDragged(rowOf(active.data.current) ?? null);
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    setDragged(null);
    const row = rowOf(active.data.current);
    if (row && over && over.id !== row.stage) requestMove(row, over.id as OpportunityStage, { keepFocus: false });
  };

  return (
    <>
      {canMove && <p className={styles.help}>{t('opportunities.board.help')}</p>}
      <DndContext
        sensors={sensors}
        collisionDetection={columnUnderPointer}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('opportunities.dnd.instructions') } }}
        onDragStart={onDragStart}
        onDragEnd={onDragEnd}
        onDragCancel={() => setDragged(null)}
      >
        <div className={styles.board} role="group" aria-label={t('opportunities.board.label')}>
          {columns.map((column) => (
            <Column key={column.stage} column={column} today={today} pendingIds={pendingIds} pinnedIds={pinnedIds} onMove={canMove ? requestMove : undefined} />
          ))}
        </div>
        <DragOverlay dropAnimation={null}>
          {dragged && (
            <div className={`${cardStyles.card} ${cardStyles.overlay}`}>
              <span className={cardStyles.title}>{dragged.title}</span>
              <span>{dragged.partnerName}</span>
            </div>
          )}
        </DragOverlay>
      </DndContext>
      {dialog}
      {liveRegion}
    </>
  );
}

function Column({
  column,
  today,
  pendingIds,
  pinnedIds,
  onMove,
}: {
  column: StageColumn;
  today: string;
  pendingIds: ReadonlySet<string>;
  pinnedIds: ReadonlySet<string>;
  /** Absent for the roles that may not move cards: nothing to drag. */
  onMove: ((row: OpportunityRow, stage: OpportunityStage) => void) | undefined;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const users = useUsersById();
  const [shown, setShown] = useState(CARDS_PER_STEP);
  const { setNodeRef, isOver } = useDroppable({ id: column.stage });
  const headingId = `column-${column.stage}`;
  const visible = useMemo(
    () => [...column.items.filter((r) => pinnedIds.has(r.id)), ...column.items.filter((r) => !pinnedIds.has(r.id)).slice(0, shown)],
    [column.items, pinnedIds, shown],
  );
  const rest = column.count - visible.length;
  return (
    <section ref={setNodeRef} className={styles.column} data-stage={column.stage} data-over={isOver || undefined} aria-labelledby={headingId}>
      <header className={styles.columnHeader}>
        <h2 id={headingId} className={styles.columnTitle}>
          {t(label.opportunityStage(column.stage))}
        </h2>
        <p className={styles.columnSummary}>
          <span aria-hidden="true">{t('opportunities.column.summary', { count: column.count, amount: i18n.euros(column.total) })}</span>
          <span className="visually-hidden">{t('opportunities.column.summaryLong', { count: column.count, amount: i18n.euros(column.total) })}</span>
        </p>
      </header>
      {column.count === 0 ? (
        <p className={styles.columnEmpty}>{t('opportunities.column.empty')}</p>
      ) : (
        <ul className={styles.cards}>
          {visible.map((row) => (
            <DraggableCard key={row.id} row={row} today={today} ownerName={users.get(row.ownerId)?.name} pending={pendingIds.has(row.id)} onMove={onMove} />
          ))}
        </ul>
      )}
      {rest > 0 && (
        <div className={styles.more}>
          <p className={styles.moreCount}>{t('opportunities.column.remaining', { shown: visible.length, count: column.count })}</p>
          <button type="button" className="btn" onClick={() => setShown((n) => n + CARDS_PER_STEP)}>
            {t('opportunities.column.more', { count: Math.min(CARDS_PER_STEP, rest) })}
          </button>
        </div>
      )}
    </section>
  );
}

function DraggableCard({
  row,
  today,
  ownerName,
  pending,
  onMove,
}: {
  row: OpportunityRow;
  today: string;
  ownerName: string | undefined;
  pending: boolean;
  onMove: ((row: OpportunityRow, stage: OpportunityStage) => void) | undefined;
}) {
  const { t } = useI18n();
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({
    id: row.id,
    data: { row } satisfies DragData,
    disabled: pending || !onMove,
    attributes: { roleDescription: t('opportunities.dnd.roleDescription') },
  });
  const handle = onMove && (
    <button type="button" ref={setActivatorNodeRef} className={cardStyles.handle} {...attributes} aria-label={t('opportunities.card.handle', { title: row.title })}>
      <span aria-hidden="true">⠿</span>
    </button>
  );
  // The pointer may grab the card anywhere; the keyboard only through the handle (dnd-kit checks the activator).
  return (
    <li ref={setNodeRef} {...(onMove ? listeners : undefined)} className={isDragging ? cardStyles.dragging : undefined}>
      <OpportunityCard row={row} today={today} ownerName={ownerName} pending={pending} onMove={(stage) => onMove?.(row, stage)} handle={handle} />
    </li>
  );
}

export function KanbanSkeleton() {
  const { t } = useI18n();
  return (
    <div className={styles.board} aria-busy="true">
      <span className="visually-hidden">{t('common.loading')}</span>
      {OPPORTUNITY_STAGES.map((stage) => (
        <div key={stage} className={styles.column} aria-hidden="true">
          <div className={styles.columnHeader}>
            <Skeleton width="7rem" height="1.25rem" />
            <Skeleton width="9rem" height="1rem" />
          </div>
          <div className={styles.cards}>
            {[0, 1, 2].map((i) => (
              <Skeleton key={i} height="9rem" style={{ borderRadius: 'var(--radius)' }} />
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}
