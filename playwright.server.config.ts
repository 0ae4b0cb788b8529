import { defineConfig } from '@playwright/test';
import baseConfig from './playwright.config';

/**
 * Browser journeys against the team server (SQLite, a fresh database per run) serving the
 * production build: sign-in, roles, two people editing the same company.
 */
const PORT = Number(process.env.E2E_SERVER_PORT ?? 4180);
const DB = process.env.E2E_SERVER_DB ?? `test-results/e2e-server-${Date.now()}.sqlite`;

export const SERVER_ADMIN = { email: 'admin@e2e.local', password: 'mot-de-passe-admin-e2e' };

export default defineConfig({
  ...baseConfig,
  testDir: 'tests/e2e-server',
  outputDir: 'test-results/e2e-server',
  workers: 1,
  use: { ...baseConfig.use, baseURL: `http://127.0.0.1:${PORT}` },
  webServer: {
    command: 'node --import tsx server/main.ts',
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 120_000,
    env: {
      PORT: String(PORT),
      HOST: '127.0.0.1',
      SQLITE_FILE: DB,
      PASSERELLES_TODAY: '2026-11-26',
      PASSERELLES_DIST: process.env.E2E_DIST ?? 'dist',
      ADMIN_EMAIL: SERVER_ADMIN.email,
      ADMIN_PASSWORD: SERVER_ADMIN.password,
      LOG_LEVEL: 'warn',
    },
  },
});
