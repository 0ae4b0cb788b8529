import type { OpportunityRow } from '@/contract/api';
import type { CsvColumn } from '@/lib/csv';

/**
 * The pipeline's CSV: French headers and labels, amounts as plain numbers (Excel sums them),
 * dates as French Excel reads them. Labels come in as functions so this stays pure and testable.
 */
export function opportunityCsvColumns({
  header,
  kindLabel,
  stageLabel,
  ownerName,
  date,
}: {
  header: (field: 'title' | 'partner' | 'kind' | 'amount' | 'stage' | 'owner' | 'expectedClose' | 'closedAt' | 'closeReason') => string;
  kindLabel: (kind: string) => string;
  stageLabel: (stage: string) => string;
  ownerName: (id: string) => string;
  date: (iso: string) => string;
}): CsvColumn<OpportunityRow>[] {
  return [
    { header: header('title'), value: (r) => r.title },
    { header: header('partner'), value: (r) => r.partnerName },
    { header: header('kind'), value: (r) => kindLabel(r.kind) },
    { header: `${header('amount')} (€)`, value: (r) => r.amount },
    { header: header('stage'), value: (r) => stageLabel(r.stage) },
    { header: header('owner'), value: (r) => ownerName(r.ownerId) },
    { header: header('expectedClose'), value: (r) => date(r.expectedClose) },
    { header: header('closedAt'), value: (r) => (r.closedAt ? date(r.closedAt) : '') },
    { header: header('closeReason'), value: (r) => r.closeReason ?? '' },
  ];
}
