import { useQuery } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { User } from '@/contract/user';
import { userQueries } from './users';

/**
 * Who is using the app. Until the team server brings sign-in, a picker in the header stands in for
 * it (remembered in this browser); "mine" in the follow-ups and the default owner of what one
 * creates come from here.
 */
const KEY = 'passerelles.currentUser';

interface CurrentUser {
  user: User | null;
  users: User[];
  setUserId: (id: string) => void;
}
const CurrentUserContext = createContext<CurrentUser>({ user: null, users: [], setUserId: () => {} });

function storedUserId(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function CurrentUserProvider({ children }: { children: ReactNode }) {
  const { data: users = [] } = useQuery(userQueries.list());
  const [userId, setUserIdState] = useState<string | null>(storedUserId);
  const setUserId = useCallback((id: string) => {
    try {
      localStorage.setItem(KEY, id);
    } catch {
      // The choice still holds for this visit.
    }
    setUserIdState(id);
  }, []);
  const value = useMemo<CurrentUser>(() => {
    const chosen = users.find((u) => u.id === userId) ?? users.find((u) => u.role === 'business-developer') ?? users[0] ?? null;
    return { user: chosen, users, setUserId };
  }, [users, userId, setUserId]);
  return <CurrentUserContext.Provider value={value}>{children}</CurrentUserContext.Provider>;
}

export const useCurrentUser = () => useContext(CurrentUserContext);
