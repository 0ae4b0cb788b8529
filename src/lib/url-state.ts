import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type * as z from 'zod/mini';
import { parseQuery, queryToSearchParams } from '@/contract/queries';

/**
 * A list's state (search, filters, sort, page, tab) lives in the URL so that a link reproduces the
 * view. It is parsed with the contract's query schema: malformed parameters fall back to defaults.
 * Changing anything but the page goes back to page 1.
 */
export function useSearchState<S extends z.ZodMiniType<Record<string, unknown>>>(schema: S) {
  const [params, setParams] = useSearchParams();
  const defaults = useMemo(() => parseQuery(schema, new URLSearchParams()), [schema]);
  const state = useMemo(() => parseQuery(schema, params), [schema, params]);

  const update = useCallback(
    (patch: Partial<z.infer<S>>, options: { replace?: boolean } = {}) => {
      setParams(
        (prev) => {
          const current = parseQuery(schema, prev);
          const next: Record<string, unknown> = { ...current, ...patch };
          if (!('page' in patch) && 'page' in next) next.page = 1;
          return queryToSearchParams(next, defaults);
        },
        { replace: options.replace ?? true },
      );
    },
    [schema, setParams, defaults],
  );

  const reset = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);
  return [state, update, reset] as const;
}

/** A value that follows its input after `ms` of quiet (typing in a search box). */
export { useDebouncedValue } from './use-debounced-value';
