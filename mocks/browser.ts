import { setupWorker } from 'msw/browser';
import { requestDemoDataset } from './data/dataset-request';
import type { DemoDataset } from './data/dataset-request';
import { handlers } from './handlers/index';
import { setLatency } from './store/config';
import { idbPersistence } from './store/persist-idb';
import { configureStore, flushPersisted, resetStore, loadDataset } from './store/store';

/** The in-browser demo API: the handlers in a service worker, over data kept in IndexedDB. */

const DEFAULT_LATENCY_MS = 250;
const LATENCY_KEY = 'passerelles.latency';
function latencyFromStorage(): number | null {
  try {
    const raw = localStorage.getItem(LATENCY_KEY);
    const ms = raw === null ? NaN : Number(raw);
    return Number.isFinite(ms) && ms >= 0 ? ms : null;
  } catch {
    return null;
  }
}

/**
 * Starts the demo API over `demo`'s dataset (asked for by main.tsx as the page starts, so that it
 * is made while this code downloads); resolves once requests can be answered.
 */
export async function startDemoApi(demo: DemoDataset = requestDemoDataset(), opts: { latencyMs?: number } = {}): Promise<void> {
  const persistence = demo.persisted ? idbPersistence() : null;
  configureStore({ generator: { today: demo.today, scale: demo.scale }, persistence });
  setLatency(latencyFromStorage() ?? opts.latencyMs ?? DEFAULT_LATENCY_MS);

  // The service worker registers while the dataset is made: neither waits for the other.
  const worker = setupWorker(...handlers);
  const [{ dataset, saved }] = await Promise.all([
    demo.dataset,
    worker.start({
      serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
      onUnhandledRequest: 'bypass',
      quiet: true,
    }),
  ]);
  if (saved) {
    // Kept edits survive a new day; only the date moves on.
    dataset.today = demo.today;
    loadDataset(dataset);
  } else {
    // Generated once and used as is: the tests' cached pristine copy (and its deep clone) would
    // only cost the first visit time here.
    resetStore(dataset);
  }
  addEventListener('pagehide', () => void flushPersisted());
}
