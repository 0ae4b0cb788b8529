import { QueryClient } from '@tanstack/react-query';
import { ApiError } from './api-client';

/** The one place that holds the query defaults; tests build theirs with `retry: false`. */
export function makeQueryClient(options: { retry?: boolean } = {}) {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        // Back from offline (the banner said the data may be out of date): the open page's data is
        // fetched again even if it was fresh when the network went. Only what is on screen (active
        // queries); the session is checked again too, and a failed check keeps it (lib/session).
        refetchOnReconnect: 'always',
        // Client errors will not get better by asking again; network and 5xx may.
        retry: options.retry === false ? false : (count, error) => count < 2 && !(error instanceof ApiError && error.status >= 400 && error.status < 500),
      },
      mutations: { retry: false },
    },
  });
}
