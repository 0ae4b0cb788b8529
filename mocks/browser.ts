import { setupWorker } from 'msw/browser';
import { toIsoDate } from '../src/domain/dates';
import { generateDataset } from './data/generator';
import { handlers } from './handlers/index';
import { setLatency } from './store/config';
import { idbPersistence } from './store/persist-idb';
import { configureStore, flushPersisted, resetStore, loadDataset } from './store/store';

/** The in-browser demo API: the handlers in a service worker, over data kept in IndexedDB. */

const DEFAULT_LATENCY_MS = 250;
const LATENCY_KEY = 'passerelles.latency';
/** Benchmarks run the demo on 10,000 or 100,000 companies: localStorage['passerelles.scale'] = '10'. */
const SCALE_KEY = 'passerelles.scale';

function scaleFromStorage(): number {
  try {
    const n = Number(localStorage.getItem(SCALE_KEY) ?? '1');
    return Number.isFinite(n) && n > 0 && n <= 100 ? n : 1;
  } catch {
    return 1;
  }
}

function latencyFromStorage(): number | null {
  try {
    const raw = localStorage.getItem(LATENCY_KEY);
    const ms = raw === null ? NaN : Number(raw);
    return Number.isFinite(ms) && ms >= 0 ? ms : null;
  } catch {
    return null;
  }
}

export async function startDemoApi(opts: { latencyMs?: number } = {}): Promise<void> {
  const scale = scaleFromStorage();
  // A scaled dataset is for measuring: it is generated afresh and never saved over the demo.
  const persistence = scale === 1 ? idbPersistence() : null;
  // In the browser the demo lives in the present: "today" is the real date, not the tests' fixed one.
  const today = toIsoDate(new Date());
  configureStore({ generator: { today, scale }, persistence });

  const saved = persistence ? await persistence.load().catch(() => null) : null;
  if (saved) {
    // Kept edits survive a new day; only the date moves on.
    saved.today = today;
    loadDataset(saved);
  } else {
    // Generated once and used as is: the tests' cached pristine copy (and its deep clone) would
    // only cost the first visit time here.
    resetStore(generateDataset({ today, scale }));
  }

  setLatency(latencyFromStorage() ?? opts.latencyMs ?? DEFAULT_LATENCY_MS);
  addEventListener('pagehide', () => void flushPersisted());

  const worker = setupWorker(...handlers);
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
