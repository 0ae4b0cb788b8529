#!/usr/bin/env node
/**
 * `npm start`: builds the app when the build is missing or older than its sources, then starts the
 * team server (SQLite in ./data by default, PostgreSQL when DATABASE_URL is set), which prints its
 * URL and, on the first start, the first administrator's credentials.
 */
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const SOURCES = ['src', 'mocks', 'index.html', 'vite.config.ts', 'package-lock.json'];
const BUILD = 'dist/index.html';

function newest(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

const built = existsSync(BUILD) ? statSync(BUILD).mtimeMs : 0;
if (built < Math.max(...SOURCES.map(newest))) {
  process.stdout.write('Construction de l’application (vite build)…\n');
  const build = spawnSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const server = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], { stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
