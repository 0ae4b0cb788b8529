import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { authPaths, ROLE_PERMISSIONS, Session } from '@/contract/session';
import type { Permission } from '@/contract/session';
import type { User } from '@/contract/user';
import { ApiError, linkSession, request } from './api-client';
import { userQueries } from './users';

/**
 * Who is signed in, and what they may change: the one answer to "who am I" in both modes.
 *
 * - Server mode: the session comes from GET /session (a cookie the page cannot read); 401 means
 *   "not signed in", and the app shows the sign-in page instead of its views.
 * - Demo mode (the in-browser API): no password; a picker in the header chooses who "I" am
 *   (remembered in this browser), and that person gets the session their role would have on a
 *   server, so that the role gating can be seen in the demo too.
 *
 * Signing in and out (only on a server, from pages that load on demand) is in session-actions.ts.
 */
export type AppMode = 'demo' | 'server';
export type SessionStatus = 'loading' | 'signed-out' | 'signed-in' | 'error';

export interface SessionValue {
  mode: AppMode;
  status: SessionStatus;
  session: Session | null;
  /** Why the session could not be had (status "error"): on a server GET /session, in the demo the people. */
  error: unknown;
  retry: () => void;
  /** Demo only: who "I" am (the header's picker). Does nothing on a server. */
  pickUser: (id: string) => void;
}

const noop = () => {};
const SessionContext = createContext<SessionValue>({ mode: 'demo', status: 'loading', session: null, error: null, retry: noop, pickUser: noop });

export const useSession = () => useContext(SessionContext);

/** May the signed-in person do this? False while nobody is known (nothing is offered by mistake). */
export function useCan(permission: Permission): boolean {
  return useSession().session?.permissions.includes(permission) ?? false;
}

export function SessionProvider({ mode, children }: { mode: AppMode; children: ReactNode }) {
  // The mode is fixed at start-up: one branch or the other for the life of the app.
  return mode === 'server' ? <ServerSession>{children}</ServerSession> : <DemoSession>{children}</DemoSession>;
}

/* ---------------------------------------------------------------- demo ---------------------------------------------------------------- */

const PICKED_KEY = 'passerelles.currentUser';

function storedUserId(): string | null {
  try {
    return localStorage.getItem(PICKED_KEY);
  } catch {
    return null;
  }
}

/** The demo's stand-in for a session: the picked person, their role's permissions, no token. */
function demoSession(user: User): Session {
  return { user, permissions: [...ROLE_PERMISSIONS[user.role]], csrfToken: '', expiresAt: '9999-12-31T23:59:59.000Z', mode: 'demo' };
}

function DemoSession({ children }: { children: ReactNode }) {
  const { data: users = [], isError, error, refetch } = useQuery(userQueries.list());
  const [userId, setUserId] = useState<string | null>(storedUserId);
  const pickUser = useCallback((id: string) => {
    try {
      localStorage.setItem(PICKED_KEY, id);
    } catch {
      // The choice still holds for this visit.
    }
    setUserId(id);
  }, []);
  const value = useMemo<SessionValue>(() => {
    const chosen = users.find((u) => u.id === userId) ?? users.find((u) => u.role === 'business-developer') ?? users[0];
    const session = chosen ? demoSession(chosen) : null;
    // The people could not be loaded: say so (the views offer Retry) rather than wait for ever.
    const status: SessionStatus = session ? 'signed-in' : isError ? 'error' : 'loading';
    return { mode: 'demo', status, session, error: session ? null : error, retry: () => void refetch(), pickUser };
  }, [users, userId, pickUser, isError, error, refetch]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/* --------------------------------------------------------------- server --------------------------------------------------------------- */

export const sessionQueries = {
  all: () => ['session'] as const,
  current: () =>
    queryOptions({
      queryKey: sessionQueries.all(),
      // 401 is an answer here ("nobody is signed in"), not a failure.
      queryFn: ({ signal }) =>
        request(Session, authPaths.session, { signal }).catch((error: unknown) => {
          if (error instanceof ApiError && error.status === 401) return null;
          throw error;
        }),
      staleTime: Infinity,
      retry: false,
    }),
};

/** Everything but the session: what the previous person saw must not outlive their session. */
export const notSession = { predicate: (q: { queryKey: readonly unknown[] }) => q.queryKey[0] !== sessionQueries.all()[0] };

export function setSession(client: QueryClient, session: Session | null) {
  client.setQueryData(sessionQueries.current().queryKey, session);
}

function ServerSession({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const { data, isError, error, refetch } = useQuery(sessionQueries.current());

  // The API client reads the token from the session the app holds, when a change leaves: one source.
  useEffect(() => {
    linkSession({
      csrfToken: () => client.getQueryData(sessionQueries.current().queryKey)?.csrfToken ?? null,
      onUnauthorized: () => setSession(client, null),
    });
    return () => linkSession(null);
  }, [client]);

  const value = useMemo<SessionValue>(() => {
    // What the server last said holds: a failed re-check (on reconnect) does not take the views away.
    let status: SessionStatus;
    if (data !== undefined) status = data ? 'signed-in' : 'signed-out';
    else status = isError ? 'error' : 'loading';
    return { mode: 'server', status, session: data ?? null, error: status === 'error' ? error : null, retry: () => void refetch(), pickUser: noop };
  }, [data, isError, error, refetch]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
