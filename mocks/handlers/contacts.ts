import type { ContactRow } from '../../src/contract/api';
import { paths } from '../../src/contract/endpoints';
import { ContactInput, ContactPatch } from '../../src/contract/entities';
import type { Contact } from '../../src/contract/entities';
import { ContactListQuery, parseQuery } from '../../src/contract/queries';
import type { Store } from '../store/database';
import { sortRows } from '../../src/domain/sort';
import { contactHaystack, contactSortText } from '../../src/domain/partner-rules';
import { matchesAll, searchTokens } from '../../src/domain/text';
import { checkVersion, found, json, noContent, pageOf, readBody, route, unprocessable } from './http';
import { referenceErrors } from './refs';

const contactRow = (store: Store, c: Contact): ContactRow => ({ ...c, partnerName: store.partnerName(c.partnerId) ?? '' });

export const contactHandlers = [
  route('get', paths.contacts, ({ url, store }) => {
    const q = parseQuery(ContactListQuery, url.searchParams);
    const tokens = searchTokens(q.q);
    const source = q.partnerId ? store.contacts.by('partner', q.partnerId) : store.contacts.rows;
    const matches = source.filter(
      (c) =>
        (!q.tutorsOnly || c.isTutor) &&
        (!tokens.length || matchesAll(contactHaystack(c, store.partnerName(c.partnerId) ?? ''), tokens)),
    );
    const sorted = sortRows(matches, contactSortText, 'asc', { collate: true });
    const page = pageOf(sorted, q.page, q.pageSize);
    return json({ ...page, items: page.items.map((c) => contactRow(store, c)) });
  }),

  route('post', paths.contacts, async ({ request, store }) => {
    const input = await readBody(request, ContactInput);
    const errors = referenceErrors(store, { partnerId: input.partnerId });
    if (errors.length) throw unprocessable(errors);
    const contact = store.contacts.insert({ id: store.newId('contacts', store.contacts.rows, 'c'), ...input, synthetic: false, version: 1 });
    store.touch([contact.partnerId]);
    return json(contactRow(store, contact), 201);
  }),

  route('patch', paths.contact, async ({ request, params, store }) => {
    const { version, ...changes } = await readBody(request, ContactPatch);
    const contact = found(store.contacts.get(params.id!), 'Contact');
    checkVersion(contact, version);
    store.contacts.update(contact, { ...changes, version: contact.version + 1 });
    store.touch([contact.partnerId]);
    return json(contactRow(store, contact));
  }),

  // What pointed at the contact (a contract's tutor, an interaction) keeps existing without it.
  route('delete', paths.contact, ({ params, store }) => {
    const contact = found(store.contacts.get(params.id!), 'Contact');
    for (const c of [...store.contracts.by('tutor', contact.id)]) store.contracts.update(c, { tutorContactId: null, version: c.version + 1 });
    for (const i of store.interactions.by('partner', contact.partnerId)) if (i.contactId === contact.id) store.interactions.update(i, { contactId: null });
    store.contacts.remove(contact.id);
    store.touch([contact.partnerId]);
    return noContent();
  }),
];
