import { queryOptions, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { paths } from '@/contract/endpoints';
import { UserPage } from '@/contract/user';
import type { User } from '@/contract/user';
import { request } from './api-client';

/** The school's people: owners, authors, the current user. Every view names them from here. */
export const userQueries = {
  all: () => ['users'] as const,
  list: () =>
    queryOptions({
      queryKey: userQueries.all(),
      queryFn: ({ signal }) => request(UserPage, paths.users, { signal }).then((p) => p.items),
      staleTime: 5 * 60_000,
    }),
};

/**
 * Who may be made the owner of a record: the active accounts, and whoever owns it already (a
 * deactivated owner stays shown, and kept, until someone picks another).
 */
export const assignableUsers = (users: readonly User[], currentId?: string | null): User[] => users.filter((u) => u.active !== false || u.id === currentId);

/** id → user, for naming owners and authors in lists. */
export function useUsersById(): Map<string, User> {
  const { data } = useQuery(userQueries.list());
  return useMemo(() => new Map((data ?? []).map((u) => [u.id, u])), [data]);
}
