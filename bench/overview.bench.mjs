#!/usr/bin/env node
// The directors' pages, measured (issue 5): time from navigation to every chart of `/` drawn, and
// Lighthouse (desktop preset) on `/` and `/territory`. Run on demand: `node bench/overview.bench.mjs`
// (builds into dist/ if needed; BENCH_RUNS=5 for more runs). Prints a table; never part of npm test.
// bench/run.mjs calls `chartsDrawn()` and `lighthouseOnce()` / `lighthouseRuns()`.
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { benchContext } from './lib-browser.mjs';
import { CHROME_FLAGS, CHROMIUM, ensureBuild, median, p95, serve } from './lib-serve.mjs';

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

/**
 * ms from navigation start until the 7 tiles and the 4 charts of `/` are drawn (or said empty),
 * `runs` times; `session` ({ url, cookie }) for the team server.
 */
export async function chartsDrawn(url, { runs = 5, latency = 0, session = null, browser: shared } = {}) {
  const browser = shared ?? (await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS }));
  const times = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await benchContext(browser, { latency, session });
      const page = await context.newPage();
      await page.goto(`${url}/`);
      times.push(await page.evaluate(() => window.__bench.until(window.__bench.chartsDrawn, 60_000)));
      await context.close();
    }
  } finally {
    if (!shared) await browser.close();
  }
  return times;
}

/** A Chromium for Lighthouse (chrome-launcher: `.port`, `.kill()`). */
export const launchChrome = () => chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });

/** `fn(port)` with a fresh Chromium for Lighthouse, closed afterwards. */
export async function withChrome(fn) {
  const chrome = await launchChrome();
  try {
    return await fn(chrome.port);
  } finally {
    chrome.kill();
  }
}

/**
 * One Lighthouse 12 run, in the Chromium at `port` (a fresh one if not given; Lighthouse opens a
 * new tab and clears the origin's storage and the cache before each run): `preset` 'desktop' (the
 * desktop preset) or 'mobile' (the default configuration: a mid-range phone, simulated
 * throttling). Scores out of 100, times in ms. No full-page screenshot: no score uses it.
 * `headers` go with every request (the team server's session cookie: Lighthouse clears cookies).
 * BENCH_LIGHTHOUSE_JSON=<dir> keeps each full report there (the audits behind a score).
 */
export async function lighthouseOnce(url, { preset = 'desktop', port, headers } = {}) {
  if (port === undefined) return withChrome((p) => lighthouseOnce(url, { preset, port: p, headers }));
  const flags = { port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES, disableFullPageScreenshot: true, ...(headers ? { extraHeaders: headers } : {}) };
  const { lhr } = await lighthouse(url, flags, preset === 'desktop' ? desktopConfig : undefined);
  keepReport(lhr, preset, headers ? 'server' : 'demo');
  const score = (category) => Math.round(lhr.categories[category].score * 100);
  // The audits that cost points in accessibility and best practices: what to fix, named.
  const failing = (category) => lhr.categories[category].auditRefs.filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1).map((ref) => ref.id);
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    fcp: lhr.audits['first-contentful-paint'].numericValue,
    lcp: lhr.audits['largest-contentful-paint'].numericValue,
    tbt: lhr.audits['total-blocking-time'].numericValue,
    cls: lhr.audits['cumulative-layout-shift'].numericValue,
    failing: [...failing('accessibility'), ...failing('best-practices')],
    runtimeError: lhr.runtimeError?.code,
  };
}

let kept = 0;
function keepReport(lhr, preset, mode) {
  const dir = process.env.BENCH_LIGHTHOUSE_JSON;
  if (!dir) return;
  fs.mkdirSync(dir, { recursive: true });
  const route = new URL(lhr.finalDisplayedUrl ?? lhr.requestedUrl).pathname.replace(/\//g, '_') || '_';
  fs.writeFileSync(path.join(dir, `${String(++kept).padStart(3, '0')}-${mode}-${preset}${route}.json`), JSON.stringify(lhr));
}

/** Medians of several runs, and every audit that failed in any of them. */
export function summarizeLighthouse(results) {
  const pick = (k) => median(results.map((r) => r[k]));
  return {
    runs: results.length,
    performance: pick('performance'),
    accessibility: pick('accessibility'),
    bestPractices: pick('bestPractices'),
    fcp: pick('fcp'),
    lcp: pick('lcp'),
    tbt: pick('tbt'),
    cls: pick('cls'),
    failing: [...new Set(results.flatMap((r) => r.failing))],
    errors: [...new Set(results.map((r) => r.runtimeError).filter(Boolean))],
  };
}

export async function lighthouseRuns(url, { runs = 3, preset = 'desktop' } = {}) {
  return withChrome(async (port) => {
    const results = [];
    for (let i = 0; i < runs; i++) results.push(await lighthouseOnce(url, { preset, port }));
    return summarizeLighthouse(results);
  });
}

async function main() {
  const runs = Number(process.env.BENCH_RUNS ?? 3);
  const routes = (process.env.BENCH_ROUTES ?? '/,/territory').split(',');
  const server = await serve(ensureBuild());
  try {
    console.log(`Passerelles — directors' pages, ${new Date().toISOString().slice(0, 10)}, ${runs} runs (medians)\n`);
    for (const latency of [0, 250]) {
      const t = await chartsDrawn(server.url, { runs: Math.max(runs, 5), latency });
      console.log(`/ tiles + 4 charts drawn, demo API latency ${String(latency).padStart(3)} ms: median ${median(t).toFixed(0)} ms, p95 ${p95(t).toFixed(0)} ms (n=${t.length}; bar: < 1 500 ms)`);
    }
    console.log('\nLighthouse 12 desktop preset');
    console.log('route'.padEnd(14), 'perf'.padStart(5), 'a11y'.padStart(5), 'best'.padStart(5), 'FCP ms'.padStart(8), 'LCP ms'.padStart(8), 'TBT ms'.padStart(8), 'CLS'.padStart(7));
    for (const route of routes) {
      const r = await lighthouseRuns(`${server.url}${route}`, { runs });
      console.log(route.padEnd(14), r.performance.toFixed(0).padStart(5), r.accessibility.toFixed(0).padStart(5), r.bestPractices.toFixed(0).padStart(5), r.fcp.toFixed(0).padStart(8), r.lcp.toFixed(0).padStart(8), r.tbt.toFixed(0).padStart(8), r.cls.toFixed(3).padStart(7), r.failing.length ? ` audits below 1: ${r.failing.join(', ')}` : '');
    }
  } finally {
    server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
