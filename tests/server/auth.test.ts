import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSRF_HEADER, Session, SESSION_COOKIE } from '../../src/contract/auth';
import { Problem } from '../../src/contract/problem';
import { User } from '../../src/contract/user';
import { ADMIN, PASSWORD, ROLE_EMAILS, startTestServer } from './harness';
import type { TestServer } from './harness';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ signInPerMinute: 1000 });
});
afterAll(async () => {
  await server?.close();
});

const api = (path: string) => `${server.baseUrl}/api${path}`;
const json = (body: unknown, headers: Record<string, string> = {}) => ({
  headers: { 'Content-Type': 'application/json', ...headers },
  body: JSON.stringify(body),
});

describe('sign-in and sessions', () => {
  it('signs in with e-mail and password: HttpOnly SameSite cookie, the session with permissions and a CSRF token', async () => {
    const res = await fetch(api('/session'), { method: 'POST', ...json({ email: ' DEV@test.local ', password: PASSWORD }) });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toContain(`${SESSION_COOKIE}=`);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    const session = Session.parse(await res.json());
    expect(session.user.email).toBe('dev@test.local');
    expect(session.user.role).toBe('business-developer');
    expect(session.permissions).toEqual(['crm', 'export']);
    expect(session.csrfToken.length).toBeGreaterThan(20);
  });

  it('refuses a wrong password or an unknown e-mail with the same French message', async () => {
    for (const body of [{ email: ROLE_EMAILS.director, password: 'faux' }, { email: 'personne@test.local', password: PASSWORD }]) {
      const res = await fetch(api('/session'), { method: 'POST', ...json(body) });
      expect(res.status).toBe(401);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      expect(Problem.parse(await res.json()).detail).toBe('Adresse e-mail ou mot de passe incorrect.');
    }
  });

  it('does not accept the session cookie after sign-out', async () => {
    const me = await server.signIn(ROLE_EMAILS.director);
    expect((await fetch(api('/session'), { headers: me.headers('GET') })).status).toBe(200);
    const out = await fetch(api('/session'), { method: 'DELETE', headers: me.headers('DELETE') });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(new RegExp(`${SESSION_COOKIE}=;`));
    expect((await fetch(api('/session'), { headers: me.headers('GET') })).status).toBe(401);
    expect((await fetch(api('/partners'), { headers: me.headers('GET') })).status).toBe(401);
  });

  it('does not accept a forged cookie', async () => {
    const res = await fetch(api('/partners'), { headers: { Cookie: `${SESSION_COOKIE}=forged-token` } });
    expect(res.status).toBe(401);
    expect(Problem.parse(await res.json()).detail).toMatch(/Connectez-vous/);
  });

  it('refuses a mutation whose CSRF token is another session’s', async () => {
    const a = await server.signIn(ROLE_EMAILS['business-developer']);
    const b = await server.signIn(ROLE_EMAILS['business-developer']);
    const res = await fetch(api('/tasks'), { method: 'POST', ...json({}, { Cookie: a.cookie, [CSRF_HEADER]: b.csrfToken }) });
    expect(res.status).toBe(403);
  });
});

describe('session expiry', () => {
  it('ends a session after its lifetime', async () => {
    const short = await startTestServer({ sessionHours: 0.5 / 3600 });
    try {
      const me = await short.signIn(ROLE_EMAILS.director);
      expect((await fetch(`${short.baseUrl}/api/session`, { headers: me.headers('GET') })).status).toBe(200);
      await new Promise((r) => setTimeout(r, 700));
      expect((await fetch(`${short.baseUrl}/api/session`, { headers: me.headers('GET') })).status).toBe(401);
    } finally {
      await short.close();
    }
  });
});

describe('rate limiting', () => {
  it('answers 429 with a French problem after too many sign-in attempts', async () => {
    const limited = await startTestServer({ signInPerMinute: 3 });
    try {
      const statuses: number[] = [];
      let last: Response | null = null;
      for (let i = 0; i < 5; i++) {
        last = await fetch(`${limited.baseUrl}/api/session`, { method: 'POST', ...json({ email: ROLE_EMAILS.director, password: 'faux' }) });
        statuses.push(last.status);
        if (i < 4) await last.arrayBuffer();
      }
      expect(statuses).toEqual([401, 401, 401, 429, 429]);
      const p = Problem.parse(await last!.json());
      expect(p.detail).toMatch(/Trop de tentatives de connexion/);
    } finally {
      await limited.close();
    }
  });
});

describe('accounts (administrators)', () => {
  it('creates an account that can sign in, changes its role, and a deactivated account cannot sign in', async () => {
    const admin = await server.signIn(ADMIN.email);
    const created = await fetch(api('/users'), {
      method: 'POST',
      ...json({ name: 'Camille Nouvelle', email: 'camille@test.local', role: 'platform-manager', password: 'un-mot-de-passe-long' }, admin.headers('POST')),
    });
    expect(created.status).toBe(201);
    const user = User.parse(await created.json());
    const camille = await server.signIn('camille@test.local', 'un-mot-de-passe-long');
    expect((await fetch(api('/session'), { headers: camille.headers('GET') })).status).toBe(200);

    const duplicate = await fetch(api('/users'), {
      method: 'POST',
      ...json({ name: 'Autre', email: 'CAMILLE@test.local', role: 'director', password: 'un-mot-de-passe-long' }, admin.headers('POST')),
    });
    expect(duplicate.status).toBe(409);

    // A new role ends the account's sessions: the new rights apply at once.
    const changed = await fetch(api(`/users/${user.id}`), { method: 'PATCH', ...json({ role: 'director' }, admin.headers('PATCH')) });
    expect(User.parse(await changed.json()).role).toBe('director');
    expect((await fetch(api('/session'), { headers: camille.headers('GET') })).status).toBe(401);

    await fetch(api(`/users/${user.id}`), { method: 'PATCH', ...json({ active: false }, admin.headers('PATCH')) });
    const refused = await fetch(api('/session'), { method: 'POST', ...json({ email: 'camille@test.local', password: 'un-mot-de-passe-long' }) });
    expect(refused.status).toBe(401);

    const tooShort = await fetch(api('/users'), { method: 'POST', ...json({ name: 'X', email: 'x@test.local', role: 'director', password: 'court' }, admin.headers('POST')) });
    expect(tooShort.status).toBe(400);
    expect(Problem.parse(await tooShort.json()).errors).toEqual([{ field: 'password', message: '12 caractères au moins' }]);
  });

  it('records account changes in the audit trail without the password', async () => {
    const admin = await server.signIn(ADMIN.email);
    const res = await fetch(api('/audit?pageSize=500'), { headers: admin.headers('GET') });
    const page = (await res.json()) as { items: { entity: string; changes: { field: string; after: unknown }[] }[] };
    const userEntries = page.items.filter((e) => e.entity === 'user');
    expect(userEntries.length).toBeGreaterThan(0);
    expect(JSON.stringify(userEntries)).not.toContain('un-mot-de-passe-long');
  });
});
