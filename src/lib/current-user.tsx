import { useQuery } from '@tanstack/react-query';
import type { User } from '@/contract/user';
import { useSession } from './session';
import { userQueries } from './users';

/**
 * Who "I" am in the views (the session's person: the signed-in account on a server, the header's
 * pick in the demo) and the people one may name instead, for the default owner of what one creates
 * and "mes relances". The people are asked for here, by the views that name them, not by the
 * session: on a server, a page that names nobody does not fetch them.
 */
interface CurrentUser {
  user: User | null;
  users: User[];
  /** Demo only: choose who "I" am. */
  setUserId: (id: string) => void;
}

export function useCurrentUser(): CurrentUser {
  const { session, pickUser } = useSession();
  const { data: users = [] } = useQuery(userQueries.list());
  return { user: session?.user ?? null, users, setUserId: pickUser };
}
