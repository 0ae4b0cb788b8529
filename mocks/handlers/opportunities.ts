import type { OpportunityRow } from '../../src/contract/api';
import { paths } from '../../src/contract/endpoints';
import { OpportunityInput, OpportunityPatch } from '../../src/contract/entities';
import type { Opportunity } from '../../src/contract/entities';
import { OpportunityListQuery, parseQuery } from '../../src/contract/queries';
import { OPPORTUNITY_KINDS, OPPORTUNITY_STAGES } from '../../src/contract/reference';
import type { Store } from '../store/database';
import { sortRows } from '../../src/domain/sort';
import type { SortKey } from '../../src/domain/sort';
import { changedDealClose, newDealClose } from '../../src/domain/opportunity';
import { fold, matchesAll, searchTokens } from '../../src/domain/text';
import { checkVersion, found, json, pageOf, readBody, route, unprocessable } from './http';
import { referenceErrors } from './refs';

const row = (store: Store, o: Opportunity): OpportunityRow => ({ ...o, partnerName: store.partnerName(o.partnerId) ?? '' });

function sortKey(store: Store, sort: string): { key: (o: Opportunity) => SortKey; collate: boolean } {
  switch (sort) {
    case 'title':
      return { key: (o) => o.title, collate: true };
    case 'partner':
      return { key: (o) => store.partnerName(o.partnerId), collate: true };
    case 'kind':
      return { key: (o) => OPPORTUNITY_KINDS.indexOf(o.kind), collate: false };
    case 'amount':
      return { key: (o) => o.amount, collate: false };
    case 'stage':
      return { key: (o) => OPPORTUNITY_STAGES.indexOf(o.stage), collate: false };
    case 'owner':
      return { key: (o) => store.userName(o.ownerId), collate: true };
    default:
      return { key: (o) => o.expectedClose, collate: false };
  }
}

export const opportunityHandlers = [
  route('get', paths.opportunities, ({ url, store }) => {
    const q = parseQuery(OpportunityListQuery, url.searchParams);
    const tokens = searchTokens(q.q);
    const source = q.partnerId ? store.opportunities.by('partner', q.partnerId) : store.opportunities.rows;
    const matches = source.filter(
      (o) =>
        (!q.kind.length || q.kind.includes(o.kind)) &&
        (!q.stage.length || q.stage.includes(o.stage)) &&
        (!q.owner.length || q.owner.includes(o.ownerId)) &&
        (!tokens.length || matchesAll(fold(`${o.title} ${store.partnerName(o.partnerId) ?? ''}`), tokens)),
    );
    const { key, collate } = sortKey(store, q.sort);
    const page = pageOf(sortRows(matches, key, q.order, { collate }), q.page, q.pageSize);
    return json({ ...page, items: page.items.map((o) => row(store, o)) });
  }),

  route('post', paths.opportunities, async ({ request, store }) => {
    const input = await readBody(request, OpportunityInput);
    const close = newDealClose(input, store.today);
    const errors = [...referenceErrors(store, input), ...close.errors];
    if (errors.length) throw unprocessable(errors);
    const opportunity = store.opportunities.insert({
      id: store.newId('opportunities', store.opportunities.rows, 'o'),
      ...input,
      closedAt: close.closedAt,
      createdAt: store.now(),
      synthetic: false,
      version: 1,
    });
    store.touch([opportunity.partnerId]);
    return json(row(store, opportunity), 201);
  }),

  route('patch', paths.opportunity, async ({ request, params, store }) => {
    const { version, ...changes } = await readBody(request, OpportunityPatch);
    const current = found(store.opportunities.get(params.id!), 'Opportunité');
    checkVersion(current, version);
    const { closeReason, closedAt, errors: closeErrors } = changedDealClose(current, changes, store.today);
    const errors = [...referenceErrors(store, { partnerId: changes.partnerId, ownerId: changes.ownerId }), ...closeErrors];
    if (errors.length) throw unprocessable(errors);
    const before = current.partnerId;
    store.opportunities.update(current, { ...changes, closeReason, closedAt, version: current.version + 1 });
    store.touch([before, current.partnerId]);
    return json(row(store, current));
  }),
];
