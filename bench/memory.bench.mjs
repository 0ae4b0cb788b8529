#!/usr/bin/env node
// JS heap after visiting every view twice inside the app (no reload, as a person clicks around): a
// leak shows as growth between the first and the second pass. Heap measured after forced garbage
// collections (CDP), so only what is still referenced counts. The demo API's dataset lives in the
// same heap: it is in every figure, and should not grow.
//   node bench/memory.bench.mjs              (BENCH_MEMORY_SCALE=1: 1,000 companies)
// bench/run.mjs calls `measureMemory()`.
import { chromium } from '@playwright/test';
import { APP_ROUTES, appNavigate, benchContext, demoIds, heapAfterGc, routePath, viewLoaded } from './lib-browser.mjs';
import { CHROME_FLAGS, CHROMIUM, ensureBuild, serve } from './lib-serve.mjs';

/**
 * Heap (bytes) once `/` is shown, after pass 1 and after pass 2 over `paths`; `slow` lists the views
 * that did not finish loading within the wait (measured anyway).
 */
export async function measureMemory(browser, base, paths, { scale = 1 } = {}) {
  const context = await benchContext(browser, { scale });
  const slow = new Set();
  try {
    const page = await context.newPage();
    await page.goto(`${base}/`);
    await viewLoaded(page, '/');
    const start = await heapAfterGc(page);
    const passes = [];
    for (let pass = 0; pass < 2; pass++) {
      for (const path of paths) {
        await appNavigate(page, path);
        await viewLoaded(page, path, 30_000).catch(() => slow.add(path));
      }
      // Back where it started, so both passes end on the same view.
      await appNavigate(page, '/');
      await viewLoaded(page, '/', 30_000).catch(() => slow.add('/'));
      passes.push(await heapAfterGc(page));
    }
    return { scale, views: paths.length, start, pass1: passes[0], pass2: passes[1], growth: passes[1] - passes[0], slow: [...slow] };
  } finally {
    await context.close();
  }
}

async function main() {
  const server = await serve(ensureBuild());
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS });
  try {
    const ids = await demoIds(browser, server.url);
    const r = await measureMemory(browser, server.url, APP_ROUTES.map((route) => routePath(route, ids)), { scale: Number(process.env.BENCH_MEMORY_SCALE ?? 1) });
    const mb = (n) => `${(n / 2 ** 20).toFixed(1)} MB`;
    console.log(`JS heap, ${r.views} views visited twice (${r.scale * 1000} companies): on / ${mb(r.start)}, after pass 1 ${mb(r.pass1)}, after pass 2 ${mb(r.pass2)} — growth ${mb(r.growth)}`);
    if (r.slow.length) console.log(`views not fully loaded within 30 s: ${r.slow.join(', ')}`);
  } finally {
    await browser.close();
    server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
