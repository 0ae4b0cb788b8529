#!/usr/bin/env node
// `npm run bench`: every benchmark of bench/, one table, one JSON file (bench/results/summary.json,
// and the table as bench/results/summary.txt). Builds into dist/ when there is no current build.
//
//   npm run bench                                  everything (≈ 15 min on 2 cores)
//   npm run bench -- --only=bundle,lighthouse      a subset: bundle, lighthouse, charts, interactions, memory, api, load
//   npm run bench -- --quick                       1 run each, 5 s per API endpoint, 10 s of load, 10,000 companies only: checks the script
//   npm run bench -- --strict                      exit 1 when a budget is missed (times are noisy: not for CI)
//
// Env: BENCH_DIST (dist), BENCH_COMPARE=<another build's dist> (its figures and the ratio beside
// each browser figure, measured in the same run), BENCH_RUNS (Lighthouse, 3), BENCH_CHART_RUNS (5),
// BENCH_MODES (demo,server: charts on the in-browser demo API served by `vite preview` and on the
// team server serving the same build), BENCH_LIGHTHOUSE_MODES (server; --quick: demo,server), BENCH_LIGHTHOUSE_JSON=<dir> (every Lighthouse report kept),
// BENCH_LIGHTHOUSE_ROUTES (some of the routes only, e.g. /,/partners),
// BENCH_INTERACTION_RUNS (10), BENCH_SCALES (10,100: interactions), BENCH_MEMORY_SCALE (1),
// BENCH_API_SECONDS (5), BENCH_API_SCALES (10,100), BENCH_LOAD_SECONDS (60), BENCH_DATABASE_URL
// (PostgreSQL too), BENCH_REBUILD (1: always build; 0: never), CHROMIUM_PATH (/usr/bin/chromium).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { benchLoad } from './api-load.mjs';
import { benchApi } from './api.bench.mjs';
import { BUDGET_GZIP, bundleSizes } from './bundle-size.mjs';
import { ADMIN } from './lib-server.mjs';
import { measureInteractions } from './interactions.bench.mjs';
import { demoIds, APP_ROUTES, routePath } from './lib-browser.mjs';
import { CHROME_FLAGS, CHROMIUM, ensureBuild, machineInfo, median, p95, serve, serveTeam } from './lib-serve.mjs';
import { entryRows, fixed, kb, mark, mb, renderTable } from './lib-table.mjs';
import { measureMemory } from './memory.bench.mjs';
import { chartsDrawn, launchChrome, lighthouseOnce, summarizeLighthouse } from './overview.bench.mjs';
import { DEBOUNCE_MS } from './partners-list.bench.mjs';

const SECTIONS = ['bundle', 'lighthouse', 'charts', 'interactions', 'memory', 'api', 'load'];
const BROWSER_SECTIONS = new Set(['bundle', 'lighthouse', 'charts', 'interactions', 'memory']);
const LIGHTHOUSE_ROUTES = ['/', '/partners', '/partners/:id', '/territory', '/equipment/:id'];
const PRESETS = ['desktop', 'mobile'];
/** demo: the build with its in-browser API (vite preview); server: the same build served by the team server. */
const MODES = ['demo', 'server'];
const BUDGET = { homeGzip: BUDGET_GZIP, keystrokeP95: 100, longTask: 50, chartsDrawn: 1500, apiListP99: 50 };
const RESULTS = 'bench/results';

function parseArgs(argv) {
  const usage = `usage: npm run bench -- [--only=${SECTIONS.join(',')}] [--quick] [--strict]`;
  const known = /^--(only=.*|quick|strict|help)$/;
  const unknown = argv.filter((a) => !known.test(a));
  if (argv.includes('--help') || unknown.length) {
    console.log(unknown.length ? `unknown argument: ${unknown.join(' ')}\n${usage}` : usage);
    process.exit(unknown.length ? 2 : 0);
  }
  const only = argv.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',').filter(Boolean) ?? SECTIONS;
  const wrong = only.filter((s) => !SECTIONS.includes(s));
  if (wrong.length) {
    console.log(`unknown section: ${wrong.join(', ')}\n${usage}`);
    process.exit(2);
  }
  return { only: SECTIONS.filter((s) => only.includes(s)), quick: argv.includes('--quick'), strict: argv.includes('--strict') };
}

const args = parseArgs(process.argv.slice(2));
/** An env setting, else its default for a full run or for --quick. */
const setting = (name, full, quick) => process.env[name] ?? String(args.quick ? quick : full);
const list = (s) => s.split(',').map(Number);
const config = {
  lighthouseRuns: Number(setting('BENCH_RUNS', 3, 1)),
  chartRuns: Number(setting('BENCH_CHART_RUNS', 5, 1)),
  interactionRuns: Number(setting('BENCH_INTERACTION_RUNS', 10, 1)),
  scales: list(setting('BENCH_SCALES', '10,100', '10')),
  memoryScale: Number(setting('BENCH_MEMORY_SCALE', 1, 1)),
  apiSeconds: Number(setting('BENCH_API_SECONDS', 5, 5)),
  apiScales: list(setting('BENCH_API_SCALES', '10,100', '10')),
  loadSeconds: Number(setting('BENCH_LOAD_SECONDS', 60, 10)),
  postgres: !!process.env.BENCH_DATABASE_URL,
  lighthouseRoutes: setting('BENCH_LIGHTHOUSE_ROUTES', LIGHTHOUSE_ROUTES.join(','), LIGHTHOUSE_ROUTES.join(',')).split(',').filter((r) => LIGHTHOUSE_ROUTES.includes(r)),
  modes: setting('BENCH_MODES', MODES.join(','), MODES.join(',')).split(',').filter((m) => MODES.includes(m)),
  // Lighthouse is the longest section (≈ 40 s per route, preset and mode on 2 cores): a full run
  // measures what a team's people load, the team server; BENCH_LIGHTHOUSE_MODES=demo,server adds the demo.
  lighthouseModes: setting('BENCH_LIGHTHOUSE_MODES', 'server', MODES.join(',')).split(',').filter((m) => MODES.includes(m)),
};

const startedAt = Date.now();
const log = (line) => console.log(`  ${line}`);
const seconds = (ms) => Math.round(ms / 1000);
const duration = (s) => (s >= 60 ? `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, '0')} s` : `${s} s`);
const packageVersion = (name) => JSON.parse(fs.readFileSync(`node_modules/${name}/package.json`, 'utf8')).version;

const summary = {
  date: new Date().toISOString(),
  command: `node bench/run.mjs ${process.argv.slice(2).join(' ')}`.trim(),
  machine: { ...machineInfo(), lighthouse: packageVersion('lighthouse'), playwright: packageVersion('@playwright/test') },
  config,
  targets: [],
  sections: {},
  budgets: [],
  elapsedSeconds: 0,
};

// ─── the builds, their servers, the browser ──────────────────────────────────────────────────────

const targets = [];
const needsBuild = args.only.some((s) => BROWSER_SECTIONS.has(s));
if (needsBuild) {
  targets.push({ name: 'this', dist: ensureBuild(process.env.BENCH_DIST ?? 'dist', { quiet: true }) });
  if (process.env.BENCH_COMPARE) {
    const other = path.resolve(process.env.BENCH_COMPARE);
    if (!fs.existsSync(path.join(other, '.vite/manifest.json'))) {
      console.error(`BENCH_COMPARE=${other}: no production build there (dist/.vite/manifest.json missing)`);
      process.exit(2);
    }
    targets.push({ name: 'compare', dist: other });
  }
  summary.targets = targets.map(({ name, dist }) => ({ name, dist: path.resolve(dist) }));
}
const comparing = targets.length > 1;

let browser = null;
async function getBrowser() {
  browser ??= await chromium.launch({ executablePath: CHROMIUM, args: CHROME_FLAGS });
  return browser;
}
/**
 * The target's build served in `mode` (started on first use): `url`, the demo's `ids` it shows,
 * and on the team server the signed-in `session` ({ url, cookie }) and its `headers`.
 */
async function served(target, mode = 'demo') {
  target.servers ??= {};
  const server = (target.servers[mode] ??= mode === 'server' ? await serveTeam(target.dist, { admin: ADMIN }) : await serve(target.dist));
  await server.ensureUp();
  const session = server.cookie ? { url: server.url, cookie: server.cookie } : null;
  server.ids ??= await demoIds(await getBrowser(), server.url, { session });
  return { url: server.url, ids: server.ids, session, headers: server.headers };
}
/** `fn(served demo)` for this build and the compared one: { this: …, compare: … }. */
async function eachTarget(fn) {
  const out = {};
  for (const t of targets) out[t.name] = await fn(await served(t));
  return out;
}

function stopAll() {
  for (const t of targets) for (const server of Object.values(t.servers ?? {})) server.stop();
}

// ─── the sections ────────────────────────────────────────────────────────────────────────────────

const tenth = (n) => Math.round(n * 10) / 10;
const stats = (xs) => ({ median: tenth(median(xs)), p95: tenth(p95(xs)), runs: xs.length, values: xs.map(tenth) });

async function bundleSection() {
  const out = {};
  for (const t of targets) out[t.name] = bundleSizes(t.dist);
  return { targets: out };
}

/**
 * A run Lighthouse itself could not record (NO_NAVSTART, NO_FCP on a busy machine: scores of 0
 * that measure nothing) is run again, twice at most; the error stays in the table if it persists.
 */
async function lighthouseRetried(url, options) {
  let result = await lighthouseOnce(url, options);
  for (let retry = 0; retry < 2 && result.runtimeError; retry++) {
    log(`(Lighthouse ${result.runtimeError} on ${url}: run again)`);
    result = await lighthouseOnce(url, options);
  }
  return result;
}

/** Runs interleave the builds (run 1 of each, then run 2…), so a busier minute hits both alike. */
async function lighthouseSection() {
  const entries = [];
  for (const route of config.lighthouseRoutes) {
    for (const preset of PRESETS) {
      for (const mode of config.lighthouseModes) {
        const runs = Object.fromEntries(targets.map((t) => [t.name, []]));
        // One Chromium per build and entry: a fresh browser without relaunching for every run.
        const chromes = await Promise.all(targets.map(() => launchChrome()));
        let path = route;
        try {
          for (let i = 0; i < config.lighthouseRuns; i++) {
            for (const [n, t] of targets.entries()) {
              const { url, ids, headers } = await served(t, mode);
              path = routePath(route, ids);
              runs[t.name].push(await lighthouseRetried(`${url}${path}`, { preset, port: chromes[n].port, headers }));
            }
          }
        } finally {
          for (const c of chromes) c.kill();
        }
        const entry = { route, path, preset, mode };
        for (const t of targets) entry[t.name] = summarizeLighthouse(runs[t.name]);
        log(`${route} ${preset} ${mode}: performance ${entry.this.performance}, accessibility ${entry.this.accessibility}, best practices ${entry.this.bestPractices}`);
        entries.push(entry);
      }
    }
  }
  return { runs: config.lighthouseRuns, entries };
}

async function chartsSection() {
  const rows = [];
  // Demo 0 ms: the app alone; demo 250 ms: the demo as shipped (its simulated network latency);
  // server: the team server on this machine (its real latency).
  const cases = [
    ...(config.modes.includes('demo') ? [{ mode: 'demo', latency: 0 }, { mode: 'demo', latency: 250 }] : []),
    ...(config.modes.includes('server') ? [{ mode: 'server', latency: null }] : []),
  ];
  for (const { mode, latency } of cases) {
    const row = { mode, latency };
    for (const t of targets) {
      const { url, session } = await served(t, mode);
      row[t.name] = stats(await chartsDrawn(url, { runs: config.chartRuns, latency: latency ?? 0, session, browser: await getBrowser() }));
    }
    log(`${chartCase(row)}: median ${row.this.median.toFixed(0)} ms`);
    rows.push(row);
  }
  return { rows };
}
const chartCase = (r) => (r.mode === 'server' ? 'team server' : `demo, latency ${r.latency} ms`);

function interactionFigures(r) {
  return {
    firstPageMs: r.firstPageMs,
    keystrokeAfterDebounce: stats(r.keystroke.afterDebounce),
    keystrokeIncluding: stats(r.keystroke.including),
    companyOpen: stats(r.company.open),
    companyAllTabs: stats(r.company.all),
    companyTabs: Object.fromEntries(Object.entries(r.company.tabs).map(([label, xs]) => [label, stats(xs)])),
    tabCount: Object.keys(r.company.tabs).length + 1,
    periodChange: stats(r.period),
    scroll: { ...r.scroll, longestPerPass: stats(r.scroll.perPass) },
    keystrokeDetail: { toFetch: stats(r.keystroke.toFetch), inApi: stats(r.keystroke.inApi), toRows: stats(r.keystroke.toRows), longestTaskWhileTyping: stats(r.keystroke.typingLongest) },
  };
}

async function interactionsSection() {
  const scales = [];
  for (const scale of config.scales) {
    const entry = { scale, companies: scale * 1000 };
    for (const t of targets) {
      const { url } = await served(t);
      log(`${(scale * 1000).toLocaleString('en')} companies${comparing ? ` (${t.name})` : ''}:`);
      entry[t.name] = interactionFigures(await measureInteractions(await getBrowser(), url, scale, config.interactionRuns, (line) => log(`  ${line}`)));
    }
    scales.push(entry);
  }
  return { runs: config.interactionRuns, scales };
}

async function memorySection() {
  return {
    targets: await eachTarget(async (t) => {
      const r = await measureMemory(await getBrowser(), t.url, APP_ROUTES.map((route) => routePath(route, t.ids)), { scale: config.memoryScale });
      log(`${t.name}: growth ${mb(r.growth)} MB between the two passes`);
      return r;
    }),
  };
}

async function apiSection() {
  return { seconds: config.apiSeconds, rows: await benchApi({ seconds: config.apiSeconds, scales: config.apiScales }) };
}

async function loadSection() {
  return { seconds: config.loadSeconds, results: await benchLoad({ seconds: config.loadSeconds }) };
}

const RUNNERS = { bundle: bundleSection, lighthouse: lighthouseSection, charts: chartsSection, interactions: interactionsSection, memory: memorySection, api: apiSection, load: loadSection };
const TITLES = {
  bundle: 'First load per route (JS and CSS: raw, gzip, brotli)',
  lighthouse: () => `Lighthouse ${summary.machine.lighthouse}, medians of ${config.lighthouseRuns} run(s)`,
  charts: () => `All charts of / drawn (desktop 1366×900, 1,000 companies), ${config.chartRuns} run(s)`,
  interactions: () => `Interactions in Chromium, ${config.interactionRuns} run(s) each`,
  memory: () => `JS heap after visiting the ${APP_ROUTES.length} views twice (${(config.memoryScale * 1000).toLocaleString('en')} companies)`,
  api: () => `Team server API, 20 clients, ${config.apiSeconds} s per endpoint`,
  load: () => `Team server, ${config.loadSeconds} s of mixed reads and writes (20 clients)`,
};
const title = (key) => (typeof TITLES[key] === 'function' ? TITLES[key]() : TITLES[key]);

// ─── budgets ─────────────────────────────────────────────────────────────────────────────────────

function lighthouseBudgets(entries) {
  const check = (name, preset, key, ok) => {
    const rows = entries.filter((e) => !preset || e.preset === preset);
    const misses = rows.filter((e) => !ok(e.this[key]));
    const detail = misses.length ? misses.map((e) => `${e.route}${preset ? '' : ` ${e.preset}`}${e.mode ? ` ${e.mode}` : ''} ${Math.round(e.this[key])}`).join(', ') : `all ${rows.length}`;
    return { name, ok: misses.length === 0, detail };
  };
  return [
    check('Lighthouse desktop performance = 100', 'desktop', 'performance', (n) => n === 100),
    check('Lighthouse mobile performance ≥ 95', 'mobile', 'performance', (n) => n >= 95),
    check('Lighthouse accessibility = 100', null, 'accessibility', (n) => n === 100),
    check('Lighthouse best practices = 100', null, 'bestPractices', (n) => n === 100),
  ];
}

function computeBudgets(s) {
  const out = [];
  const home = s.bundle?.targets?.this?.rows.find((r) => r.route === '/');
  if (home) out.push({ name: `first load of / ≤ ${kb(BUDGET.homeGzip)} KB gzip`, ok: home.js.gz <= BUDGET.homeGzip && home.heavy.length === 0, detail: `${kb(home.js.gz)} KB${home.heavy.length ? `, chart code: ${home.heavy.join(', ')}` : ''}` });
  if (s.lighthouse?.entries) out.push(...lighthouseBudgets(s.lighthouse.entries));
  const at10 = s.interactions?.scales?.find((e) => e.scale === 10)?.this;
  if (at10) out.push({ name: `keystroke → rows p95 ≤ ${BUDGET.keystrokeP95} ms at 10,000 (after the debounce)`, ok: at10.keystrokeAfterDebounce.p95 <= BUDGET.keystrokeP95, detail: `${at10.keystrokeAfterDebounce.p95.toFixed(0)} ms` });
  const scrolls = s.interactions?.scales?.map((e) => [e.companies, e.this.scroll.longest]) ?? [];
  if (scrolls.length) out.push({ name: `no long task > ${BUDGET.longTask} ms while scrolling`, ok: scrolls.every(([, t]) => t <= BUDGET.longTask), detail: scrolls.map(([n, t]) => `${n.toLocaleString('en')} companies: ${t.toFixed(0)} ms`).join(', ') });
  if (s.charts?.rows) out.push({ name: `all charts of / drawn ≤ ${BUDGET.chartsDrawn} ms (median)`, ok: s.charts.rows.every((r) => r.this.median <= BUDGET.chartsDrawn), detail: s.charts.rows.map((r) => `${chartCase(r)}: ${r.this.median.toFixed(0)} ms`).join(', ') });
  if (s.api?.rows) {
    const lists = s.api.rows.filter(isBudgetedList);
    const name = `API list endpoints p99 < ${BUDGET.apiListP99} ms at 100,000 (SQLite)`;
    const p99 = (r) => (r.answered === 0 ? `no answer within ${s.api.seconds} s` : `${r.p99} ms`);
    out.push(lists.length ? { name, ok: lists.every((r) => apiP99(r) < BUDGET.apiListP99), detail: lists.map((r) => `${r.endpoint}: ${p99(r)}`).join(', ') } : { name, ok: null, detail: 'not measured at 100,000' });
  }
  if (s.load?.results) out.push({ name: 'load run: 0 errors, 0 lost writes', ok: s.load.results.every((r) => r.errors === 0 && r.lostWrites === 0), detail: s.load.results.map((r) => `${r.dialect}: ${r.errors} errors, ${r.lostWrites} lost`).join(', ') });
  return out;
}

// ─── the report ──────────────────────────────────────────────────────────────────────────────────

const chunkName = (file) => path.basename(file).replace(/-[\w-]{8}\.(js|css)$/, '');
/** Chunk names without their hashes; several chunks of one name ("dist", "api") counted as such. */
function chunkNames(files) {
  const counts = new Map();
  for (const name of files.map(chunkName)) counts.set(name, (counts.get(name) ?? 0) + 1);
  return [...counts].map(([name, n]) => (n > 1 ? `${name}×${n}` : name)).join(' ');
}

function bundleReport({ targets: t }) {
  const size = (part, kind) => ({ get: (r) => r[part][kind], fmt: kb });
  const figures = [size('js', 'raw'), size('js', 'gz'), size('js', 'br'), size('css', 'raw'), size('css', 'gz'), size('css', 'br'), { get: (r) => r.chunks.length, fmt: fixed(0), noRatio: true }];
  // Only the first load of `/` has a budget.
  const home = figures.map((f, i) => (i === 1 ? { ...f, budget: (n) => n <= BUDGET.homeGzip } : f));
  const rows = t.this.rows.flatMap((r) => entryRows([r.route], r.route === '/' ? home : figures, r, t.compare ? t.compare.rows.find((o) => o.route === r.route) ?? null : undefined));
  if (t.this.demoApi) rows.push(...entryRows(['demo API (beside, not counted)'], figures.slice(0, 3), t.this.demoApi, t.compare ? t.compare.demoApi : undefined));
  const columns = [{ label: 'route', align: 'l' }, ...['JS raw KB', 'JS gzip KB', 'JS br KB', 'CSS raw KB', 'CSS gzip KB', 'CSS br KB', 'chunks'].map((label) => ({ label, align: 'r' }))];
  const entry = new Set(t.this.entryChunks);
  const chunks = t.this.rows.map((r) => `  ${r.route}: ${chunkNames(r.chunks.filter((c) => !entry.has(c)))}${r.heavy.length ? `  [chart code: ${chunkNames(r.heavy)}]` : ''}`);
  return `${renderTable(columns, rows)}\n\nchunks of each route beyond the entry's (${chunkNames(t.this.entryChunks)}):\n${chunks.join('\n')}`;
}

function lighthouseReport({ entries }) {
  const score = (key, ok) => ({ get: (r) => r[key], fmt: fixed(0), budget: ok });
  const ms = (key) => ({ get: (r) => r[key], fmt: fixed(0) });
  const rows = entries.flatMap((e) => {
    const perf = e.preset === 'desktop' ? (n) => n === 100 : (n) => n >= 95;
    const figures = [score('performance', perf), score('accessibility', (n) => n === 100), score('bestPractices', (n) => n === 100), ms('fcp'), ms('lcp'), ms('tbt'), { get: (r) => r.cls, fmt: fixed(3) }];
    return entryRows([e.route, e.preset, e.mode ?? 'demo'], figures, e.this, comparing ? e.compare : undefined);
  });
  const columns = [{ label: 'route', align: 'l' }, { label: 'preset', align: 'l' }, { label: 'mode', align: 'l' }, ...['perf', 'a11y', 'best pr.', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS'].map((label) => ({ label, align: 'r' }))];
  const failing = entries.filter((e) => e.this.failing.length || e.this.errors.length).map((e) => `  ${e.route} ${e.preset} ${e.mode ?? 'demo'}: ${[...e.this.failing, ...e.this.errors].join(', ')}`);
  const ids = entries.filter((e) => e.route.endsWith(':id')).map((e) => e.path);
  return `${renderTable(columns, rows)}\n  (:id routes measured on ${[...new Set(ids)].join(' and ')})${failing.length ? `\naccessibility / best-practice audits not passed:\n${failing.join('\n')}` : ''}`;
}

const timing = (budget) => [
  { get: (s) => s.median, fmt: fixed(0) },
  { get: (s) => s.p95, fmt: fixed(0), budget },
  { get: (s) => s.runs, fmt: fixed(0), noRatio: true },
];
const TIMING_COLUMNS = ['median ms', 'p95 ms', 'runs'].map((label) => ({ label, align: 'r' }));

function chartsReport({ rows }) {
  const figures = [{ get: (s) => s.median, fmt: fixed(0), budget: (n) => n <= BUDGET.chartsDrawn }, { get: (s) => s.p95, fmt: fixed(0) }, { get: (s) => s.runs, fmt: fixed(0), noRatio: true }];
  return renderTable([{ label: 'API', align: 'l' }, ...TIMING_COLUMNS], rows.flatMap((r) => entryRows([chartCase(r)], figures, r.this, comparing ? r.compare : undefined)));
}

function interactionsReport({ scales }) {
  const rows = scales.flatMap((e) => {
    const n = e.companies.toLocaleString('en');
    const measure = (label, pick, budget) => entryRows([n, label], timing(budget), pick(e.this), comparing ? pick(e.compare) : undefined);
    const single = (label, get, budget) => entryRows([n, label], [{ get, fmt: fixed(0), budget }, { get: () => NaN, fmt: fixed(0) }, { get: () => 1, fmt: fixed(0), noRatio: true }], e.this, comparing ? e.compare : undefined);
    return [
      ...single('list first shown (dataset generated in a worker)', (r) => r.firstPageMs),
      ...measure(`keystroke → rows (after the ${DEBOUNCE_MS} ms debounce)`, (r) => r.keystrokeAfterDebounce, e.scale === 10 ? (v) => v <= BUDGET.keystrokeP95 : undefined),
      ...measure('keystroke → rows (debounce included)', (r) => r.keystrokeIncluding),
      ...measure('open a company → header + overview tab', (r) => r.companyOpen),
      ...measure(`open a company → every tab's data (${e.this.tabCount} tabs)`, (r) => r.companyAllTabs),
      ...measure('overview period → every chart redrawn', (r) => r.periodChange),
      // With up to 20 passes the p95 is the longest of all, what the budget is about.
      ...measure('scrolling 100 rows → longest task of a pass', (r) => r.scroll.longestPerPass, (v) => v <= BUDGET.longTask),
      ...single('  idle 2.5 s before → longest task', (r) => r.scroll.idleLongest),
    ];
  });
  return renderTable([{ label: 'companies', align: 'r' }, { label: 'measure', align: 'l' }, ...TIMING_COLUMNS], rows);
}

function memoryReport({ targets: t }) {
  const figures = ['start', 'pass1', 'pass2', 'growth'].map((k) => ({ get: (r) => r[k], fmt: mb }));
  const columns = [{ label: 'build', align: 'l' }, ...['on / MB', 'after pass 1 MB', 'after pass 2 MB', 'growth MB'].map((label) => ({ label, align: 'r' }))];
  const slow = t.this.slow.length ? `\n  views not fully loaded within 30 s: ${t.this.slow.join(', ')}` : '';
  return renderTable(columns, entryRows(['this'], figures, t.this, comparing ? t.compare : undefined)) + slow;
}

/** p99 of an endpoint; none answered within the run: slower than the run itself. */
const apiP99 = (r) => (r.answered === 0 ? Infinity : r.p99);
const isBudgetedList = (r) => r.dialect === 'sqlite' && r.companies === 100_000 && r.endpoint.startsWith('companies');

function apiReport({ rows, seconds: runSeconds }) {
  const columns = [{ label: 'database', align: 'l' }, { label: 'companies', align: 'r' }, { label: 'endpoint', align: 'l' }, ...['p50 ms', 'p99 ms', 'req/s', 'errors'].map((label) => ({ label, align: 'r' }))];
  return renderTable(
    columns,
    rows.map((r) => {
      const p99 = r.answered === 0 ? `> ${runSeconds * 1000}` : String(r.p99);
      return [r.dialect, r.companies.toLocaleString('en'), r.endpoint, r.answered === 0 ? '—' : String(r.p50), `${p99}${isBudgetedList(r) ? mark(apiP99(r) < BUDGET.apiListP99) : ''}`, String(r.rps), String(r.errors)];
    }),
  );
}

function loadReport({ results }) {
  const columns = [{ label: 'database', align: 'l' }, ...['companies', 'seconds', 'requests', 'req/s', 'reads', 'writes ok', 'stale refused', 'errors', 'lost writes'].map((label) => ({ label, align: 'r' }))];
  return renderTable(
    columns,
    results.map((r) => [r.dialect, r.companies.toLocaleString('en'), r.seconds, r.requests, r.rps, r.reads, r.interactions + r.tasks + r.edits, r.conflicts, `${r.errors}${mark(r.errors === 0)}`, `${r.lostWrites}${mark(r.lostWrites === 0)}`].map(String)),
  );
}

const REPORTS = { bundle: bundleReport, lighthouse: lighthouseReport, charts: chartsReport, interactions: interactionsReport, memory: memoryReport, api: apiReport, load: loadReport };

function report() {
  const m = summary.machine;
  const lines = [
    `Passerelles — npm run bench, ${summary.date.slice(0, 16).replace('T', ' ')} UTC${args.quick ? ' (--quick: figures for checking the script only)' : ''}`,
    `machine: ${m.cpus} × ${m.cpuModel}, ${m.memoryGB} GB, Node ${m.node}, ${m.chromium}; load average ${m.loadAverage.toFixed(1)} at start, ${m.loadAverageEnd.toFixed(1)} at the end`,
  ];
  if (comparing) lines.push(`builds: this = ${summary.targets[0].dist}; compared = ${summary.targets[1].dist} (ratio = this ÷ compared)`);
  for (const key of args.only) {
    const s = summary.sections[key];
    if (!s) continue;
    lines.push('', `── ${title(key)} — ${duration(s.elapsedSeconds)} ${'─'.repeat(8)}`);
    lines.push(s.error ? `✗ failed: ${s.error.split('\n')[0]}` : REPORTS[key](s));
  }
  lines.push('', '── Budgets ' + '─'.repeat(8));
  for (const b of summary.budgets) lines.push(`${b.ok === true ? '✓' : b.ok === false ? '✗' : '–'} ${b.name}: ${b.detail}`);
  lines.push('', `total ${duration(summary.elapsedSeconds)}; JSON in ${RESULTS}/summary.json`);
  return lines.join('\n');
}

function save() {
  summary.elapsedSeconds = seconds(Date.now() - startedAt);
  // How busy the machine was by the end: timings of a shared machine are inflated.
  summary.machine.loadAverageEnd = os.loadavg()[0];
  summary.budgets = computeBudgets(summary.sections);
  fs.mkdirSync(RESULTS, { recursive: true });
  fs.writeFileSync(`${RESULTS}/summary.json`, JSON.stringify(summary, null, 2));
}

// ─── main ────────────────────────────────────────────────────────────────────────────────────────

let failed = false;
try {
  for (const key of args.only) {
    const started = Date.now();
    console.log(`\n▶ ${title(key)}`);
    try {
      summary.sections[key] = await RUNNERS[key]();
    } catch (error) {
      failed = true;
      summary.sections[key] = { error: String(error?.stack ?? error) };
      console.error(`✗ ${key} failed:`, error);
    }
    summary.sections[key].elapsedSeconds = seconds(Date.now() - started);
    log(`(${duration(summary.sections[key].elapsedSeconds)})`);
    save();
  }
} finally {
  await browser?.close();
  stopAll();
}
save();
const text = report();
fs.writeFileSync(`${RESULTS}/summary.txt`, text + '\n');
console.log(`\n${'═'.repeat(100)}\n${text}`);
if (failed || (args.strict && summary.budgets.some((b) => b.ok === false))) process.exitCode = 1;
