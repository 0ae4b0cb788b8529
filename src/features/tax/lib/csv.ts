import type { TaxPledgeRow } from '@/contract/api';
import type { TaxStatus } from '@/contract/reference';
import type { CsvColumn } from '@/lib/csv';

export interface PledgeCsvLabels {
  partner: string;
  partnerId: string;
  year: string;
  status: string;
  statusValue: (s: TaxStatus) => string;
  amount: string;
  updatedAt: string;
}

/** The campaign's rows as exported: raw amounts (numbers) and ISO dates, so a spreadsheet can sum and sort them. */
export function pledgeCsvColumns(l: PledgeCsvLabels): CsvColumn<TaxPledgeRow>[] {
  return [
    { header: l.partner, value: (r) => r.partnerName },
    { header: l.partnerId, value: (r) => r.partnerId },
    { header: l.year, value: (r) => r.year },
    { header: l.status, value: (r) => l.statusValue(r.status) },
    { header: l.amount, value: (r) => r.amount },
    { header: l.updatedAt, value: (r) => r.updatedAt.slice(0, 10) },
  ];
}
