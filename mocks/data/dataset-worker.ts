/// <reference lib="webworker" />
import { idbPersistence } from '../store/persist-idb';
import type { Dataset, GeneratorOptions } from './dataset';
import { generateDataset } from './generator';
import { postDataset } from './dataset-transfer';

/**
 * The demo's dataset, made off the page's main thread: read from the browser's saved copy when
 * there is one, generated otherwise, then posted back in small pieces (dataset-transfer.ts). The
 * page keeps painting and answering meanwhile: generating 1,000 companies is a few hundred
 * milliseconds of script on a laptop, several times that on a phone.
 */
export interface DatasetRequest {
  options: GeneratorOptions;
  /** Read the saved copy first (the demo at its own scale; a scaled one is never saved). */
  persisted: boolean;
}

const scope = self as unknown as DedicatedWorkerGlobalScope;

scope.onmessage = async (event: MessageEvent<DatasetRequest>) => {
  const { options, persisted } = event.data;
  try {
    const saved: Dataset | null = persisted ? await idbPersistence().load().catch(() => null) : null;
    postDataset((m) => scope.postMessage(m), saved ?? generateDataset(options), saved !== null);
  } catch (error) {
    scope.postMessage({ kind: 'error', message: String(error) });
  }
};
