import type { Dataset, GeneratorOptions } from '../data/dataset';
import { generateDataset } from '../data/generator';
import { Store } from './database';
import type { PersistenceAdapter } from './persist';

/**
 * The one store the handlers read. Tests call resetStore() before each test: the generated dataset
 * is built once per options and deep-cloned, and a store nobody wrote to is kept as it is, so a
 * reset costs nothing after read-only tests.
 */

let options: GeneratorOptions = {};
let pristine: { key: string; dataset: Dataset } | null = null;
let current: Store | null = null;
let currentIsPristine = false;
let persistence: PersistenceAdapter | null = null;
/** True while a write is not yet in the saved copy. */
let dirty = false;
let saving: Promise<void> | null = null;

/** Chooses the generator options of the default dataset (the browser passes today's real date) and the persistence. */
export function configureStore(config: { generator?: GeneratorOptions; persistence?: PersistenceAdapter | null }): void {
  if (config.generator) options = { ...config.generator };
  if (config.persistence !== undefined) persistence = config.persistence;
  if (current) current.onWrite = scheduleSave;
}

function pristineDataset(): Dataset {
  const key = JSON.stringify(options);
  if (pristine?.key !== key) pristine = { key, dataset: generateDataset(options) };
  return pristine.dataset;
}

function attach(store: Store, isPristine: boolean): Store {
  cancelSave();
  store.onWrite = scheduleSave;
  current = store;
  currentIsPristine = isPristine;
  return store;
}

export function getStore(): Store {
  return current ?? resetStore();
}

/**
 * Back to the generated dataset (or to `dataset`, used as given), and the saved copy is dropped.
 * A later write saves the new state again.
 */
export function resetStore(dataset?: Dataset): Store {
  if (persistence) void persistence.clear().catch(() => undefined);
  if (dataset) return attach(new Store(dataset), false);
  if (current && currentIsPristine && current.writes === 0) {
    cancelSave();
    return current;
  }
  return attach(new Store(structuredClone(pristineDataset())), true);
}

/** Starts from a dataset loaded from persistence, without clearing what was saved. */
export function loadDataset(dataset: Dataset): Store {
  return attach(new Store(dataset), false);
}

/** Waits for the saved copy to be dropped (the demo-reset endpoint answers once it is gone). */
export async function clearPersisted(): Promise<void> {
  cancelSave();
  await whenSaved();
  await persistence?.clear();
}

function cancelSave(): void {
  dirty = false;
}

/**
 * Write-through, coalesced: a write starts a save at once; writes made while it runs are saved
 * together right after. Mutating requests answer only once their write is saved (see
 * handlers/http.ts), so a reload right after a success never loses it.
 */
function scheduleSave(store: Store): void {
  if (!persistence) return;
  dirty = true;
  if (saving) return;
  const adapter = persistence;
  saving = (async () => {
    while (dirty) {
      dirty = false;
      await adapter.save(store.data).catch(() => undefined);
    }
  })().finally(() => {
    saving = null;
  });
}

/** Resolves once every write made so far is in the saved copy. */
export function whenSaved(): Promise<void> {
  return saving ?? Promise.resolve();
}

/** Saves now whatever is pending (page hide / unload). */
export async function flushPersisted(): Promise<void> {
  await whenSaved();
}
