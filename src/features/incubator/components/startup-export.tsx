import { useState } from 'react';
import { datedFilename, downloadFile, toCsv } from '@/lib/csv';
import { useI18n } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n';
import { notify } from '@/lib/notify';
import { departmentLabel, label } from '@/locales/labels';
import { describeError } from '@/components/feedback/describe-error';
import { fetchAllStartups } from '../api';
import type { StartupQuery } from '../api';
import { startupCsvColumns } from '../lib/csv-columns';
import type { StartupCsvHeader } from '../lib/csv-columns';
import { linkText, statusText } from './labels';
import '../messages';

const HEADERS: Record<StartupCsvHeader, MessageKey> = {
  name: 'incubator.table.name',
  founded: 'incubator.table.founded',
  incubationStart: 'incubator.csv.incubationStart',
  incubationEnd: 'incubator.csv.incubationEnd',
  sector: 'incubator.table.sector',
  department: 'incubator.table.department',
  city: 'incubator.csv.city',
  status: 'incubator.table.status',
  closedYear: 'incubator.csv.closedYear',
  jobs: 'incubator.table.jobs',
  funds: 'incubator.table.funds',
  link: 'incubator.table.link',
  partner: 'incubator.table.partner',
  synthetic: 'incubator.csv.synthetic',
};

/** Every start-up the filters select (not only the page on screen), fresh from the API. */
export function StartupExport({ query }: { query: StartupQuery }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const { page: _page, pageSize: _size, ...filters } = query;
      const rows = await fetchAllStartups(filters);
      const columns = startupCsvColumns({
        header: (k) => t(HEADERS[k]),
        sector: (c) => t(label.sector(c)),
        department: (c) => departmentLabel(c, t('department.HO')),
        status: (s) => statusText(t, s),
        link: (l) => linkText(t, l),
        yes: t('common.yes'),
        no: t('common.no'),
      });
      downloadFile(datedFilename('start-up'), toCsv(rows, columns));
      notify.success(t('incubator.export.done', { count: rows.length }));
    } catch (error) {
      notify.error(t('incubator.export.failed', { message: describeError(t, error) }));
    } finally {
      setBusy(false);
    }
  };
  return (
    <button type="button" className="btn" onClick={() => void run()} disabled={busy} aria-busy={busy || undefined}>
      {busy ? t('incubator.export.busy') : t('incubator.export')}
    </button>
  );
}
