import type { StartupRow } from '@/contract/api';
import type { CsvColumn } from '@/lib/csv';

/** Words the CSV needs, in the reader's language; the values themselves stay raw (years, euros). */
export interface StartupCsvLabels {
  header: (key: StartupCsvHeader) => string;
  sector: (code: string) => string;
  department: (code: string) => string;
  status: (row: StartupRow) => string;
  link: (link: StartupRow['link']) => string;
  yes: string;
  no: string;
}

export type StartupCsvHeader =
  | 'name' | 'founded' | 'incubationStart' | 'incubationEnd' | 'sector' | 'department' | 'city' | 'status' | 'closedYear'
  | 'jobs' | 'funds' | 'link' | 'partner' | 'synthetic';

/**
 * Unknown figures of the real companies (stored as 0) are exported empty, not as 0, so that a sum
 * in a spreadsheet does not read "0 emplois" as a fact.
 */
export function startupCsvColumns(l: StartupCsvLabels): CsvColumn<StartupRow>[] {
  const known = (s: StartupRow, v: number) => (!s.synthetic && v === 0 ? null : v);
  return [
    { header: l.header('name'), value: (s) => s.name },
    { header: l.header('founded'), value: (s) => s.foundedYear },
    { header: l.header('incubationStart'), value: (s) => s.incubationStart },
    { header: l.header('incubationEnd'), value: (s) => s.incubationEnd },
    { header: l.header('sector'), value: (s) => l.sector(s.sector) },
    { header: l.header('department'), value: (s) => l.department(s.department) },
    { header: l.header('city'), value: (s) => s.city },
    { header: l.header('status'), value: (s) => l.status(s) },
    { header: l.header('closedYear'), value: (s) => s.closedYear },
    { header: l.header('jobs'), value: (s) => known(s, s.jobs) },
    { header: l.header('funds'), value: (s) => known(s, s.fundsRaised) },
    { header: l.header('link'), value: (s) => l.link(s.link) },
    { header: l.header('partner'), value: (s) => s.partnerName },
    { header: l.header('synthetic'), value: (s) => (s.synthetic ? l.yes : l.no) },
  ];
}
