import { useMutation, useQueryClient } from '@tanstack/react-query';
import { authPaths, Session } from '@/contract/session';
import type { SignInInput } from '@/contract/auth';
import { ApiError, request, requestVoid } from './api-client';
import { notSession, setSession } from './session';

/**
 * Signing in and out (server mode only): used by the sign-in page and the account panel, which
 * load on demand, so these stay out of the first load.
 */

/** Signs in; the views that were asked for come back, with fresh data. */
export function useSignIn() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: SignInInput) => request(Session, authPaths.session, { method: 'POST', body: input }),
    onSuccess: (session) => {
      setSession(client, session);
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
      setSession(client, null);
      client.removeQueries(notSession);
    },
  });
}
