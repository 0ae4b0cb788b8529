import * as z from 'zod/mini';
import { ImportRow } from '../../src/contract/api';
import type { ImportContact, ImportResult } from '../../src/contract/api';
import { paths } from '../../src/contract/endpoints';
import type { Contact, Partner, PartnerInput } from '../../src/contract/entities';
import { validate } from '../../src/contract/messages-fr';
import type { FieldError } from '../../src/contract/problem';
import type { Store } from '../store/database';
import { fold } from '../store/text';
import { badRequest, json, readJson, route, unprocessable } from './http';
import { cleanIdentifiers, compactIdentifiers, identifierErrors, newPartner, ownerErrors, partnerChanges, sirenIndex } from './partner-rules';

/**
 * CSV import of companies (forum attendees, a prospect list): all or nothing. Every row is checked
 * before anything is written, so a file with one bad line can be fixed and sent again as a whole.
 */

// The rows are checked one by one below, so that each error names its row.
const Envelope = z.object({
  rows: z.array(z.unknown()).check(z.minLength(1), z.maxLength(20_000)),
  onDuplicate: z._default(z.enum(['skip', 'update']), 'skip'),
});

type CheckedRow = { partner: PartnerInput; contacts: ImportContact[] };

/** "partner.siren" → "rows.3.siren"; "contacts.0.email" → "rows.3.contacts.0.email". */
const rowField = (i: number, field: string) => `rows.${i}.${field.replace(/^partner\./, '')}`;

function checkRows(store: Store, rows: readonly unknown[]): { checked: CheckedRow[]; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const checked: CheckedRow[] = [];
  const firstRowOfSiren = new Map<string, number>();
  rows.forEach((raw, i) => {
    const prepared = typeof raw === 'object' && raw !== null ? { ...raw, partner: compactIdentifiers((raw as { partner?: unknown }).partner) } : raw;
    const result = validate(ImportRow, prepared);
    if (!result.ok) {
      errors.push(...result.errors.map((e) => ({ field: rowField(i, e.field === '_' ? 'partner' : e.field), message: e.message })));
      return;
    }
    const partner = cleanIdentifiers(result.data.partner);
    const ruleErrors = [...identifierErrors(partner), ...ownerErrors(store, partner.ownerId)];
    if (partner.siren && !ruleErrors.some((e) => e.field === 'siren')) {
      const first = firstRowOfSiren.get(partner.siren);
      if (first !== undefined) ruleErrors.push({ field: 'siren', message: `SIREN déjà présent à la ligne ${first + 1} du fichier` });
      else firstRowOfSiren.set(partner.siren, i);
    }
    errors.push(...ruleErrors.map((e) => ({ field: rowField(i, e.field), message: e.message })));
    checked.push({ partner, contacts: result.data.contacts ?? [] });
  });
  return { checked, errors };
}

function addContacts(store: Store, partnerId: string, contacts: readonly ImportContact[]): void {
  const known = new Set(store.contacts.by('partner', partnerId).flatMap((c) => [fold(`${c.firstName} ${c.lastName}`), c.email.toLowerCase()].filter(Boolean)));
  for (const c of contacts) {
    const name = fold(`${c.firstName} ${c.lastName}`);
    if (known.has(name) || (c.email && known.has(c.email.toLowerCase()))) continue;
    known.add(name);
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
      const tags = [...new Set([...existing.tags, ...row.partner.tags])].slice(0, 20);
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
    const envelope = validate(Envelope, await readJson(request));
    if (!envelope.ok) throw badRequest(envelope.errors);
    const { checked, errors } = checkRows(store, envelope.data.rows);
    if (errors.length) {
      const badRows = new Set(errors.map((e) => e.field.split('.')[1])).size;
      throw unprocessable(errors, `${badRows} ligne${badRows > 1 ? 's' : ''} en erreur : rien n’a été importé.`);
    }
    return json(importPartners(store, checked, envelope.data.onDuplicate));
  }),
];
