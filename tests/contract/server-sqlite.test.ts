import { afterAll, beforeAll } from 'vitest';
import { startTestServer } from '../server/harness';
import type { Credentials, TestServer } from '../server/harness';
import { ADMIN } from '../server/harness';
import { defineApiContractSuite } from './api-suite';

// The same suite as the in-browser API's, against the team server: SQLite here, PostgreSQL when
// TEST_DATABASE_URL is set (CI runs it both ways).
let server: TestServer;
let admin: Credentials;
const target = { baseUrl: '', reset: () => server.reset(), headers: (method: string) => admin.headers(method) };

beforeAll(async () => {
  server = await startTestServer();
  admin = await server.signIn(ADMIN.email);
  target.baseUrl = server.baseUrl;
});
afterAll(async () => {
  await server?.close();
});

defineApiContractSuite(process.env.TEST_DATABASE_URL ? 'team server (PostgreSQL)' : 'team server (SQLite)', target);
