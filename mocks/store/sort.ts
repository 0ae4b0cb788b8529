/**
 * The list sort moved to src/domain/sort (the server sorts its small lists with it too); re-exported
 * here for the handlers that still import it from the store.
 */
export { frCollator, sortRows } from '../../src/domain/sort';
export type { Order, SortKey } from '../../src/domain/sort';
