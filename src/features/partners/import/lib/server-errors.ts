import type { FieldError } from '@/contract/problem';
import { csvFieldOfCompany, csvFieldOfContact } from './convert';
import { columnsByField } from './mapping';
import type { ColumnMapping } from './mapping';
import type { ParsedCsv } from './parse-csv';
import type { ImportGroup, LineIssue } from './preview';

/**
 * The API names a refused field `rows.<i>.<field>` (`rows.3.siren`, `rows.0.contacts.1.email`),
 * `i` being the company's place in the request: back to the line and column of the file.
 */
export function issuesFromServer(errors: readonly FieldError[], groups: readonly ImportGroup[], csv: ParsedCsv, mapping: ColumnMapping): LineIssue[] {
  const columns = columnsByField(mapping);
  const cellsByLine = new Map(csv.records.map((r) => [r.line, r.cells]));
  const out: LineIssue[] = [];
  for (const error of errors) {
    const match = /^rows\.(\d+)(?:\.(.+))?$/.exec(error.field);
    const group = match ? groups[Number(match[1])] : undefined;
    if (!match || !group) continue;
    const rest = (match[2] ?? '').replace(/^partner\./, '');
    const contact = /^contacts\.(\d+)\.(\w+)/.exec(rest);
    const line = contact ? (group.contactLines[Number(contact[1])] ?? group.companyLine) : group.companyLine;
    const field = contact ? csvFieldOfContact(contact[2] ?? '') : rest && rest !== 'partner' ? csvFieldOfCompany(rest.split('.')[0] ?? rest) : null;
    const column = field === null ? undefined : columns.get(field);
    out.push({
      line,
      column: column === undefined ? '' : (csv.headers[column] ?? ''),
      value: column === undefined ? '' : (cellsByLine.get(line)?.[column] ?? ''),
      message: error.message,
    });
  }
  return out.sort((a, b) => a.line - b.line);
}
