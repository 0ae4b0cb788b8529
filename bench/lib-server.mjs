// Starts the team server in its own process on a fresh database for the API benchmarks.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { onCleanup } from './lib-cleanup.mjs';
import { freePort } from './lib-serve.mjs';

export const ADMIN = { email: 'bench@test.local', password: 'mot-de-passe-banc-2026' };

/**
 * dialect 'sqlite' uses a new file; 'postgres' needs BENCH_DATABASE_URL (a database the benchmark
 * may empty: every table is dropped first). Resolves once the demo dataset of `scale` is loaded.
 */
export async function startServer({ dialect = 'sqlite', scale = 1, port } = {}) {
  port ??= await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'passerelles-bench-'));
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    PASSERELLES_SCALE: String(scale),
    PASSERELLES_TODAY: '2026-11-26',
    PASSERELLES_DIST: '',
    LOG_LEVEL: 'warn',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    SIGN_IN_PER_MINUTE: '1000',
    SQLITE_FILE: join(dir, 'bench.sqlite'),
    DATABASE_URL: '',
  };
  if (dialect === 'postgres') {
    if (!process.env.BENCH_DATABASE_URL) throw new Error('BENCH_DATABASE_URL is not set');
    env.DATABASE_URL = process.env.BENCH_DATABASE_URL;
    await dropAll(process.env.BENCH_DATABASE_URL);
  }
  let out = '';
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  // Should the benchmark stop early, the server and its database file go with it.
  const unregister = onCleanup(() => {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  const url = `http://127.0.0.1:${port}`;
  const started = Date.now();
  for (;;) {
    if (child.exitCode !== null) {
      unregister();
      throw new Error(`server exited:\n${out}`);
    }
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      // still loading the dataset
    }
    if (Date.now() - started > 600_000) {
      child.kill('SIGKILL');
      unregister();
      throw new Error(`server did not start:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const loadSeconds = (Date.now() - started) / 1000;
  const res = await fetch(`${url}/api/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(ADMIN) });
  const token = /passerelles_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
  const { csrfToken } = await res.json();
  const headers = { Cookie: `passerelles_session=${token}`, 'x-csrf-token': csrfToken };
  const stop = () =>
    new Promise((resolve) => {
      child.once('exit', () => {
        unregister();
        rmSync(dir, { recursive: true, force: true });
        resolve();
      });
      child.kill('SIGTERM');
    });
  return { url, headers, stop, loadSeconds, output: () => out };
}

async function dropAll(databaseUrl) {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  await client.query('drop schema public cascade; create schema public;');
  await client.end();
}
