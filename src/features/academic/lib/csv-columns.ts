import type { AcademicPartner } from '@/contract/entities';
import type { CsvColumn } from '@/lib/csv';

export interface AcademicCsvLabels {
  school: string;
  country: string;
  city: string;
  scope: string;
  doubleDegree: string;
  since: string;
  renewal: string;
  field: string;
  active: string;
  synthetic: string;
  scopeValue: (s: AcademicPartner['scope']) => string;
  yes: string;
  no: string;
}

/** The partnerships as shown, for a spreadsheet: dates stay ISO so that Excel sorts them. */
export function academicCsvColumns(l: AcademicCsvLabels): CsvColumn<AcademicPartner>[] {
  const yesNo = (b: boolean) => (b ? l.yes : l.no);
  return [
    { header: l.school, value: (p) => p.school },
    { header: l.country, value: (p) => p.country },
    { header: l.city, value: (p) => p.city },
    { header: l.scope, value: (p) => l.scopeValue(p.scope) },
    { header: l.doubleDegree, value: (p) => yesNo(p.doubleDegree) },
    { header: l.since, value: (p) => p.since },
    { header: l.renewal, value: (p) => p.renewalDate },
    { header: l.field, value: (p) => p.field },
    { header: l.active, value: (p) => yesNo(p.active) },
    { header: l.synthetic, value: (p) => yesNo(p.synthetic) },
  ];
}
