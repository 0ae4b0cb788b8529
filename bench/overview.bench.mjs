#!/usr/bin/env node
// The directors' pages, measured (issue 5): time from navigation to every chart of `/` drawn, and
// Lighthouse (desktop preset) on `/` and `/territory`. Run on demand: `node bench/overview.bench.mjs`
// (builds into dist/ if needed; BENCH_RUNS=5 for more runs). Prints a table; never part of npm test.
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import * as chromeLauncher from 'chrome-launcher';
import { CHROME_FLAGS, CHROMIUM, ensureBuild, median, p95, serve } from './lib-serve.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const ROUTES = (process.env.BENCH_ROUTES ?? '/,/territory').split(',');

/** ms from navigation start until the 7 tiles and the 4 charts of `/` are drawn (or said empty). */
async function chartsDrawn(url, latency) {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS });
  const times = [];
  try {
    for (let i = 0; i < Math.max(RUNS, 5); i++) {
      const context = await browser.newContext({ viewport: { width: 1366, height: 900 }, reducedMotion: 'reduce' });
      await context.addInitScript((ms) => localStorage.setItem('passerelles.latency', String(ms)), latency);
      const page = await context.newPage();
      await page.goto(`${url}/`);
      const ms = await page.evaluate(
        () =>
          new Promise((resolve) => {
            const done = () => {
              const figures = [...document.querySelectorAll('figure')];
              const drawn = figures.filter((f) => f.querySelector('.recharts-wrapper > .recharts-surface .recharts-layer') || f.textContent.includes('Aucune donnée'));
              const tiles = document.querySelectorAll('[aria-labelledby="kpi-title"] li:not([aria-hidden])').length;
              return figures.length === 4 && drawn.length === 4 && tiles === 7;
            };
            const tick = () => (done() ? resolve(performance.now()) : requestAnimationFrame(tick));
            tick();
          }),
      );
      times.push(ms);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return times;
}

async function lighthouseRuns(url) {
  const results = [];
  for (let i = 0; i < RUNS; i++) {
    const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: CHROME_FLAGS });
    try {
      const r = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices'] }, desktopConfig);
      const lhr = r.lhr;
      results.push({
        performance: lhr.categories.performance.score * 100,
        accessibility: lhr.categories.accessibility.score * 100,
        bestPractices: lhr.categories['best-practices'].score * 100,
        fcp: lhr.audits['first-contentful-paint'].numericValue,
        lcp: lhr.audits['largest-contentful-paint'].numericValue,
        tbt: lhr.audits['total-blocking-time'].numericValue,
        cls: lhr.audits['cumulative-layout-shift'].numericValue,
        failing: Object.values(lhr.audits).filter((a) => a.score !== null && a.score < 1 && lhr.categories.accessibility.auditRefs.some((ref) => ref.id === a.id)).map((a) => a.id),
      });
    } finally {
      await chrome.kill();
    }
  }
  const pick = (k) => median(results.map((r) => r[k]));
  return { performance: pick('performance'), accessibility: pick('accessibility'), bestPractices: pick('bestPractices'), fcp: pick('fcp'), lcp: pick('lcp'), tbt: pick('tbt'), cls: pick('cls'), failing: [...new Set(results.flatMap((r) => r.failing))] };
}

const dist = ensureBuild();
const server = await serve(dist, 4390);
try {
  console.log(`Passerelles — directors' pages, ${new Date().toISOString().slice(0, 10)}, ${RUNS} runs (medians)\n`);
  for (const latency of [0, 250]) {
    const t = await chartsDrawn(server.url, latency);
    console.log(`/ tiles + 4 charts drawn, demo API latency ${String(latency).padStart(3)} ms: median ${median(t).toFixed(0)} ms, p95 ${p95(t).toFixed(0)} ms (n=${t.length}; bar: < 1 500 ms)`);
  }
  console.log('\nLighthouse 12 desktop preset');
  console.log('route'.padEnd(14), 'perf'.padStart(5), 'a11y'.padStart(5), 'best'.padStart(5), 'FCP ms'.padStart(8), 'LCP ms'.padStart(8), 'TBT ms'.padStart(8), 'CLS'.padStart(7));
  for (const route of ROUTES) {
    const r = await lighthouseRuns(`${server.url}${route}`);
    console.log(route.padEnd(14), r.performance.toFixed(0).padStart(5), r.accessibility.toFixed(0).padStart(5), r.bestPractices.toFixed(0).padStart(5), r.fcp.toFixed(0).padStart(8), r.lcp.toFixed(0).padStart(8), r.tbt.toFixed(0).padStart(8), r.cls.toFixed(3).padStart(7), r.failing.length ? ` a11y audits below 1: ${r.failing.join(', ')}` : '');
  }
} finally {
  server.stop();
}
