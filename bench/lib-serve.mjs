// Serves a production build with `vite preview` for the benchmarks, and stops it afterwards.
import { spawn, execFileSync, execSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { onCleanup } from './lib-cleanup.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROME_FLAGS = ['--headless', '--lang=fr-FR', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** What a build is made from: a build older than any of these measures code that is gone. */
const SOURCES = ['src', 'mocks', 'index.html', 'vite.config.ts', 'package-lock.json'];

function newestMtime(p) {
  const stat = fs.statSync(p, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

/**
 * Builds into `dist` when there is no build there, when the sources changed since (BENCH_REBUILD=0
 * keeps whatever is there), or always with BENCH_REBUILD=1.
 */
export function ensureBuild(dist = process.env.BENCH_DIST ?? 'dist', { quiet = false } = {}) {
  const built = fs.statSync(`${dist}/index.html`, { throwIfNoEntry: false });
  const mode = process.env.BENCH_REBUILD;
  const stale = built && mode !== '0' && Math.max(...SOURCES.map(newestMtime)) > built.mtimeMs;
  if (mode === '1' || !built || stale) {
    if (quiet) console.log(`building into ${dist}${stale ? ' (sources changed since the last build)' : ''}…`);
    execSync(`npx vite build --outDir ${dist} --emptyOutDir`, { stdio: quiet ? ['ignore', 'ignore', 'inherit'] : 'inherit' });
  }
  return dist;
}

/** A port nobody listens on now (the machine is shared: fixed ports collide with other runs). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const isUp = (url) => fetch(url).then((r) => r.ok, () => false);

/**
 * `vite preview` of `dist` on `port` (a free one if not given). `ensureUp()` starts it again should
 * it have stopped: a busy machine has been seen to end it during long runs.
 */
export async function serve(dist, port) {
  port ??= await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child = null;
  let unregister = () => {};
  const stop = () => {
    unregister();
    try {
      if (child) process.kill(-child.pid);
    } catch {
      // Already gone.
    }
    child = null;
  };
  const start = async () => {
    child = spawn('npx', ['vite', 'preview', '--outDir', dist, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
    unregister = onCleanup(stop);
    for (let i = 0; i < 150; i++) {
      if (await isUp(url)) return;
      await new Promise((r) => setTimeout(r, 200));
    }
    stop();
    throw new Error(`vite preview did not start on ${url}`);
  };
  const ensureUp = async () => {
    if (await isUp(url)) return;
    stop();
    await start();
  };
  await start();
  return { url, stop, ensureUp };
}

/** Nearest-rank quantile: with 10 runs the p95 is the slowest one, which is what a person may hit. */
export function quantile(xs, q) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.max(0, Math.ceil(s.length * q) - 1))] : NaN;
}
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
export const p95 = (xs) => quantile(xs, 0.95);

/** What the figures were measured on: they mean little without it. */
export function machineInfo() {
  let chromium = 'unknown';
  try {
    chromium = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // Reported as unknown.
  }
  const cpus = os.cpus();
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? 'unknown',
    memoryGB: Math.round(os.totalmem() / 2 ** 30),
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    node: process.version,
    chromium,
    loadAverage: os.loadavg()[0],
  };
}

/**
 * The team server (production mode: the same build without the demo API, the app's data from the
 * server) serving `dist` on a fresh SQLite database of `scale` thousand companies, with a signed-in
 * session: `cookie` ({ name, value }) and `headers` ({ Cookie }) to send it. bench/lib-server.mjs
 * starts the server for the API benchmarks, API only (PASSERELLES_DIST empty): the pages need it to
 * serve the build as `npm start` does. `admin`: the first administrator's { email, password }
 * (lib-server.mjs's ADMIN), who signs in.
 */
export async function serveTeam(dist, { admin, scale = 1 }) {
  const port = await freePort();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'passerelles-bench-pages-'));
  const env = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    PASSERELLES_SCALE: String(scale),
    PASSERELLES_DIST: path.resolve(dist),
    LOG_LEVEL: 'warn',
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    SIGN_IN_PER_MINUTE: '1000',
    SQLITE_FILE: path.join(dir, 'bench.sqlite'),
    DATABASE_URL: '',
  };
  const url = `http://127.0.0.1:${port}`;
  let child = null;
  let unregister = () => {};
  let output = '';
  const stop = () => {
    unregister();
    child?.kill('SIGKILL');
    child = null;
    fs.rmSync(dir, { recursive: true, force: true });
  };
  child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  unregister = onCleanup(stop);
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const started = Date.now();
  while (!(await isUp(`${url}/api/health`))) {
    if (!child || child.exitCode !== null || Date.now() - started > 600_000) {
      stop();
      throw new Error(`the team server did not start on ${url}:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  const res = await fetch(`${url}/api/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(admin) });
  const value = /passerelles_session=([^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1];
  if (!res.ok || !value) {
    stop();
    throw new Error(`signing in to the team server failed (${res.status})`);
  }
  const cookie = { name: 'passerelles_session', value };
  // A stopped server lost its database and session: nothing to restart, the run fails loudly.
  const ensureUp = async () => {
    if (!(await isUp(`${url}/api/health`))) throw new Error(`the team server on ${url} stopped:\n${output}`);
  };
  return { url, stop, ensureUp, cookie, headers: { Cookie: `${cookie.name}=${cookie.value}` } };
}
