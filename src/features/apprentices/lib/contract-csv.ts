import type { ContractRow } from '@/contract/api';
import type { CsvColumn } from '@/lib/csv';
import { cohortSpan } from './cohort-label';

/** The export's columns: raw ISO dates and codes where a spreadsheet computes, labels where people read. */
export function contractCsvColumns(labels: {
  headers: Record<'id' | 'lastName' | 'firstName' | 'birthDate' | 'speciality' | 'cohort' | 'host' | 'tutor' | 'start' | 'end' | 'status', string>;
  speciality: (code: string) => string;
  status: (code: string) => string;
}): CsvColumn<ContractRow>[] {
  const h = labels.headers;
  return [
    { header: h.id, value: (c) => c.id },
    { header: h.lastName, value: (c) => c.apprenticeLastName },
    { header: h.firstName, value: (c) => c.apprenticeFirstName },
    { header: h.birthDate, value: (c) => c.birthDate },
    { header: h.speciality, value: (c) => labels.speciality(c.speciality) },
    { header: h.cohort, value: (c) => cohortSpan(c) },
    { header: h.host, value: (c) => c.partnerName },
    { header: h.tutor, value: (c) => c.tutorName ?? '' },
    { header: h.start, value: (c) => c.start },
    { header: h.end, value: (c) => c.end },
    { header: h.status, value: (c) => labels.status(c.status) },
  ];
}
