import type { PartnerRow } from '@/contract/entities';
import type { PartnerListQuery } from '@/contract/queries';
import type { Page } from '@/contract/primitives';
import { toCsv } from '@/lib/csv';
import type { CsvColumn, CsvSeparator } from '@/lib/csv';
import { exportValue, headerOf, PARTNER_EXPORT_FIELDS } from './csv-columns';
import type { ExportLabels } from './csv-columns';

/**
 * The list's CSV export: every company the current filters select, in the list's order, in the
 * shared companies format (so the import reads it back).
 */

/** Large enough that 10,000 companies come in one answer; 100,000 in ten, with progress between. */
export const EXPORT_CHUNK = 10_000;

export function partnersCsv(rows: readonly PartnerRow[], labels: ExportLabels, separator: CsvSeparator): string {
  const columns: CsvColumn<PartnerRow>[] = PARTNER_EXPORT_FIELDS.map((field) => ({
    header: headerOf(field),
    value: (row) => exportValue(row, field, labels),
  }));
  return toCsv(rows, columns, separator);
}

/** Fetches every page of `query`, one after the other so that the order is the list's. */
export async function fetchAllPartners(
  query: PartnerListQuery,
  fetchPage: (query: PartnerListQuery) => Promise<Page<PartnerRow>>,
  onProgress: (done: number, total: number) => void = () => undefined,
  chunk = EXPORT_CHUNK,
): Promise<PartnerRow[]> {
  const rows: PartnerRow[] = [];
  for (let page = 1; ; page++) {
    const answer = await fetchPage({ ...query, page, pageSize: chunk });
    for (const row of answer.items) rows.push(row);
    onProgress(Math.min(rows.length, answer.total), answer.total);
    // An empty page ends it too, should the data shrink while exporting.
    if (rows.length >= answer.total || answer.items.length === 0) return rows;
  }
}
