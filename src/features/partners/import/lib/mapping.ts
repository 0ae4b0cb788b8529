import { fieldForHeader, PARTNER_CSV_COLUMNS } from '../../lib/csv-columns';
import type { PartnerCsvField } from '../../lib/csv-columns';

/** Which field each column of the file feeds (null: the column is ignored), by column index. */
export type ColumnMapping = readonly (PartnerCsvField | null)[];

export const REQUIRED_FIELDS = ['name', 'sector', 'department', 'city'] as const satisfies readonly PartnerCsvField[];

/** The fields a person can map a column to: the imported ones, in the format's order. */
export const IMPORTABLE_FIELDS: readonly PartnerCsvField[] = PARTNER_CSV_COLUMNS.filter((c) => c.imported).map((c) => c.field);

const importable = new Set(IMPORTABLE_FIELDS);

/**
 * French and English headers recognised by the shared format. The read-only columns of our own
 * export (relations, last interaction…) and a second column for a field already taken are ignored.
 */
export function autoMapping(headers: readonly string[]): ColumnMapping {
  const taken = new Set<PartnerCsvField>();
  return headers.map((h) => {
    const field = fieldForHeader(h);
    if (!field || !importable.has(field) || taken.has(field)) return null;
    taken.add(field);
    return field;
  });
}

export interface MappingProblems {
  missing: PartnerCsvField[];
  /** Fields chosen for more than one column. */
  twice: PartnerCsvField[];
}

export function mappingProblems(mapping: ColumnMapping): MappingProblems {
  const seen = new Map<PartnerCsvField, number>();
  for (const f of mapping) if (f) seen.set(f, (seen.get(f) ?? 0) + 1);
  return {
    missing: REQUIRED_FIELDS.filter((f) => !seen.has(f)),
    twice: [...seen].filter(([, n]) => n > 1).map(([f]) => f),
  };
}

/** field → column index, for reading a record and for naming the column of an error. */
export function columnsByField(mapping: ColumnMapping): Map<PartnerCsvField, number> {
  const out = new Map<PartnerCsvField, number>();
  mapping.forEach((f, i) => {
    if (f && !out.has(f)) out.set(f, i);
  });
  return out;
}
