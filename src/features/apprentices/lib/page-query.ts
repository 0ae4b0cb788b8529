import * as z from 'zod/mini';
import { ContractListQuery, parseQuery, queryToSearchParams } from '@/contract/queries';
import { CONTRACT_STATUSES } from '@/contract/reference';
import type { ContractStatus } from '@/contract/reference';

/**
 * The view's state in the URL: the contract list's query (ContractListQuery) plus the academic
 * year of the counts and charts (`year`). Two departures from the bare schema, both so that a
 * link reproduces what people saw:
 * - `cohort` is read with getAll: the contract's schema drops a single "?cohort=2022"
 *   (see the report for the fix in src/contract/queries.ts);
 * - `status` defaults to the contracts in progress (the office's daily view); "status=all" is
 *   the whole history.
 */
export type ContractFilters = z.infer<typeof ContractListQuery>;
export { CONTRACT_SORT_KEYS } from '@/contract/queries';
export interface PageQuery {
  list: ContractFilters;
  /** Academic year (its first year) of the counts and charts; undefined = the current one. */
  year: number | undefined;
}

export const DEFAULT_STATUS: readonly ContractStatus[] = ['active'];
export const ENDING_SOON_DAYS = 90;
const LIST_DEFAULTS = parseQuery(ContractListQuery, new URLSearchParams());
const yearSchema = z.catch(z.optional(z.coerce.number().check(z.int(), z.minimum(2000), z.maximum(2100))), undefined);

const splitAll = (params: URLSearchParams, key: string) =>
  params
    .getAll(key)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter(Boolean);

export function parsePageQuery(params: URLSearchParams): PageQuery {
  const list = parseQuery(ContractListQuery, params);
  const cohort = [...new Set(splitAll(params, 'cohort').map(Number).filter((n) => Number.isInteger(n) && n >= 2000 && n <= 2100))].sort((a, b) => a - b);
  const rawStatus = splitAll(params, 'status');
  const known = CONTRACT_STATUSES.filter((s) => rawStatus.includes(s));
  const status = rawStatus.includes('all') ? [] : known.length ? known : [...DEFAULT_STATUS];
  return { list: { ...list, cohort, status }, year: yearSchema.parse(params.get('year') ?? undefined) };
}

const sameStatus = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((s) => b.includes(s));

export function pageQueryToParams({ list, year }: PageQuery): URLSearchParams {
  const { status, ...rest } = list;
  const params = queryToSearchParams(rest, LIST_DEFAULTS);
  if (status.length === 0) params.set('status', 'all');
  else if (!sameStatus(status, DEFAULT_STATUS)) for (const s of CONTRACT_STATUSES.filter((x) => status.includes(x))) params.append('status', s);
  if (year !== undefined) params.set('year', String(year));
  return params;
}

/** Applies a change to the list; anything but a page change goes back to page 1. */
export function patchList(list: ContractFilters, patch: Partial<ContractFilters>): ContractFilters {
  return { ...list, ...patch, page: 'page' in patch && patch.page !== undefined ? patch.page : 1 };
}

/** The filters a person chose (the default status is not one). */
export function hasActiveFilters(list: ContractFilters): boolean {
  return (
    list.q !== '' ||
    list.cohort.length > 0 ||
    list.speciality.length > 0 ||
    !sameStatus(list.status, DEFAULT_STATUS) ||
    list.sector.length > 0 ||
    list.department.length > 0 ||
    list.partnerId !== undefined ||
    list.tutorContactId !== undefined ||
    list.endingWithinDays !== undefined ||
    list.activeInYear !== undefined
  );
}

export const CLEARED: Partial<ContractFilters> = {
  q: '',
  cohort: [],
  speciality: [],
  status: [...DEFAULT_STATUS],
  sector: [],
  department: [],
  partnerId: undefined,
  tutorContactId: undefined,
  endingWithinDays: undefined,
  activeInYear: undefined,
};
