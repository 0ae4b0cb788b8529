import { useCallback, useState } from 'react';

/** State remembered in this browser (a column choice, a view mode), read once and written on change. */
export function usePersistentState<T>(key: string, initial: T, isValid: (v: unknown) => v is T): [T, (v: T) => void] {
  const [value, setValue] = useState<T>(() => {
    try {
      const raw = localStorage.getItem(key);
      if (raw === null) return initial;
      const parsed: unknown = JSON.parse(raw);
      return isValid(parsed) ? parsed : initial;
    } catch {
      return initial;
    }
  });
  const set = useCallback(
    (v: T) => {
      setValue(v);
      try {
        localStorage.setItem(key, JSON.stringify(v));
      } catch {
        // Not remembered, but applied.
      }
    },
    [key],
  );
  return [value, set];
}
