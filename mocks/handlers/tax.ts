import type { TaxPledgeRow } from '../../src/contract/api';
import { paths } from '../../src/contract/endpoints';
import { TaxPledgeInput, TaxPledgePatch } from '../../src/contract/entities';
import type { TaxPledge } from '../../src/contract/entities';
import { parseQuery, TaxListQuery } from '../../src/contract/queries';
import type { Store } from '../store/database';
import { sortRows } from '../../src/domain/sort';
import { duplicatePledgeDetail } from '../../src/domain/tax-pledge';
import { fold, matchesAll, searchTokens } from '../../src/domain/text';
import { checkVersion, found, json, pageOf, problem, readBody, route, unprocessable } from './http';
import { referenceErrors } from './refs';

const row = (store: Store, t: TaxPledge): TaxPledgeRow => ({ ...t, partnerName: store.partnerName(t.partnerId) ?? '' });

export const taxHandlers = [
  // Latest campaign first, then companies in alphabetical order.
  route('get', paths.taxPledges, ({ url, store }) => {
    const q = parseQuery(TaxListQuery, url.searchParams);
    const tokens = searchTokens(q.q);
    const source = q.partnerId ? store.pledges.by('partner', q.partnerId) : store.pledges.rows;
    const matches = source.filter(
      (t) =>
        (q.year === undefined || t.year === q.year) &&
        (!q.status.length || q.status.includes(t.status)) &&
        (!tokens.length || matchesAll(fold(store.partnerName(t.partnerId) ?? ''), tokens)),
    );
    const byName = sortRows(matches, (t) => store.partnerName(t.partnerId), 'asc', { collate: true });
    const sorted = sortRows(byName, (t) => t.year, 'desc');
    const page = pageOf(sorted, q.page, q.pageSize);
    return json({ ...page, items: page.items.map((t) => row(store, t)) });
  }),

  // One pledge per company and campaign: a second one is a conflict with the first.
  route('post', paths.taxPledges, async ({ request, store }) => {
    const input = await readBody(request, TaxPledgeInput);
    const errors = referenceErrors(store, input);
    if (errors.length) throw unprocessable(errors);
    const existing = store.pledges.by('partner', input.partnerId).find((t) => t.year === input.year);
    if (existing) throw problem(409, { detail: duplicatePledgeDetail(input.year), conflictId: existing.id });
    const pledge = store.pledges.insert({
      id: store.newId('taxPledges', store.pledges.rows, 'tx'),
      ...input,
      updatedAt: store.now(),
      synthetic: false,
      version: 1,
    });
    store.touch([pledge.partnerId]);
    return json(row(store, pledge), 201);
  }),

  route('patch', paths.taxPledge, async ({ request, params, store }) => {
    const { version, amount, status } = await readBody(request, TaxPledgePatch);
    const pledge = found(store.pledges.get(params.id!), 'Promesse de taxe d’apprentissage');
    checkVersion(pledge, version);
    store.pledges.update(pledge, {
      ...(amount !== undefined ? { amount } : {}),
      ...(status !== undefined ? { status } : {}),
      updatedAt: store.now(),
      version: pledge.version + 1,
    });
    store.touch([pledge.partnerId]);
    return json(row(store, pledge));
  }),
];
