import { useEffect } from 'react';
import type { RefObject } from 'react';

/**
 * A card that changes column is a new element: the menu button that had focus disappears with the
 * old one. The mover asks for focus here, and the card's button takes it back wherever it lands,
 * so that a keyboard user keeps their place.
 */
const requests = new Set<string>();

export function requestFocusAfterMove(id: string) {
  requests.add(id);
  // A request nobody honoured (the card left the filtered view) must not steal focus later.
  setTimeout(() => requests.delete(id), 3000);
}

export function useFocusAfterMove(id: string, stage: string, ref: RefObject<HTMLElement | null>) {
  useEffect(() => {
    if (!requests.has(id)) return;
    requests.delete(id);
    ref.current?.focus();
  }, [id, stage, ref]);
}

export function focusMoveTrigger(id: string) {
  document.querySelector<HTMLElement>(`[data-move-trigger="${CSS.escape(id)}"]`)?.focus();
}
