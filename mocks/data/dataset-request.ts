import { toIsoDate } from '../../src/domain/dates';
import type { Dataset } from './dataset';
import type { DatasetRequest } from './dataset-worker';
import { datasetReceiver } from './dataset-transfer';
import type { DatasetMessage } from './dataset-transfer';

/**
 * The demo's dataset, asked for as the page starts (main.tsx), before the demo API's code has even
 * downloaded: a worker (dataset-worker.ts) reads the saved copy or generates the data while the
 * page loads the rest. Small on purpose: it is part of the first load.
 */
export interface DemoDataset {
  /** "Today" in the browser: the demo lives in the present, not on the tests' fixed date. */
  today: string;
  /** Benchmarks run the demo on 10,000 or 100,000 companies: localStorage['passerelles.scale'] = '10'. */
  scale: number;
  /** Only the demo at its own scale is kept between visits; a scaled one is generated afresh. */
  persisted: boolean;
  dataset: Promise<{ dataset: Dataset; saved: boolean }>;
}

const SCALE_KEY = 'passerelles.scale';

function scaleFromStorage(): number {
  try {
    const n = Number(localStorage.getItem(SCALE_KEY) ?? '1');
    return Number.isFinite(n) && n > 0 && n <= 100 ? n : 1;
  } catch {
    return 1;
  }
}

export function requestDemoDataset(): DemoDataset {
  const today = toIsoDate(new Date());
  const scale = scaleFromStorage();
  const persisted = scale === 1;
  return { today, scale, persisted, dataset: offThread({ options: { today, scale }, persisted }) };
}

/** Made in the worker; should the worker fail, made on this thread as before. */
async function offThread(request: DatasetRequest): Promise<{ dataset: Dataset; saved: boolean }> {
  let worker: Worker | null = null;
  try {
    worker = new Worker(new URL('./dataset-worker.ts', import.meta.url), { type: 'module', name: 'passerelles-demo-data' });
    const { receive, dataset } = datasetReceiver();
    worker.onmessage = (e: MessageEvent<DatasetMessage>) => receive(e.data);
    worker.onerror = (e) => receive({ kind: 'error', message: e.message || 'dataset worker failed' });
    worker.postMessage(request);
    return await dataset;
  } catch {
    const [{ generateDataset }, { idbPersistence }] = await Promise.all([import('./generator'), import('../store/persist-idb')]);
    const saved = request.persisted ? await idbPersistence().load().catch(() => null) : null;
    return { dataset: saved ?? generateDataset(request.options), saved: saved !== null };
  } finally {
    worker?.terminate();
  }
}
