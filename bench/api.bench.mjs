// API benchmark on loopback: list, detail and statistics endpoints of the team server on 10,000
// and 100,000 companies, 20 concurrent clients (autocannon), SQLite and — when
// BENCH_DATABASE_URL is set — PostgreSQL. Prints p50/p99 latency and requests per second;
// writes bench/results/api.json.
//   node bench/api.bench.mjs            (BENCH_API_SECONDS=20 BENCH_API_SCALES=10,100 by default; BENCH_API_WARMUP=3 s)
// bench/run.mjs calls `benchApi({ seconds, scales })`.
import autocannon from 'autocannon';
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { startServer } from './lib-server.mjs';

// BENCH_API_DIALECTS=postgres runs one of them only.
const DIALECTS = ['sqlite', ...(process.env.BENCH_DATABASE_URL ? ['postgres'] : [])].filter(
  (d) => !process.env.BENCH_API_DIALECTS || process.env.BENCH_API_DIALECTS.split(',').includes(d),
);
const CONNECTIONS = 20;
const WARMUP_SECONDS = Number(process.env.BENCH_API_WARMUP ?? 3);

/**
 * Realistic traffic: every request of a run draws its own URL (`pick()`), so that no whole-answer
 * cache could serve the run from one entry; autocannon asks `setupRequest` before each request.
 */
function run(url, headers, pick, seconds) {
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url,
        connections: CONNECTIONS,
        duration: seconds,
        headers,
        requests: [{ method: 'GET', setupRequest: (req) => ({ ...req, path: pick() }) }],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
  });
}

const any = (list) => list[Math.floor(Math.random() * list.length)];
/** Pages a person pages through: among the first fifty. */
const somePage = () => 1 + Math.floor(Math.random() * 50);
/** Words people type: towns of the demo data and words of its company names (accents as typed or not). */
const WORDS = [
  'alès', 'ales', 'nîmes', 'montpellier', 'toulouse', 'béziers', 'sète', 'carcassonne', 'narbonne', 'rodez', 'perpignan', 'albi',
  'montauban', 'tarbes', 'mende', 'cahors', 'uzès', 'blagnac', 'lunel', 'castres', 'composites', 'ingénierie', 'solaire', 'hydrogène',
  'médical', 'mécanique', 'cévennes', 'gardon', 'ateliers', 'environnement', 'numérique', 'robotique', 'béton', 'data', 'vidal',
];
const SECTORS = ['sante', 'protection-civile', 'nucleaire', 'mecatronique', 'energies-renouvelables', 'hydrogene', 'materiaux', 'numerique-ia', 'construction', 'eau-environnement'];
const DEPARTMENTS = ['09', '11', '12', '30', '31', '32', '34', '46', '48', '65', '66', '81', '82', 'HO'];
const SORTS = ['name', 'sector', 'department', 'city', 'stage', 'owner', 'lastInteraction', 'openOpportunitiesAmount', 'partnerSince'];
const LAYERS = ['partners', 'apprentices', 'startups', 'bookings'];
/** No scope most of the time, else one sector or one department (what the statistics' filters offer). */
const someScope = () => any(['', '', `&sector=${any(SECTORS)}`, `&department=${any(DEPARTMENTS)}`]);

/** Ids of companies spread over the whole list: twenty random pages of 100. */
async function someIds(url, headers) {
  const { total } = await (await fetch(`${url}/api/partners?pageSize=1`, { headers })).json();
  const pages = Math.max(1, Math.ceil(total / 100));
  const ids = [];
  for (let i = 0; i < 20; i++) {
    const page = 1 + Math.floor(Math.random() * pages);
    const { items } = await (await fetch(`${url}/api/partners?pageSize=100&page=${page}`, { headers })).json();
    ids.push(...items.map((p) => p.id));
  }
  return ids;
}

export async function benchApi({ seconds = Number(process.env.BENCH_API_SECONDS ?? 20), scales = (process.env.BENCH_API_SCALES ?? '10,100').split(',').map(Number), port } = {}) {
  const rows = [];
  for (const dialect of DIALECTS) {
    for (const scale of scales) {
      const server = await startServer({ dialect, scale, port });
      const { url, headers } = server;
      const ids = await someIds(url, headers);
      // A server runs for months: its first seconds after loading (compiling code, collecting the
      // dataset's garbage) are not what its users see. A few seconds of pages, not measured.
      await run(url, headers, () => `/api/partners?page=${somePage()}`, WARMUP_SECONDS);
      // Each row keeps its name (figures stay comparable with earlier runs); its URLs vary per request.
      const endpoints = [
        ['companies list (page 1)', '/api/partners?page=<1–50>', () => `/api/partners?page=${somePage()}`],
        ['companies search', '/api/partners?q=<word>[&sector=…]', () => `/api/partners?q=${encodeURIComponent(any(WORDS))}${any(['', `&sector=${any(SECTORS)}`])}`],
        [
          'companies sorted by last interaction',
          '/api/partners?sort=<key>&order=<asc|desc>&page=<1–50>',
          () => `/api/partners?sort=${any(SORTS)}&order=${any(['asc', 'desc'])}&page=${somePage()}`,
        ],
        ['company detail', '/api/partners/<id>', () => `/api/partners/${any(ids)}`],
        ['company summary', '/api/partners/<id>/summary', () => `/api/partners/${any(ids)}/summary`],
        ['overview statistics', '/api/stats/overview?[year][scope]', () => `/api/stats/overview?${any(['', 'year=2025'])}${someScope()}`],
        ['territory statistics', '/api/stats/territory?layer=<layer>[scope]', () => `/api/stats/territory?layer=${any(LAYERS)}${someScope()}`],
      ];
      for (const [name, path, pick] of endpoints) {
        const r = await run(url, headers, pick, seconds);
        const row = {
          dialect,
          companies: scale * 1000,
          endpoint: name,
          path,
          p50: r.latency.p50,
          p99: r.latency.p99,
          rps: Math.round(r.requests.average),
          // Answers received: none means no request finished within the run (latencies read 0).
          answered: r.requests.total,
          errors: r.errors + r.non2xx,
        };
        rows.push(row);
        const latency = row.answered ? `p50 ${String(row.p50).padStart(4)} ms  p99 ${String(row.p99).padStart(4)} ms` : `no answer within ${seconds} s`.padEnd(26);
        console.log(`${dialect.padEnd(8)} ${String(row.companies).padStart(7)}  ${name.padEnd(38)} ${latency}  ${String(row.rps).padStart(6)} req/s  errors ${row.errors}`);
      }
      // The machine may be shared: its load says how much of it the run had.
      console.log(`(${dialect}, ${scale * 1000} companies: loaded in ${server.loadSeconds.toFixed(1)} s; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')})`);
      await server.stop();
    }
  }
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/api.json', JSON.stringify({ date: new Date().toISOString(), seconds, connections: CONNECTIONS, rows }, null, 2));
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) await benchApi();
