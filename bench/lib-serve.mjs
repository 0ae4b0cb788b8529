// Serves a production build with `vite preview` for the benchmarks, and stops it afterwards.
import { spawn, execSync } from 'node:child_process';
import fs from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROME_FLAGS = ['--headless', '--lang=fr-FR', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Builds into `dist` unless a build is there already (BENCH_REBUILD=1 forces it). */
export function ensureBuild(dist = process.env.BENCH_DIST ?? 'dist') {
  if (process.env.BENCH_REBUILD === '1' || !fs.existsSync(`${dist}/index.html`)) {
    execSync(`npx vite build --outDir ${dist} --emptyOutDir`, { stdio: 'inherit' });
  }
  return dist;
}

export async function serve(dist, port) {
  const child = spawn('npx', ['vite', 'preview', '--outDir', dist, '--port', String(port), '--strictPort', '--host', '127.0.0.1'], { stdio: 'ignore', detached: true });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return { url, stop: () => process.kill(-child.pid) };
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  process.kill(-child.pid);
  throw new Error(`vite preview did not start on ${url}`);
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : NaN;
};
export const p95 = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)];
};
