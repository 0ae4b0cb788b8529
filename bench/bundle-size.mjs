#!/usr/bin/env node
// First-load JS and CSS of each built route, from dist/.vite/manifest.json and chunks.json
// (written by vite.config.ts). `--check` exits 1 when `/` exceeds its budget or carries chart code.
// Run after `npm run build`: `node bench/bundle-size.mjs [--check] [--json]`.
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync, brotliCompressSync } from 'node:zlib';

const dist = path.resolve('dist');
const manifest = JSON.parse(fs.readFileSync(path.join(dist, '.vite/manifest.json'), 'utf8'));
const chunks = JSON.parse(fs.readFileSync(path.join(dist, '.vite/chunks.json'), 'utf8'));
const BUDGET_GZIP = 130 * 1024;
const HEAVY = /node_modules\/(recharts|d3-|victory|react-simple-maps|topojson)/;
const DEMO_API = 'mocks/browser.ts';

const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
/** Static imports of a manifest entry, recursively: what loads with it. */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const dep of manifest[key]?.imports ?? []) closure(dep, seen);
  return seen;
}
function sizeOf(keys) {
  const files = new Set();
  const css = new Set();
  for (const k of keys) {
    files.add(manifest[k].file);
    for (const c of manifest[k].css ?? []) css.add(c);
  }
  const measure = (set) => {
    let raw = 0, gz = 0, br = 0;
    for (const f of set) {
      const buf = fs.readFileSync(path.join(dist, f));
      raw += buf.length;
      gz += gzipSync(buf, { level: 9 }).length;
      br += brotliCompressSync(buf).length;
    }
    return { raw, gz, br };
  };
  const heavy = [...files].filter((f) => (chunks[f]?.modules ?? []).some((m) => HEAVY.test(m)));
  return { files: [...files], js: measure(files), css: measure(css), heavy };
}

// Route pages are the dynamic imports of the router whose module lives in src/features/*/…-page.tsx.
const pages = Object.keys(manifest).filter((k) => /^src\/(features\/.+|app\/pages\/[^/]+)-page\.tsx$/.test(k));
const base = closure(entryKey);
const routeOf = {
  'src/features/overview/overview-page.tsx': '/',
  'src/features/partners/partners-list-page.tsx': '/partners',
  'src/features/partners/partner-new-page.tsx': '/partners/new',
  'src/features/partners/partners-import-page.tsx': '/partners/import',
  'src/app/pages/partner-page.tsx': '/partners/:partnerId',
  'src/features/opportunities/opportunities-page.tsx': '/opportunities',
  'src/features/tasks/tasks-page.tsx': '/tasks',
  'src/features/apprentices/apprentices-page.tsx': '/apprentices',
  'src/features/equipment/equipment-list-page.tsx': '/equipment',
  'src/features/equipment/equipment-item-page.tsx': '/equipment/:equipmentId',
  'src/features/incubator/incubator-page.tsx': '/incubator',
  'src/features/territory/territory-page.tsx': '/territory',
  'src/features/academic/academic-page.tsx': '/academic',
  'src/features/events/events-page.tsx': '/events',
  'src/features/tax/tax-campaign-page.tsx': '/apprenticeship-tax',
  'src/features/settings/settings-page.tsx': '/settings',
};
const rows = [];
for (const page of pages) {
  const keys = new Set([...base, ...closure(page)]);
  const s = sizeOf(keys);
  rows.push({ route: routeOf[page] ?? page.replace(/^src\/features\//, ''), ...s });
}
const demo = manifest[DEMO_API] ? sizeOf(new Set([...closure(DEMO_API)].filter((k) => !base.has(k)))) : null;

const kb = (n) => (n / 1024).toFixed(1);
if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ rows: rows.map(({ files, ...r }) => ({ ...r, chunks: files })), demoApi: demo && { js: demo.js } }, null, 2));
} else {
  console.log('route'.padEnd(34), 'JS raw KB'.padStart(10), 'gzip KB'.padStart(9), 'brotli KB'.padStart(10), 'CSS gzip KB'.padStart(12), ' chunks');
  for (const r of rows.sort((a, b) => a.route.localeCompare(b.route))) {
    console.log(r.route.padEnd(34), kb(r.js.raw).padStart(10), kb(r.js.gz).padStart(9), kb(r.js.br).padStart(10), kb(r.css.gz).padStart(12), ` ${r.files.length}${r.heavy.length ? '  CHART CODE: ' + r.heavy.join(',') : ''}`);
  }
  if (demo) console.log('in-browser demo API (loaded beside, not counted)'.padEnd(34), kb(demo.js.raw).padStart(10), kb(demo.js.gz).padStart(9), kb(demo.js.br).padStart(10));
}

if (process.argv.includes('--check')) {
  const home = rows.find((r) => r.route === '/');
  const problems = [];
  if (!home) problems.push('no chunk found for the overview route');
  else {
    if (home.js.gz > BUDGET_GZIP) problems.push(`first load of / is ${kb(home.js.gz)} KB gzip, over the ${kb(BUDGET_GZIP)} KB budget`);
    if (home.heavy.length) problems.push(`first load of / carries chart or map code: ${home.heavy.join(', ')}`);
  }
  if (problems.length) {
    console.error('\nBUDGET EXCEEDED:\n- ' + problems.join('\n- '));
    process.exit(1);
  }
  console.log(`\nbudget ok: first load of / = ${kb(home.js.gz)} KB gzip (budget ${kb(BUDGET_GZIP)} KB)`);
}
