import { ImportRow } from '../../src/contract/api';
import type { ImportContact, ImportResult } from '../../src/contract/api';
import { paths } from '../../src/contract/endpoints';
import type { Contact, Partner, PartnerInput } from '../../src/contract/entities';
import { validate } from '../../src/contract/messages-fr';
import type { FieldError } from '../../src/contract/problem';
import type { Store } from '../store/database';
import { checkImportRows, contactsToAdd, ImportEnvelope, importFailureDetail, mergeImportTags } from '../../src/domain/partner-rules';
import { badRequest, json, readJson, route, unprocessable } from './http';
import { newPartner, partnerChanges, sirenIndex } from './partner-rules';

/**
 * CSV import of companies (forum attendees, a prospect list): all or nothing. Every row is checked
 * before anything is written, so a file with one bad line can be fixed and sent again as a whole.
 */

type CheckedRow = { partner: PartnerInput; contacts: ImportContact[] };

function checkRows(store: Store, rows: readonly unknown[]): { checked: CheckedRow[]; errors: FieldError[] } {
  return checkImportRows(rows, (prepared) => validate(ImportRow, prepared), (id) => store.users.get(id) !== undefined);
}

function addContacts(store: Store, partnerId: string, contacts: readonly ImportContact[]): void {
  for (const c of contactsToAdd(store.contacts.by('partner', partnerId), contacts)) {
    const contact: Contact = { id: store.newId('contacts', store.contacts.rows, 'c'), partnerId, ...c, synthetic: false, version: 1 };
    store.contacts.insert(contact);
  }
}

export function importPartners(store: Store, rows: readonly CheckedRow[], onDuplicate: 'skip' | 'update'): ImportResult {
  const bySiren = sirenIndex(store);
  const touched: string[] = [];
  const result: ImportResult = { created: 0, updated: 0, skipped: 0 };
  for (const row of rows) {
    const existing: Partner | undefined = row.partner.siren ? bySiren.get(row.partner.siren) : undefined;
    if (existing && onDuplicate === 'skip') {
      result.skipped++;
      continue;
    }
    if (existing) {
      const tags = mergeImportTags(existing.tags, row.partner.tags);
      store.partners.update(existing, partnerChanges(store, existing, { ...row.partner, tags }));
      addContacts(store, existing.id, row.contacts);
      touched.push(existing.id);
      result.updated++;
      continue;
    }
    const partner = store.partners.insert(newPartner(store, row.partner));
    if (partner.siren) bySiren.set(partner.siren, partner);
    addContacts(store, partner.id, row.contacts);
    touched.push(partner.id);
    result.created++;
  }
  if (touched.length) store.touch(touched, true);
  return result;
}

export const importHandlers = [
  route('post', paths.partnersImport, async ({ request, store }) => {
    const envelope = validate(ImportEnvelope, await readJson(request));
    if (!envelope.ok) throw badRequest(envelope.errors);
    const { checked, errors } = checkRows(store, envelope.data.rows);
    if (errors.length) throw unprocessable(errors, importFailureDetail(errors));
    return json(importPartners(store, checked, envelope.data.onDuplicate));
  }),
];
