import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { authPaths, ROLE_PERMISSIONS, Session } from '@/contract/auth';
import type { Permission, SignInInput } from '@/contract/auth';
import type { User } from '@/contract/user';
import { ApiError, request, requestVoid, setCsrfToken, setUnauthorizedHandler } from './api-client';
import { userQueries } from './users';

/**
 * Who is signed in, and what they may change.
 *
 * - Server mode: the session comes from GET /session (a cookie the page cannot read); 401 means
 *   "not signed in", and the app shows the sign-in page instead of its views.
 * - Demo mode (the in-browser API): no password; a picker in the header chooses who "I" am
 *   (remembered in this browser), and that person's role decides what the views let them change,
 *   so that the role gating can be seen in the demo too.
 */
export type AppMode = 'demo' | 'server';
export type SessionStatus = 'loading' | 'signed-out' | 'signed-in' | 'error';

export interface SessionValue {
  mode: AppMode;
  status: SessionStatus;
  session: Session | null;
  /** Why the session could not be read (status "error"). */
  error: unknown;
  retry: () => void;
  /** Everyone the views can name (owners, authors) and, in the demo, pick as "me". */
  users: User[];
  /** Demo only: who "I" am. */
  pickUser: (id: string) => void;
}

const SessionContext = createContext<SessionValue>({
  mode: 'demo',
  status: 'loading',
  session: null,
  error: null,
  retry: () => {},
  users: [],
  pickUser: () => {},
});

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
    return { mode: 'demo', status, session, error: session ? null : error, retry: () => void refetch(), users, pickUser };
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
const notSession = { predicate: (q: { queryKey: readonly unknown[] }) => q.queryKey[0] !== sessionQueries.all()[0] };

function dropSession(client: QueryClient) {
  client.setQueryData(sessionQueries.all(), null);
}

function ServerSession({ children }: { children: ReactNode }) {
  const client = useQueryClient();
  const query = useQuery(sessionQueries.current());
  const session = query.data ?? null;
  const signedIn = session !== null;
  const { data: users = [] } = useQuery({ ...userQueries.list(), enabled: signedIn });

  useEffect(() => {
    setCsrfToken(session?.csrfToken ?? null);
    return () => setCsrfToken(null);
  }, [session?.csrfToken]);
  useEffect(() => {
    setUnauthorizedHandler(() => dropSession(client));
    return () => setUnauthorizedHandler(null);
  }, [client]);

  const { refetch } = query;
  const value = useMemo<SessionValue>(() => {
    let status: SessionStatus = 'signed-out';
    if (query.isPending) status = 'loading';
    else if (query.isError) status = 'error';
    else if (signedIn) status = 'signed-in';
    return { mode: 'server', status, session, error: query.error, retry: () => void refetch(), users, pickUser: () => {} };
  }, [query.isPending, query.isError, query.error, refetch, signedIn, session, users]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

/** Signs in; the views that were asked for come back, with fresh data. */
export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SignInInput) => request(Session, authPaths.session, { method: 'POST', body: input }),
    onSuccess: (session) => {
      // The token first: the views that mount next may write at once.
      setCsrfToken(session.csrfToken);
      client.setQueryData(sessionQueries.all(), session);
      void client.invalidateQueries(notSession);
    },
  });
}

/** Signs out, and forgets every answer the server gave to this session. */
export function useSignOut() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: () => requestVoid(authPaths.session, { method: 'DELETE' }),
    onSettled: (_data, error) => {
      // A 401 means the session had already ended: signed out all the same.
      if (error && !(error instanceof ApiError && error.status === 401)) return;
      dropSession(client);
      client.removeQueries(notSession);
    },
  });
}
