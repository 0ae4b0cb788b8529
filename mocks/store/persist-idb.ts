import { createStore, del, get, set } from 'idb-keyval';
import type { Dataset } from '../data/dataset';
import { PERSISTED_FORMAT } from './persist';
import type { PersistenceAdapter } from './persist';

/** The browser's copy of the demo data, in its own IndexedDB database (browser only). */

const KEY = 'dataset';
type Saved = { format: number; savedAt: string; dataset: Dataset };

function looksLikeDataset(value: unknown): value is Dataset {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Partial<Record<keyof Dataset, unknown>>;
  return typeof d.today === 'string' && Array.isArray(d.partners) && Array.isArray(d.bookings) && Array.isArray(d.yearlyFigures);
}

export function idbPersistence(dbName = 'passerelles-demo'): PersistenceAdapter {
  const store = createStore(dbName, 'kv');
  return {
    async load() {
      const saved = await get<Saved>(KEY, store);
      if (!saved || saved.format !== PERSISTED_FORMAT || !looksLikeDataset(saved.dataset)) {
        if (saved) await del(KEY, store);
        return null;
      }
      return saved.dataset;
    },
    async save(dataset) {
      const saved: Saved = { format: PERSISTED_FORMAT, savedAt: new Date().toISOString(), dataset };
      await set(KEY, saved, store);
    },
    async clear() {
      await del(KEY, store);
    },
  };
}
