#!/usr/bin/env node
// Interactions on the demo scaled to 10,000 and 100,000 companies, in one page per scale (the
// dataset is generated once): keystroke in the companies search → rows (bench/partners-list.bench.mjs),
// open a company → every tab's data shown, change the overview's period → every chart redrawn,
// and the longest task while scrolling the list. Median and p95 of BENCH_INTERACTION_RUNS runs
// (scrolling: passes).
//   node bench/interactions.bench.mjs        (BENCH_INTERACTION_RUNS=10, BENCH_SCALES=10,100)
// bench/run.mjs calls `measureInteractions()`.
import { chromium } from '@playwright/test';
import { appNavigate } from './lib-browser.mjs';
import { CHROME_FLAGS, CHROMIUM, ensureBuild, median, p95, serve } from './lib-serve.mjs';
import { DEBOUNCE_MS, measureKeystrokes, measureScroll, openList, rowsReady } from './partners-list.bench.mjs';

/** In the page: the company page at `path` shows `tab` selected and every widget of it loaded. */
function tabShown([path, tab]) {
  const b = window.__bench;
  return b.until(() => {
    const selected = document.querySelector('main [role="tab"][aria-selected="true"]');
    const panel = document.querySelector('main [role="tabpanel"][data-state="active"]');
    return (
      location.pathname === path &&
      !!document.querySelector('main h1')?.textContent &&
      selected?.textContent === tab &&
      !!panel?.textContent.trim() &&
      b.loaded(document.querySelector('main'))
    );
  }, 120_000);
}

/**
 * "Open a company → all tabs' data shown", made concrete: from a click on a company of the list to
 * its header and overview tab (key figures, latest exchanges, tasks, opportunities, relationships)
 * loaded — `open` —, then a click on each other tab until its panel shows its data (list or empty
 * state, chart drawn) — `tabs[label]`. `all` = open + every tab. Each run opens another company
 * (nothing cached); one warm-up run first loads the tabs' code.
 */
export async function measureCompanyPage(page, runs) {
  const r = { open: [], all: [], tabs: {} };
  for (let run = 0; run <= runs; run++) {
    await appNavigate(page, '/partners');
    await rowsReady(page);
    const link = page.locator('main tbody a[href^="/partners/"]').nth(run % 50);
    const path = (await link.getAttribute('href')).split('?')[0];
    await link.click();
    await page.locator('main [role="tab"]').first().waitFor({ timeout: 120_000 });
    const labels = await page.getByRole('tab').allTextContents();
    // The labels are known once the page shows; the overview tab is the one opened first.
    const openedAt = await page.evaluate(tabShown, [path, labels[0]]);
    const open = openedAt - (await page.evaluate(() => window.__bench.last.click));
    let all = open;
    const tabs = {};
    for (const label of labels.slice(1)) {
      await page.getByRole('tab', { name: label, exact: true }).click();
      const shownAt = await page.evaluate(tabShown, [path, label]);
      tabs[label] = shownAt - (await page.evaluate(() => window.__bench.last.press));
      all += tabs[label];
    }
    if (run === 0) continue;
    r.open.push(open);
    r.all.push(all);
    for (const [label, t] of Object.entries(tabs)) (r.tabs[label] ??= []).push(t);
  }
  return r;
}

/**
 * "Change the overview period → every chart redrawn": picks another academic year (a new period:
 * the tiles and the four growth charts ask the API again) and times the change → the subtitle
 * naming that year with the 7 tiles and 4 charts drawn. One warm-up. Past the 12 selectable years,
 * a year comes back from the query cache (still redrawn, without waiting for the API).
 */
export async function measurePeriodChange(page, runs) {
  await appNavigate(page, '/');
  await page.evaluate(() => window.__bench.until(window.__bench.chartsDrawn, 300_000));
  const year = page.getByRole('combobox', { name: 'Année universitaire', exact: true });
  const options = await year.locator('option').evaluateAll((os) => os.map((o) => ({ value: o.value, label: o.textContent })));
  const current = await year.inputValue();
  const choices = options.filter((o) => o.value !== current);
  const times = [];
  for (let run = 0; run <= runs; run++) {
    const choice = choices[run % choices.length];
    await year.selectOption(choice.value);
    const drawnAt = await page.evaluate(
      (label) => window.__bench.until(() => document.querySelector('main .page-subtitle')?.textContent.includes(label) && window.__bench.chartsDrawn() && window.__bench.loaded(document.querySelector('main')), 300_000),
      choice.label,
    );
    if (run > 0) times.push(drawnAt - (await page.evaluate(() => window.__bench.last.change)));
  }
  return times;
}

/** Every interaction at one scale, in one page: the dataset is generated once. */
export async function measureInteractions(browser, base, scale, runs, log = () => {}) {
  const { context, page, firstPageMs, total } = await openList(browser, base, scale);
  try {
    log(`${total}: list shown in ${(firstPageMs / 1000).toFixed(1)} s`);
    const keystroke = await measureKeystrokes(page, runs);
    log(`keystroke → rows: median ${median(keystroke.afterDebounce).toFixed(0)} ms after the debounce`);
    const company = await measureCompanyPage(page, runs);
    log(`company, every tab: median ${median(company.all).toFixed(0)} ms`);
    const period = await measurePeriodChange(page, runs);
    log(`period → charts: median ${median(period).toFixed(0)} ms`);
    await appNavigate(page, '/partners');
    await rowsReady(page);
    // A pass scrolls down and up the table and the page: the longest task of each is one run.
    const scroll = await measureScroll(page, runs);
    log(`scrolling: longest task ${scroll.longest.toFixed(0)} ms`);
    return { scale, companies: scale * 1000, firstPageMs, keystroke, company, period, scroll };
  } finally {
    await context.close();
  }
}

async function main() {
  const runs = Number(process.env.BENCH_INTERACTION_RUNS ?? 10);
  const scales = (process.env.BENCH_SCALES ?? '10,100').split(',').map(Number);
  const server = await serve(ensureBuild());
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS });
  const f = (xs) => `median ${median(xs).toFixed(0)} ms, p95 ${p95(xs).toFixed(0)} ms`;
  try {
    for (const scale of scales) {
      const r = await measureInteractions(browser, server.url, scale, runs, (line) => console.log(`  ${line}`));
      console.log(`\n== ${r.companies} companies (${runs} runs)`);
      console.log(`keystroke → rows (after the ${DEBOUNCE_MS} ms debounce): ${f(r.keystroke.afterDebounce)}`);
      console.log(`open a company → header + overview tab:      ${f(r.company.open)}`);
      for (const [label, xs] of Object.entries(r.company.tabs)) console.log(`  → tab ${label.padEnd(36)} ${f(xs)}`);
      console.log(`open a company → every tab's data shown:     ${f(r.company.all)}`);
      console.log(`overview period → every chart redrawn:       ${f(r.period)}`);
      console.log(`scrolling the list, longest task of a pass:  ${f(r.scroll.perPass)}; longest of all ${r.scroll.longest.toFixed(0)} ms (idle: ${r.scroll.idleLongest.toFixed(0)} ms)`);
    }
  } finally {
    await browser.close();
    server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await main();
