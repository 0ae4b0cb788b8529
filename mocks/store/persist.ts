import type { Dataset } from '../data/dataset';

/**
 * Where the demo keeps its data between visits. The browser uses IndexedDB (persist-idb.ts); Node
 * tests use none, so every test starts from the generated dataset.
 */
export interface PersistenceAdapter {
  /** The saved dataset, or null when there is none or it was saved in an older format. */
  load(): Promise<Dataset | null>;
  save(dataset: Dataset): Promise<void>;
  clear(): Promise<void>;
}

/** Bump when the Dataset's shape changes: data saved in an older format is discarded on load. */
export const PERSISTED_FORMAT = 1;
