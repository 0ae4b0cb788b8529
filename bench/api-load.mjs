// Mixed read/write load on the team server: 20 clients for 60 s (BENCH_LOAD_SECONDS), 70 % reads
// (lists, details, statistics) and 30 % writes (new interactions, new tasks, company edits with
// their version). Afterwards the rows are counted: every write answered 201/200 must be there,
// none more; a 409 on a stale version is the expected refusal, not an error. Any other status or
// a dropped connection is an error. SQLite, and PostgreSQL when BENCH_DATABASE_URL is set.
import { mkdirSync, writeFileSync } from 'node:fs';
import { startServer } from './lib-server.mjs';

const CLIENTS = 20;
const DIALECTS = (process.env.BENCH_LOAD_DIALECTS ?? ['sqlite', ...(process.env.BENCH_DATABASE_URL ? ['postgres'] : [])].join(',')).split(',');
const SCALE = Number(process.env.BENCH_LOAD_SCALE ?? 10);

async function loadRun(dialect, seconds, port) {
  const server = await startServer({ dialect, scale: SCALE, port });
  const { url, headers } = server;
  const json = { ...headers, 'Content-Type': 'application/json' };
  const tag = `charge-${Date.now()}`;
  const ids = (await (await fetch(`${url}/api/partners?pageSize=200`, { headers })).json()).items.map((p) => p.id);
  const users = (await (await fetch(`${url}/api/users`, { headers })).json()).items;
  const counts = { reads: 0, interactions: 0, tasks: 0, edits: 0, conflicts: 0, errors: 0 };
  const errors = [];
  const pick = (xs) => xs[Math.floor(Math.random() * xs.length)];
  const deadline = Date.now() + seconds * 1000;

  async function client() {
    while (Date.now() < deadline) {
      const r = Math.random();
      const id = pick(ids);
      let res;
      try {
        if (r < 0.7) {
          const path = pick([`/api/partners?q=${pick(['a', 'al', 'ind', 'sas'])}`, `/api/partners/${id}`, `/api/partners/${id}/summary`, '/api/stats/overview', `/api/interactions?partnerId=${id}`, '/api/tasks']);
          res = await fetch(`${url}${path}`, { headers });
          if (res.ok) counts.reads++;
        } else if (r < 0.8) {
          res = await fetch(`${url}/api/interactions`, {
            method: 'POST',
            headers: json,
            body: JSON.stringify({ partnerId: id, contactId: null, date: '2026-11-26', kind: 'call', authorId: users[0].id, summary: `${tag} appel` }),
          });
          if (res.status === 201) counts.interactions++;
        } else if (r < 0.9) {
          res = await fetch(`${url}/api/tasks`, { method: 'POST', headers: json, body: JSON.stringify({ partnerId: id, title: `${tag} relance`, due: '2026-12-15', ownerId: users[0].id }) });
          if (res.status === 201) counts.tasks++;
        } else {
          const current = await (await fetch(`${url}/api/partners/${id}`, { headers })).json();
          res = await fetch(`${url}/api/partners/${id}`, { method: 'PATCH', headers: json, body: JSON.stringify({ notes: `${tag} ${Math.random()}`, version: current.version }) });
          if (res.status === 200) counts.edits++;
          else if (res.status === 409) counts.conflicts++;
        }
        if (!res.ok && res.status !== 409) {
          counts.errors++;
          errors.push(`${res.status} ${await res.text()}`.slice(0, 200));
        } else await res.arrayBuffer();
      } catch (err) {
        counts.errors++;
        errors.push(String(err));
      }
    }
  }
  const started = Date.now();
  await Promise.all(Array.from({ length: CLIENTS }, client));
  const elapsed = (Date.now() - started) / 1000;

  // Count what is in the database.
  let storedInteractions = 0;
  for (const id of ids) {
    const page = await (await fetch(`${url}/api/interactions?partnerId=${id}&pageSize=1000`, { headers })).json();
    storedInteractions += page.items.filter((i) => i.summary === `${tag} appel`).length;
  }
  const tasks = await (await fetch(`${url}/api/tasks?status=all&pageSize=1000`, { headers })).json();
  let storedTasks = tasks.items.filter((t) => t.title === `${tag} relance`).length;
  if (tasks.total > tasks.items.length) {
    storedTasks = 0;
    for (let page = 1; page <= Math.ceil(tasks.total / 1000); page++) {
      const p = await (await fetch(`${url}/api/tasks?status=all&pageSize=1000&page=${page}`, { headers })).json();
      storedTasks += p.items.filter((t) => t.title === `${tag} relance`).length;
    }
  }
  await server.stop();
  const total = counts.reads + counts.interactions + counts.tasks + counts.edits + counts.conflicts + counts.errors;
  const result = {
    dialect,
    companies: SCALE * 1000,
    seconds: Math.round(elapsed),
    requests: total,
    rps: Math.round(total / elapsed),
    ...counts,
    storedInteractions,
    storedTasks,
    lostWrites: counts.interactions - storedInteractions + (counts.tasks - storedTasks),
    sampleErrors: errors.slice(0, 5),
  };
  console.log(
    `${dialect.padEnd(8)} ${result.seconds} s, ${result.requests} requests (${result.rps}/s): ${counts.reads} reads, ${counts.interactions} interactions, ${counts.tasks} tasks, ${counts.edits} edits, ${counts.conflicts} stale-version refusals — errors ${counts.errors}; stored ${storedInteractions}/${counts.interactions} interactions, ${storedTasks}/${counts.tasks} tasks → lost writes ${result.lostWrites}`,
  );
  for (const e of result.sampleErrors) console.log(`  ${e}`);
  return result;
}

/** `seconds` of load on each database; bench/run.mjs calls it. */
export async function benchLoad({ seconds = Number(process.env.BENCH_LOAD_SECONDS ?? 60), port } = {}) {
  const results = [];
  for (const dialect of DIALECTS) results.push(await loadRun(dialect, seconds, port));
  mkdirSync('bench/results', { recursive: true });
  writeFileSync('bench/results/api-load.json', JSON.stringify({ date: new Date().toISOString(), clients: CLIENTS, results }, null, 2));
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await benchLoad();
  if (results.some((r) => r.errors > 0 || r.lostWrites !== 0)) process.exitCode = 1;
}
