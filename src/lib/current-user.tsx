import type { User } from '@/contract/user';
import { useSession } from './session';

/**
 * Who "I" am in the views: the default owner of what one creates and "mes relances". The signed-in
 * account on a server; in the demo, the person chosen in the header's picker (see session.tsx).
 */
interface CurrentUser {
  user: User | null;
  users: User[];
  /** Demo only: choose who "I" am. */
  setUserId: (id: string) => void;
}

export function useCurrentUser(): CurrentUser {
  const { session, users, pickUser } = useSession();
  return { user: session?.user ?? null, users, setUserId: pickUser };
}
