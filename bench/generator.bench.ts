import { bench, describe } from 'vitest';
import { generateDataset } from '../mocks/data/generator';

/**
 * Time to build the demo dataset at 1,000, 10,000 and 100,000 companies. Budgets on a 2-core
 * machine: scale 1 < 1 s (the in-browser demo builds it on first load), scale 100 < 20 s.
 *
 *   npx vitest bench --run bench/generator.bench.ts --config vite.config.ts
 */
describe('generateDataset', () => {
  bench('scale 1 (1,000 companies)', () => {
    generateDataset({ scale: 1 });
  }, { time: 2_000, warmupIterations: 2 });

  bench('scale 10 (10,000 companies)', () => {
    generateDataset({ scale: 10 });
  }, { iterations: 5, time: 0, warmupIterations: 1, warmupTime: 0 });

  // One run is several seconds: a couple of samples is enough to see a regression.
  bench('scale 100 (100,000 companies)', () => {
    generateDataset({ scale: 100 });
  }, { iterations: 2, time: 0, warmupIterations: 0, warmupTime: 0 });
});
