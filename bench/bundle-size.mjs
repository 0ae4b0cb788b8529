#!/usr/bin/env node
// First-load JS and CSS of each built route (raw, gzip, brotli), from dist/.vite/manifest.json and
// chunks.json (written by vite.config.ts). `--check` exits 1 when `/` exceeds its budget or carries
// chart code. Run after `npm run build`: `node bench/bundle-size.mjs [--check] [--json] [dist]`.
// bench/run.mjs calls `bundleSizes()` and `budgetProblems()`.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';

export const BUDGET_GZIP = 130 * 1024;
const HEAVY = /node_modules\/(recharts|d3-|victory|react-simple-maps|topojson)/;
const DEMO_API = 'mocks/browser.ts';
// Route pages are the dynamic imports of the router: src/features/*/…-page.tsx and src/app/pages/*.
const PAGE = /^src\/(features\/.+|app\/pages\/[^/]+)-page\.tsx$/;
const ROUTE_OF = {
  'src/features/overview/overview-page.tsx': '/',
  'src/features/partners/partners-list-page.tsx': '/partners',
  'src/features/partners/partner-new-page.tsx': '/partners/new',
  'src/features/partners/partners-import-page.tsx': '/partners/import',
  'src/app/pages/partner-page.tsx': '/partners/:id',
  'src/features/opportunities/opportunities-page.tsx': '/opportunities',
  'src/features/tasks/tasks-page.tsx': '/tasks',
  'src/features/apprentices/apprentices-page.tsx': '/apprentices',
  'src/features/equipment/equipment-list-page.tsx': '/equipment',
  'src/features/equipment/equipment-item-page.tsx': '/equipment/:id',
  'src/features/incubator/incubator-page.tsx': '/incubator',
  'src/features/territory/territory-page.tsx': '/territory',
  'src/features/academic/academic-page.tsx': '/academic',
  'src/features/events/events-page.tsx': '/events',
  'src/features/tax/tax-campaign-page.tsx': '/apprenticeship-tax',
  'src/features/settings/settings-page.tsx': '/settings',
};

/**
 * Every route's first load: the entry's static imports plus its page's, with the CSS they bring.
 * Sizes in bytes; `chunks` and `cssFiles` are the files; `heavy` the chunks holding chart/map code.
 * `demoApi`: the in-browser API, loaded beside the app in the demo and not counted in any route.
 */
export function bundleSizes(dist = 'dist') {
  const manifest = JSON.parse(fs.readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
  const chunks = JSON.parse(fs.readFileSync(path.join(dist, '.vite/chunks.json'), 'utf8'));
  // Routes share most of their files: each is compressed once (brotli at its best level is slow).
  const compressed = new Map();
  const sizesOf = (file) => {
    if (!compressed.has(file)) {
      const buf = fs.readFileSync(path.join(dist, file));
      compressed.set(file, { raw: buf.length, gz: gzipSync(buf, { level: 9 }).length, br: brotliCompressSync(buf).length });
    }
    return compressed.get(file);
  };
  const measure = (files) => {
    const total = { raw: 0, gz: 0, br: 0 };
    for (const f of files) {
      const s = sizesOf(f);
      total.raw += s.raw;
      total.gz += s.gz;
      total.br += s.br;
    }
    return total;
  };
  /** Static imports of a manifest entry, recursively: what loads with it. */
  const closure = (key, seen = new Set()) => {
    if (seen.has(key)) return seen;
    seen.add(key);
    for (const dep of manifest[key]?.imports ?? []) closure(dep, seen);
    return seen;
  };
  const sizeOf = (keys) => {
    const files = new Set();
    const css = new Set();
    for (const k of keys) {
      files.add(manifest[k].file);
      for (const c of manifest[k].css ?? []) css.add(c);
    }
    const heavy = [...files].filter((f) => (chunks[f]?.modules ?? []).some((m) => HEAVY.test(m)));
    return { chunks: [...files], cssFiles: [...css], js: measure(files), css: measure(css), heavy };
  };

  const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
  const base = closure(entryKey);
  const rows = Object.keys(manifest)
    .filter((k) => PAGE.test(k))
    .map((page) => ({ route: ROUTE_OF[page] ?? page.replace(/^src\/features\//, ''), ...sizeOf(new Set([...base, ...closure(page)])) }))
    .sort((a, b) => a.route.localeCompare(b.route));
  const demoApi = manifest[DEMO_API] ? sizeOf(new Set([...closure(DEMO_API)].filter((k) => !base.has(k)))) : null;
  return { rows, demoApi, entryChunks: [...base].map((k) => manifest[k].file) };
}

/** What breaks the first-load budget of `/` (empty when it holds). */
export function budgetProblems(rows) {
  const home = rows.find((r) => r.route === '/');
  if (!home) return ['no chunk found for the overview route'];
  const problems = [];
  if (home.js.gz > BUDGET_GZIP) problems.push(`first load of / is ${kb(home.js.gz)} KB gzip, over the ${kb(BUDGET_GZIP)} KB budget`);
  if (home.heavy.length) problems.push(`first load of / carries chart or map code: ${home.heavy.join(', ')}`);
  return problems;
}

export const kb = (n) => (n / 1024).toFixed(1);

function main() {
  const args = process.argv.slice(2);
  const dist = args.find((a) => !a.startsWith('--')) ?? 'dist';
  const { rows, demoApi } = bundleSizes(dist);
  if (args.includes('--json')) {
    console.log(JSON.stringify({ rows, demoApi: demoApi && { js: demoApi.js } }, null, 2));
  } else {
    console.log('route'.padEnd(34), 'JS raw KB'.padStart(10), 'gzip KB'.padStart(9), 'brotli KB'.padStart(10), 'CSS gzip KB'.padStart(12), ' chunks');
    for (const r of rows) {
      console.log(r.route.padEnd(34), kb(r.js.raw).padStart(10), kb(r.js.gz).padStart(9), kb(r.js.br).padStart(10), kb(r.css.gz).padStart(12), ` ${r.chunks.length}${r.heavy.length ? '  CHART CODE: ' + r.heavy.join(',') : ''}`);
    }
    if (demoApi) console.log('in-browser demo API (loaded beside, not counted)'.padEnd(34), kb(demoApi.js.raw).padStart(10), kb(demoApi.js.gz).padStart(9), kb(demoApi.js.br).padStart(10));
  }
  if (args.includes('--check')) {
    const problems = budgetProblems(rows);
    if (problems.length) {
      console.error('\nBUDGET EXCEEDED:\n- ' + problems.join('\n- '));
      process.exit(1);
    }
    console.log(`\nbudget ok: first load of / = ${kb(rows.find((r) => r.route === '/').js.gz)} KB gzip (budget ${kb(BUDGET_GZIP)} KB)`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) main();
