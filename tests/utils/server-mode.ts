import { http, HttpResponse } from 'msw';
import { CSRF_HEADER, ROLE_PERMISSIONS } from '@/contract/auth';
import type { Session } from '@/contract/auth';
import { PROBLEM_CONTENT_TYPE } from '@/contract/problem';
import { server } from '../../mocks/node';
import { getStore } from '../../mocks/store/store';

/** Every account of the fake server signs in with this password. */
export const PASSWORD = 'mot-de-passe-de-test';

export const problem = (status: number, title: string, detail?: string) =>
  new HttpResponse(JSON.stringify({ type: 'about:blank', title, status, ...(detail ? { detail } : {}) }), {
    status,
    headers: { 'Content-Type': PROBLEM_CONTENT_TYPE },
  });

/** A server session for one of the demo's people (u-1 Sophie Bernard … u-7 Philippe Arnaud, director; u-8 admin). */
export function sessionOf(userId: string): Session {
  const user = getStore().users.get(userId);
  if (!user) throw new Error(`no user ${userId}`);
  return {
    user: { id: user.id, name: user.name, email: user.email, role: user.role },
    permissions: [...ROLE_PERMISSIONS[user.role]],
    csrfToken: `csrf-${user.id}`,
    expiresAt: '2099-01-01T00:00:00.000Z',
    mode: 'server',
  };
}

export interface FakeServer {
  /** Who is signed in (null: nobody); a test may end the session ("expired"). */
  session: Session | null;
  /** The CSRF header of every mutation that reached the API (not the session endpoint). */
  mutations: { method: string; path: string; csrf: string | null }[];
}

/**
 * The team server's auth in front of the demo API: GET/POST/DELETE /api/session with the real
 * answers (401, 429 left to tests), then every other request needs the session (401) and every
 * mutation its CSRF token (403); what passes is answered by the demo handlers, like the server would.
 */
export function fakeServer({ signedInAs }: { signedInAs?: string } = {}): FakeServer {
  const state: FakeServer = { session: signedInAs ? sessionOf(signedInAs) : null, mutations: [] };
  server.use(
    http.get('*/api/session', () => (state.session ? HttpResponse.json(state.session) : problem(401, 'Non authentifié', 'Vous n’êtes pas connecté.'))),
    http.post('*/api/session', async ({ request }) => {
      const body = (await request.json()) as { email?: string; password?: string };
      const user = getStore().users.rows.find((u) => u.email === body.email?.trim().toLowerCase());
      if (!user || body.password !== PASSWORD) return problem(401, 'Non authentifié', 'Adresse e-mail ou mot de passe incorrect.');
      state.session = sessionOf(user.id);
      return HttpResponse.json(state.session);
    }),
    http.delete('*/api/session', () => {
      state.session = null;
      return new HttpResponse(null, { status: 204 });
    }),
    http.all('*/api/*', ({ request }) => {
      if (!state.session) return problem(401, 'Non authentifié', 'Vous n’êtes pas connecté.');
      if (request.method === 'GET') return undefined;
      const csrf = request.headers.get(CSRF_HEADER);
      state.mutations.push({ method: request.method, path: new URL(request.url).pathname, csrf });
      if (csrf !== state.session.csrfToken) return problem(403, 'Accès refusé', 'Jeton CSRF manquant ou invalide.');
      // Allowed: the demo handlers answer.
      return undefined;
    }),
  );
  return state;
}
