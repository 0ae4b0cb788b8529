import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../mocks/data/generator';
import { datasetReceiver, postDataset } from '../../mocks/data/dataset-transfer';
import type { DatasetMessage } from '../../mocks/data/dataset-transfer';

describe('the demo dataset sent from its worker in pieces', () => {
  it('arrives identical to what was generated, in messages of a few hundred rows', async () => {
    const dataset = generateDataset({ scale: 0.2 });
    const messages: DatasetMessage[] = [];
    // Through structuredClone, as postMessage copies it.
    postDataset((m) => messages.push(structuredClone(m)), dataset, false);
    const { receive, dataset: received } = datasetReceiver();
    for (const m of messages) receive(m);
    const { dataset: copy, saved } = await received;
    expect(saved).toBe(false);
    expect(JSON.stringify(copy)).toBe(JSON.stringify(dataset));
    expect(Math.max(...messages.map((m) => (m.kind === 'rows' ? m.rows.length : 0)))).toBeLessThanOrEqual(400);
  });

  it('fails with the worker’s message when the worker fails', async () => {
    const { receive, dataset } = datasetReceiver();
    receive({ kind: 'error', message: 'quota exceeded' });
    await expect(dataset).rejects.toThrow('quota exceeded');
  });
});
