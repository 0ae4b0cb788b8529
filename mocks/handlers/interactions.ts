import type { InteractionRow } from '../../src/contract/api';
import { paths } from '../../src/contract/endpoints';
import { InteractionInput } from '../../src/contract/entities';
import type { Interaction } from '../../src/contract/entities';
import { InteractionListQuery, parseQuery } from '../../src/contract/queries';
import { CONTACT_OF_ANOTHER_COMPANY } from '../../src/domain/partner-rules';
import type { Store } from '../store/database';
import { json, pageOf, readBody, route, unprocessable } from './http';
import { referenceErrors } from './refs';

const interactionRow = (store: Store, i: Interaction): InteractionRow => ({
  ...i,
  authorName: store.userName(i.authorId) ?? '',
  contactName: store.contactName(i.contactId),
});

export const interactionHandlers = [
  // Newest first; on the same day, the one logged last comes first.
  route('get', paths.interactions, ({ url, store }) => {
    const q = parseQuery(InteractionListQuery, url.searchParams);
    const source = q.partnerId ? store.interactions.by('partner', q.partnerId) : store.interactions.rows;
    const order = source.map((i, at) => ({ i, at }));
    order.sort((a, b) => (a.i.date === b.i.date ? b.at - a.at : a.i.date < b.i.date ? 1 : -1));
    const page = pageOf(order, q.page, q.pageSize);
    return json({ ...page, items: page.items.map(({ i }) => interactionRow(store, i)) });
  }),

  route('post', paths.interactions, async ({ request, store }) => {
    const input = await readBody(request, InteractionInput);
    const errors = referenceErrors(store, { partnerId: input.partnerId, authorId: input.authorId });
    if (input.contactId !== null && store.contacts.get(input.contactId)?.partnerId !== input.partnerId) {
      errors.push({ field: 'contactId', message: CONTACT_OF_ANOTHER_COMPANY });
    }
    if (errors.length) throw unprocessable(errors);
    const interaction = store.interactions.insert({ id: store.newId('interactions', store.interactions.rows, 'i'), ...input, synthetic: false });
    store.touch([interaction.partnerId]);
    return json(interactionRow(store, interaction), 201);
  }),
];
