// API benchmark on loopback: list, detail and statistics endpoints of the team server on 10,000
// and 100,000 companies, 20 concurrent clients (autocannon), SQLite and — when
// BENCH_DATABASE_URL is set — PostgreSQL. Prints p50/p99 latency and requests per second;
// writes bench/results/api.json.
//   node bench/api.bench.mjs            (BENCH_API_SECONDS=20 BENCH_API_SCALES=10,100 by default)
// bench/run.mjs calls `benchApi({ seconds, scales })`.
import autocannon from 'autocannon';
import { mkdirSync, writeFileSync } from 'node:fs';
import { startServer } from './lib-server.mjs';

const DIALECTS = ['sqlite', ...(process.env.BENCH_DATABASE_URL ? ['postgres'] : [])];
const CONNECTIONS = 20;

function run(url, headers, path, seconds) {
  return new Promise((resolve, reject) => {
    autocannon({ url: `${url}${path}`, connections: CONNECTIONS, duration: seconds, headers }, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

export async function benchApi({ seconds = Number(process.env.BENCH_API_SECONDS ?? 20), scales = (process.env.BENCH_API_SCALES ?? '10,100').split(',').map(Number), port } = {}) {
  const rows = [];
  for (const dialect of DIALECTS) {
    for (const scale of scales) {
      const server = await startServer({ dialect, scale, port });
      const { url, headers } = server;
      const first = await (await fetch(`${url}/api/partners?pageSize=1&sort=name&order=desc`, { headers })).json();
      const id = first.items[0].id;
      const endpoints = [
        ['companies list (page 1)', '/api/partners'],
        ['companies search', '/api/partners?q=alès&sector=energie'],
        ['companies sorted by last interaction', '/api/partners?sort=lastInteraction&order=desc&page=3'],
        ['company detail', `/api/partners/${id}`],
        ['company summary', `/api/partners/${id}/summary`],
        ['overview statistics', '/api/stats/overview'],
        ['territory statistics', '/api/stats/territory'],
      ];
      for (const [name, path] of endpoints) {
        const r = await run(url, headers, path, seconds);
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
      console.log(`(${dialect}, ${scale * 1000} companies: loaded in ${server.loadSeconds.toFixed(1)} s)`);
      await server.stop();
    }
  }
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/api.json', JSON.stringify({ date: new Date().toISOString(), seconds, connections: CONNECTIONS, rows }, null, 2));
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) await benchApi();
