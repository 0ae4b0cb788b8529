import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { can } from '../../src/contract/auth';
import { ROLES } from '../../src/contract/reference';
import type { Role } from '../../src/contract/reference';
import { routePath } from '../../server/http/api';
import { apiRoutes } from '../../server/routes';
import { ROLE_EMAILS, startTestServer } from './harness';
import type { Credentials, TestServer } from './harness';

/**
 * The authorisation matrix: every role × every endpoint of the route table. A role without the
 * permission gets 403 before anything is read or written; a role with it gets past authorisation
 * (its answer is whatever the request deserves: 200, 400 for an empty body, 404 for an unknown id).
 * Signed out, every endpoint but the public ones answers 401.
 */

let server: TestServer;
const sessions = {} as Record<Role, Credentials>;

beforeAll(async () => {
  server = await startTestServer();
  for (const role of ROLES) sessions[role] = await server.signIn(ROLE_EMAILS[role]);
});
afterAll(async () => {
  await server?.close();
});

// Sign-out ends the session the matrix uses; it has its own tests (auth.test.ts).
const routes = apiRoutes.filter((r) => !(r.method === 'DELETE' && routePath(r.path) === '/session'));
const url = (path: string) => `${server.baseUrl}/api${path.replace(':id', 'id-inconnu')}`;

async function call(method: string, path: string, headers: Record<string, string>) {
  const res = await fetch(url(path), {
    method,
    headers: { ...headers, ...(method === 'GET' ? {} : { 'Content-Type': 'application/json' }) },
    body: method === 'GET' ? undefined : '{}',
  });
  await res.arrayBuffer();
  return res.status;
}

describe('authorisation matrix', () => {
  it('covers the whole route table', () => {
    expect(routes.length).toBeGreaterThan(40);
  });

  for (const role of ROLES) {
    it(`${role}: 403 exactly where the role lacks the permission`, async () => {
      const wrong: string[] = [];
      for (const route of routes) {
        const path = routePath(route.path);
        // The demo reset would replace the data under the other tests: its permission is checked on a copy.
        if (path === '/demo/reset' && can(role, 'accounts')) continue;
        const status = await call(route.method, path, sessions[role].headers(route.method));
        const allowed = route.public || route.sessionOptional || !route.permission || can(role, route.permission);
        const ok = allowed ? status !== 401 && status !== 403 && status < 500 : status === 403;
        if (!ok) wrong.push(`${route.method} ${path} → ${status} (expected ${allowed ? 'allowed' : '403'})`);
      }
      expect(wrong).toEqual([]);
    });
  }

  it('signed out: 401 everywhere but sign-in, health and the OpenAPI document', async () => {
    const wrong: string[] = [];
    for (const route of routes) {
      const path = routePath(route.path);
      const status = await call(route.method, path, {});
      const expected = route.public ? null : 401;
      if (expected !== null && status !== expected) wrong.push(`${route.method} ${path} → ${status}`);
      if (expected === null && (status === 401 || status === 403)) wrong.push(`${route.method} ${path} → ${status} (public)`);
    }
    expect(wrong).toEqual([]);
  });

  it('refuses every mutation without the CSRF token, even from an administrator', async () => {
    const wrong: string[] = [];
    for (const route of routes) {
      if (route.method === 'GET' || route.public || route.sessionOptional) continue;
      const status = await call(route.method, routePath(route.path), { Cookie: sessions.admin.cookie });
      if (status !== 403) wrong.push(`${route.method} ${routePath(route.path)} → ${status}`);
    }
    expect(wrong).toEqual([]);
  });
});
