import type { Dataset } from './dataset';

/**
 * The dataset crosses from its worker to the page in pieces of a few hundred rows: the page
 * deserialises each message in its own task, so none is long enough to hold up a paint or a click
 * (one 4 MB message would be one long task on the main thread, what the worker is there to avoid).
 */
const ROWS_PER_MESSAGE = 400;

type Collection = { [K in keyof Dataset]: Dataset[K] extends readonly unknown[] ? K : never }[keyof Dataset];

export type DatasetMessage =
  | { kind: 'rows'; key: Collection; rows: unknown[] }
  | { kind: 'done'; today: string; seed: number; scale: number; saved: boolean }
  | { kind: 'error'; message: string };

const COLLECTIONS = [
  'users', 'partners', 'contacts', 'interactions', 'tasks', 'opportunities', 'contracts', 'equipment',
  'maintenance', 'bookings', 'startups', 'academicPartners', 'events', 'taxPledges', 'yearlyFigures',
] as const satisfies readonly Collection[];

/** Posts `dataset` as `rows` messages then one `done` (`saved`: it came from the browser's copy). */
export function postDataset(post: (m: DatasetMessage) => void, dataset: Dataset, saved: boolean): void {
  for (const key of COLLECTIONS) {
    const all: readonly unknown[] = dataset[key];
    for (let i = 0; i < all.length; i += ROWS_PER_MESSAGE) post({ kind: 'rows', key, rows: all.slice(i, i + ROWS_PER_MESSAGE) });
  }
  post({ kind: 'done', today: dataset.today, seed: dataset.seed, scale: dataset.scale, saved });
}

/** Puts the pieces back together; `receive` resolves with the dataset once `done` arrives. */
export function datasetReceiver(): { receive: (m: DatasetMessage) => void; dataset: Promise<{ dataset: Dataset; saved: boolean }> } {
  const parts = Object.fromEntries(COLLECTIONS.map((key) => [key, [] as unknown[]])) as Record<Collection, unknown[]>;
  let resolve!: (v: { dataset: Dataset; saved: boolean }) => void;
  let reject!: (e: Error) => void;
  const dataset = new Promise<{ dataset: Dataset; saved: boolean }>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  const receive = (m: DatasetMessage) => {
    if (m.kind === 'rows') {
      const into = parts[m.key];
      for (const row of m.rows) into.push(row);
    } else if (m.kind === 'done') {
      // The generator's key order: the same JSON as the dataset that was sent.
      resolve({ dataset: { today: m.today, seed: m.seed, scale: m.scale, ...(parts as unknown as Omit<Dataset, 'today' | 'seed' | 'scale'>) }, saved: m.saved });
    } else {
      reject(new Error(m.message));
    }
  };
  return { receive, dataset };
}
