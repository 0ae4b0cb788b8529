import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import { CLEARED, pageQueryToParams, parsePageQuery, patchList } from '../lib/page-query';
import type { ContractFilters } from '../lib/page-query';

/** The view's state, read from and written to the URL (replace: filters are not history steps). */
export function usePageQuery() {
  const [params, setParams] = useSearchParams();
  const state = useMemo(() => parsePageQuery(params), [params]);

  const update = useCallback(
    (patch: Partial<ContractFilters>) =>
      setParams((prev) => {
        const current = parsePageQuery(prev);
        return pageQueryToParams({ ...current, list: patchList(current.list, patch) });
      }, { replace: true }),
    [setParams],
  );
  const setYear = useCallback(
    (year: number) =>
      setParams((prev) => pageQueryToParams({ ...parsePageQuery(prev), year }), { replace: true }),
    [setParams],
  );
  const clear = useCallback(() => update(CLEARED), [update]);
  return { list: state.list, year: state.year, update, setYear, clear };
}

export type UpdateList = (patch: Partial<ContractFilters>) => void;
