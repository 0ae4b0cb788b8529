import type { ContractRow } from '../../src/contract/api';
import { paths } from '../../src/contract/endpoints';
import { ContractInput, ContractPatch } from '../../src/contract/entities';
import type { ApprenticeshipContract, ContractInput as ContractInputType } from '../../src/contract/entities';
import { ContractListQuery, parseQuery } from '../../src/contract/queries';
import { CONTRACT_STATUSES, SPECIALITIES } from '../../src/contract/reference';
import { contractStatusOn } from '../../src/domain/apprenticeship';
import { contractFigures, contractRuleErrors, patchedContract } from '../../src/domain/contract-edits';
import type { ContractChecks } from '../../src/domain/contract-edits';
import { addDays } from '../../src/domain/dates';
import type { Store } from '../store/database';
import { sortRows } from '../../src/domain/sort';
import type { SortKey } from '../../src/domain/sort';
import { fold, matchesAll, searchTokens } from '../../src/domain/text';
import { checkVersion, found, json, pageOf, readBody, route, unprocessable } from './http';
import { referenceErrors } from './refs';

/** The status is never stored as typed: it follows from the dates and today's date. */
const statusOf = (store: Store, c: ApprenticeshipContract) => contractStatusOn(c, store.today);

const row = (store: Store, c: ApprenticeshipContract): ContractRow => ({
  ...c,
  status: statusOf(store, c),
  partnerName: store.partnerName(c.partnerId) ?? '',
  tutorName: store.contactName(c.tutorContactId),
});

/** A known host, the legal rules of the contract, and a tutor who works at the host company. */
function contractErrors(store: Store, c: ContractInputType, check?: ContractChecks) {
  const tutorPartnerId = c.tutorContactId === null ? undefined : store.contacts.get(c.tutorContactId)?.partnerId;
  return [...referenceErrors(store, { partnerId: c.partnerId }), ...contractRuleErrors(c, tutorPartnerId, check)];
}

/** "cohort=2022" arrives as one string, which the contract's array schema does not take: read it here. */
function cohorts(params: URLSearchParams): number[] {
  return params
    .getAll('cohort')
    .flatMap((v) => v.split(','))
    .map(Number)
    .filter((n) => Number.isInteger(n));
}

function sortKey(store: Store, sort: string): { key: (c: ApprenticeshipContract) => SortKey; collate: boolean } {
  switch (sort) {
    case 'apprentice':
      return { key: (c) => `${c.apprenticeLastName} ${c.apprenticeFirstName}`, collate: true };
    case 'speciality':
      return { key: (c) => SPECIALITIES.indexOf(c.speciality), collate: false };
    case 'cohortYear':
      return { key: (c) => c.cohortYear, collate: false };
    case 'partner':
      return { key: (c) => store.partnerName(c.partnerId), collate: true };
    case 'start':
      return { key: (c) => c.start, collate: false };
    case 'status':
      return { key: (c) => CONTRACT_STATUSES.indexOf(statusOf(store, c)), collate: false };
    default:
      return { key: (c) => c.end, collate: false };
  }
}

export const apprenticeshipHandlers = [
  route('get', paths.contracts, ({ url, store }) => {
    const q = parseQuery(ContractListQuery, url.searchParams);
    const cohortSet = new Set(q.cohort.length ? q.cohort : cohorts(url.searchParams));
    const tokens = searchTokens(q.q);
    const endingBy = q.endingWithinDays === undefined ? null : addDays(store.today, q.endingWithinDays);
    const yearFrom = q.activeInYear === undefined ? null : `${q.activeInYear}-09-01`;
    const yearTo = q.activeInYear === undefined ? null : `${q.activeInYear + 1}-08-31`;
    const source = q.partnerId ? store.contracts.by('partner', q.partnerId) : store.contracts.rows;
    const matches = source.filter((c) => {
      const status = statusOf(store, c);
      const host = store.partners.get(c.partnerId);
      if (cohortSet.size && !cohortSet.has(c.cohortYear)) return false;
      if (q.speciality.length && !q.speciality.includes(c.speciality)) return false;
      if (q.status.length && !q.status.includes(status)) return false;
      if (q.sector.length && (!host || !q.sector.includes(host.sector))) return false;
      if (q.department.length && (!host || !q.department.includes(host.department))) return false;
      if (q.tutorContactId && c.tutorContactId !== q.tutorContactId) return false;
      if (endingBy !== null && (status !== 'active' || c.end < store.today || c.end > endingBy)) return false;
      // Active at some point of the academic year: started by its end, not finished or broken off before its start.
      if (yearFrom !== null && yearTo !== null && (c.start > yearTo || c.end < yearFrom || (c.brokenOffOn !== null && c.brokenOffOn <= yearFrom))) return false;
      if (tokens.length) {
        const text = `${c.apprenticeFirstName} ${c.apprenticeLastName} ${host?.name ?? ''} ${store.contactName(c.tutorContactId) ?? ''}`;
        if (!matchesAll(fold(text), tokens)) return false;
      }
      return true;
    });
    const { key, collate } = sortKey(store, q.sort);
    const page = pageOf(sortRows(matches, key, q.order, { collate }), q.page, q.pageSize);
    return json({ ...page, items: page.items.map((c) => row(store, c)) });
  }),

  route('post', paths.contracts, async ({ request, store }) => {
    const input = await readBody(request, ContractInput);
    const errors = contractErrors(store, input);
    if (errors.length) throw unprocessable(errors);
    const draft = { ...input, brokenOffOn: null };
    const contract = store.contracts.insert({
      id: store.newId('contracts', store.contracts.rows, 'a'),
      ...draft,
      ...contractFigures(draft, store.today),
      synthetic: false,
      version: 1,
    });
    store.touch([contract.partnerId]);
    return json(row(store, contract), 201);
  }),

  route('patch', paths.contract, async ({ request, params, store }) => {
    const { version, ...patch } = await readBody(request, ContractPatch);
    const current = found(store.contracts.get(params.id!), 'Contrat');
    checkVersion(current, version);
    const { next, check, errors: breakErrors } = patchedContract(current, patch, store.today);
    const errors = [...contractErrors(store, next, check), ...breakErrors];
    if (errors.length) throw unprocessable(errors);
    const before = current.partnerId;
    store.contracts.update(current, { ...next, version: current.version + 1 });
    store.touch([before, current.partnerId]);
    return json(row(store, current));
  }),
];
