import type { CollisionDetection, KeyboardCoordinateGetter } from '@dnd-kit/core';

/**
 * Columns stand side by side, so what a card is over is decided by x alone: a short column still
 * takes a card dropped below its last one.
 */
export const columnUnderPointer: CollisionDetection = ({ droppableContainers, droppableRects, collisionRect, pointerCoordinates }) => {
  const x = pointerCoordinates?.x ?? collisionRect.left + collisionRect.width / 2;
  for (const container of droppableContainers) {
    const rect = droppableRects.get(container.id);
    if (rect && x >= rect.left && x <= rect.left + rect.width) return [{ id: container.id, data: { droppableContainer: container, value: 0 } }];
  }
  return [];
};

/** ← and → jump a held card to the previous or next column (the default moves it by 25 px). */
export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, { currentCoordinates, context }) => {
  if (event.code !== 'ArrowRight' && event.code !== 'ArrowLeft') return undefined;
  const { collisionRect, droppableRects } = context;
  if (!collisionRect) return undefined;
  event.preventDefault();
  const rects = [...droppableRects.values()].sort((a, b) => a.left - b.left);
  const center = collisionRect.left + collisionRect.width / 2;
  let index = rects.findIndex((r) => center >= r.left && center <= r.left + r.width);
  if (index === -1) index = rects.findIndex((r) => r.left > center) - 1;
  const target = rects[index + (event.code === 'ArrowRight' ? 1 : -1)];
  if (!target) return currentCoordinates;
  return { x: currentCoordinates.x + (target.left + target.width / 2 - center), y: currentCoordinates.y };
};
