import type { ImportContact, ImportRow } from '@/contract/api';
import type { PartnerInput, PartnerRow } from '@/contract/entities';
import type { PartnerCsvField } from '../../lib/csv-columns';
import { cellReader, checkCompany, readCompany, readContact } from './convert';
import type { CompanyField, Translate } from './convert';
import { fold } from './lookups';
import type { Lookups } from './lookups';
import { columnsByField } from './mapping';
import type { ColumnMapping } from './mapping';
import type { CsvRecord, ParsedCsv } from './parse-csv';

/**
 * The whole file checked line by line, before anything is sent: the companies it makes (several
 * lines with the same SIREN — or the same name and city when there is none — are one company with
 * several contacts), and every line that cannot be imported with its reason.
 */

export interface LineIssue {
  line: number;
  /** The column's header in the file. */
  column: string;
  value: string;
  message: string;
}

export interface ImportGroup {
  key: string;
  /** The line the company's fields were read from. */
  companyLine: number;
  partner: PartnerInput;
  present: Set<CompanyField>;
  contacts: ImportContact[];
  /** The line of each contact, in the same order. */
  contactLines: number[];
}

export interface ImportPreview {
  groups: ImportGroup[];
  issues: LineIssue[];
  /** Lines left out because of an issue. */
  invalidLines: number[];
  totalLines: number;
}

export const MAX_CONTACTS = 50;
/** What one import request may hold (ImportRequest). */
export const MAX_IMPORT_ROWS = 20_000;
const BATCH = 400;

const yieldToUi = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function groupKey(siren: string | null, name: string, city: string): string {
  return siren ? `siren:${siren}` : `name:${fold(name)}|${fold(city)}`;
}

export interface PreviewContext {
  lookups: Lookups;
  t: Translate;
}

export async function buildPreview(csv: ParsedCsv, mapping: ColumnMapping, ctx: PreviewContext, onProgress?: (fraction: number) => void): Promise<ImportPreview> {
  const columns = columnsByField(mapping);
  const byKey = new Map<string, ImportGroup>();
  const groups: ImportGroup[] = [];
  const issues: LineIssue[] = [];
  const invalidLines: number[] = [];
  const total = csv.records.length;

  const report = (record: CsvRecord, list: readonly { field: PartnerCsvField; message: string }[]) => {
    // In the file's column order, as the person reads the line.
    const ordered = [...list].sort((a, b) => (columns.get(a.field) ?? Infinity) - (columns.get(b.field) ?? Infinity));
    for (const issue of ordered) {
      const i = columns.get(issue.field);
      issues.push({ line: record.line, column: i === undefined ? '' : (csv.headers[i] ?? ''), value: i === undefined ? '' : (record.cells[i] ?? ''), message: issue.message });
    }
    invalidLines.push(record.line);
  };

  for (let n = 0; n < total; n++) {
    if (n > 0 && n % BATCH === 0) {
      onProgress?.(n / total);
      await yieldToUi();
    }
    const record = csv.records[n] as CsvRecord;
    const cell = cellReader(record.cells, columns);
    const company = readCompany(cell, ctx.lookups, ctx.t);
    const key = groupKey(company.draft.siren, company.draft.name, company.draft.city);
    const contact = readContact(cell, ctx.t);
    const existing = byKey.get(key);
    // A further line of a company already read brings its contact; its company cells repeat the first.
    if (existing) {
      if (contact.issues.length) report(record, contact.issues);
      else if (contact.contact && existing.contacts.length >= MAX_CONTACTS) report(record, [{ field: 'contactLastName', message: ctx.t('partnersImport.reason.tooManyContacts', { max: MAX_CONTACTS }) }]);
      else if (contact.contact) {
        existing.contacts.push(contact.contact);
        existing.contactLines.push(record.line);
      }
      continue;
    }
    const checked = checkCompany(company, ctx.t);
    const lineIssues = [...checked.issues, ...contact.issues];
    if (!checked.partner || lineIssues.length) {
      report(record, lineIssues);
      continue;
    }
    const group: ImportGroup = {
      key,
      companyLine: record.line,
      partner: checked.partner,
      present: company.present,
      contacts: contact.contact ? [contact.contact] : [],
      contactLines: contact.contact ? [record.line] : [],
    };
    byKey.set(key, group);
    groups.push(group);
  }
  onProgress?.(1);
  return { groups, issues, invalidLines, totalLines: total };
}

/** Companies of the file that already exist (same SIREN), by group key. */
export function existingMatches(groups: readonly ImportGroup[], bySiren: ReadonlyMap<string, PartnerRow>): Map<string, PartnerRow> {
  const out = new Map<string, PartnerRow>();
  for (const g of groups) {
    const found = g.partner.siren ? bySiren.get(g.partner.siren) : undefined;
    if (found) out.set(g.key, found);
  }
  return out;
}

export function partnerInputOf(row: PartnerRow): PartnerInput {
  const { name, siren, siret, nafCode, sector, department, city, sizeBand, stage, ownerId, partnerSince, tags, website, notes } = row;
  return { name, siren, siret, nafCode, sector, department, city, sizeBand, stage, ownerId, partnerSince, tags, website, notes };
}

/**
 * The request's rows. A company updated from the file keeps the fields the file does not give (a
 * list of names and cities must not wipe the size, owner or notes already known).
 */
export function buildImportRows(groups: readonly ImportGroup[], existing: ReadonlyMap<string, PartnerRow>, policy: 'skip' | 'update'): ImportRow[] {
  return groups.map((g) => {
    const current = existing.get(g.key);
    let partner = g.partner;
    if (current && policy === 'update') {
      const merged: Record<string, unknown> = { ...partnerInputOf(current) };
      for (const f of g.present) merged[f] = g.partner[f];
      partner = merged as PartnerInput;
    }
    return g.contacts.length ? { partner, contacts: g.contacts } : { partner };
  });
}

/** Drops the companies the server refused, so the rest can be sent again. */
export function withoutLines(preview: ImportPreview, issues: readonly LineIssue[]): ImportPreview {
  const lines = new Set(issues.map((i) => i.line));
  const dropped = preview.groups.filter((g) => lines.has(g.companyLine) || g.contactLines.some((l) => lines.has(l)));
  const droppedLines = dropped.flatMap((g) => [g.companyLine, ...g.contactLines]);
  return {
    ...preview,
    groups: preview.groups.filter((g) => !dropped.includes(g)),
    issues: [...preview.issues, ...issues].sort((a, b) => a.line - b.line),
    invalidLines: [...new Set([...preview.invalidLines, ...droppedLines])].sort((a, b) => a - b),
  };
}
