import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUDGET_GZIP, budgetProblems, bundleSizes } from '../../bench/bundle-size.mjs';
import type { RouteSizes } from '../../bench/bundle-size.mjs';

/**
 * The first-load budget, guarded in `npm test` (issue 7): sizes are stable from one machine to the
 * next, so they are checked here; times vary and stay in `npm run bench`. The app is built into a
 * folder of its own, so that a `dist/` being served or measured elsewhere is left alone.
 */

let dist = '';
let rows: RouteSizes[] = [];

beforeAll(() => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelles-size-'));
  // A production build: the test runner's NODE_ENV=test would bring React's development build.
  execFileSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'error'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production' },
  });
  rows = bundleSizes(dist).rows;
}, 300_000);

afterAll(() => {
  if (dist) fs.rmSync(dist, { recursive: true, force: true });
});

describe('first-load budget', () => {
  it('keeps the first load of / (the app’s own JavaScript) within 130 KB gzip, without chart code', () => {
    const home = rows.find((r) => r.route === '/');
    expect(home, 'the overview route is in the build').toBeDefined();
    expect(budgetProblems(rows)).toEqual([]);
    expect(home!.js.gz).toBeLessThanOrEqual(BUDGET_GZIP);
  });

  it('measures every route of the app', () => {
    expect(rows.map((r) => r.route)).toEqual(expect.arrayContaining(['/', '/partners', '/partners/:id', '/territory', '/equipment/:id']));
    for (const r of rows) expect(r.js.gz, r.route).toBeGreaterThan(10 * 1024);
  });

  it('names what breaks the budget when the first load grows or takes chart code', () => {
    const home = rows.find((r) => r.route === '/')!;
    const over = { ...home, js: { ...home.js, gz: BUDGET_GZIP + 1 } };
    expect(budgetProblems([over])).toEqual([expect.stringMatching(/^first load of \/ is 130\.0 KB gzip, over the 130\.0 KB budget$/)]);
    const withCharts = { ...home, js: { ...home.js, gz: BUDGET_GZIP }, heavy: ['assets/BarChart.js'] };
    expect(budgetProblems([withCharts])).toEqual([expect.stringContaining('carries chart or map code: assets/BarChart.js')]);
  });
});
