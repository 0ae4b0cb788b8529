import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { DEMO_TODAY } from '../../mocks/data/dataset';
import { CSRF_HEADER, SESSION_COOKIE } from '../../src/contract/auth';
import type { Role } from '../../src/contract/reference';
import { buildServer } from '../../server/app';
import { readConfig } from '../../server/config';
import type { ServerConfig } from '../../server/config';
import { openDatabase } from '../../server/db/lifecycle';
import type { OpenedDatabase } from '../../server/db/lifecycle';
import { resetToDataset } from '../../server/db/seed';
import { demoDataset } from '../../server/db/lifecycle';
import { hashPassword } from '../../server/auth/passwords';
import { configureSessions } from '../../server/routes/auth';
import { apiClient } from '../contract/client';
import type { ApiClient } from '../contract/client';

/**
 * A real server for tests: its own database (a fresh SQLite file, or PostgreSQL when
 * TEST_DATABASE_URL is set), listening on a free loopback port, with one account per role.
 */

export const ADMIN = { email: 'admin@test.local', password: 'mot-de-passe-admin-2026' };
export const PASSWORD = 'mot-de-passe-de-test-2026';
export const ROLE_EMAILS: Record<Role, string> = {
  admin: ADMIN.email,
  'business-developer': 'dev@test.local',
  'platform-manager': 'plateforme@test.local',
  'apprenticeship-office': 'apprentissage@test.local',
  director: 'direction@test.local',
};

export interface Credentials {
  cookie: string;
  csrfToken: string;
  headers: (method: string) => Record<string, string>;
}

export interface TestServer {
  app: FastifyInstance;
  database: OpenedDatabase;
  baseUrl: string;
  config: ServerConfig;
  signIn: (email: string, password?: string) => Promise<Credentials>;
  /** Back to the demo dataset (accounts stay). */
  reset: () => Promise<void>;
  close: () => Promise<void>;
}

/** A database of its own on the PostgreSQL server of TEST_DATABASE_URL, so that test files can run side by side. */
async function freshPostgres(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `passerelles_t_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export async function startTestServer(overrides: Partial<ServerConfig> = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'passerelles-test-'));
  const postgres = process.env.TEST_DATABASE_URL ? await freshPostgres(process.env.TEST_DATABASE_URL) : null;
  const config = readConfig(
    {},
    {
      sqliteFile: join(dir, 'test.sqlite'),
      databaseUrl: postgres?.url ?? null,
      today: DEMO_TODAY,
      adminEmail: ADMIN.email,
      adminPassword: ADMIN.password,
      distDir: null,
      logLevel: 'silent',
      signInPerMinute: 1000,
      ...overrides,
    },
  );
  const database = await openDatabase(config);
  configureSessions(config.sessionHours);
  // One account per role besides the administrator.
  const hash = await hashPassword(PASSWORD);
  for (const [role, email] of Object.entries(ROLE_EMAILS)) {
    if (role === 'admin') continue;
    const exists = await database.db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
    if (!exists) {
      await database.db
        .insertInto('users')
        .values({ id: `u-test-${role}`, name: `Test ${role}`, nameKey: `test ${role}`, email, role, passwordHash: hash, active: 1, createdAt: new Date().toISOString() })
        .execute();
    }
  }
  const app = await buildServer({ config, database, logger: false });
  const address = await app.listen({ host: '127.0.0.1', port: 0 });

  async function signIn(email: string, password = email === ADMIN.email ? ADMIN.password : PASSWORD): Promise<Credentials> {
    const res = await fetch(`${address}/api/session`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) });
    if (res.status !== 200) throw new Error(`sign-in of ${email} answered ${res.status}: ${await res.text()}`);
    const setCookie = res.headers.get('set-cookie') ?? '';
    const token = new RegExp(`${SESSION_COOKIE}=([^;]+)`).exec(setCookie)?.[1];
    if (!token) throw new Error('no session cookie');
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    const cookie = `${SESSION_COOKIE}=${token}`;
    const headers = (method: string): Record<string, string> => (method === 'GET' ? { Cookie: cookie } : { Cookie: cookie, [CSRF_HEADER]: csrfToken });
    return { cookie, csrfToken, headers };
  }

  return {
    app,
    database,
    baseUrl: address,
    config,
    signIn,
    reset: () => database.db.transaction().execute((trx) => resetToDataset(trx, demoDataset(), new Date().toISOString())),
    close: async () => {
      await app.close();
      await database.close();
      await postgres?.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface ServerUnderTest {
  server: TestServer;
  admin: Credentials;
  /** The contract suite's client, as the administrator. */
  api: ApiClient;
  /** The same client as another account. */
  as: (who: Credentials) => ApiClient;
}

/**
 * A test file's server: started before its tests with the administrator signed in, closed after
 * them; with `fresh`, back to the demo data before each test. Its fields are set once the file's
 * tests start.
 */
export function setUpTestServer(overrides: Partial<ServerConfig> = {}, { fresh = false } = {}): ServerUnderTest {
  const t = {} as ServerUnderTest;
  beforeAll(async () => {
    t.server = await startTestServer(overrides);
    t.admin = await t.server.signIn(ADMIN.email);
    t.as = (who) => apiClient({ baseUrl: t.server.baseUrl, reset: t.server.reset, headers: who.headers });
    t.api = t.as(t.admin);
  });
  afterAll(async () => {
    await t.server?.close();
  });
  if (fresh) beforeEach(() => t.server.reset());
  return t;
}
