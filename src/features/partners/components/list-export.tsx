import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { PartnerListQuery } from '@/contract/queries';
import { describeError } from '@/components/feedback/describe-error';
import { datedFilename, downloadFile } from '@/lib/csv';
import type { CsvSeparator } from '@/lib/csv';
import { useI18n } from '@/lib/i18n';
import { notify } from '@/lib/notify';
import { useUsersById } from '@/lib/users';
import { label } from '@/locales/labels';
import { partnerQueries } from '../api';
import { fetchAllPartners, partnersCsv } from '../lib/list-export';
import '../messages-list';
import menu from '@/components/ui/menu.module.css';
import styles from './list-page.module.css';

/**
 * "Exporter en CSV": every company the filters select, not only the page on screen, fetched from
 * the API with the list's own query. ";" for French Excel by default, "," on request.
 */
export function ListExport({ query }: { query: PartnerListQuery }) {
  const i18n = useI18n();
  const { t } = i18n;
  const client = useQueryClient();
  const users = useUsersById();
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);

  const run = async (separator: CsvSeparator) => {
    setProgress({ done: 0, total: 0 });
    try {
      const rows = await fetchAllPartners(
        query,
        // Fresh, and not kept: an export must see the latest data and should not hold 100,000 rows in the cache.
        (q) => client.fetchQuery({ ...partnerQueries.list(q), staleTime: 0, gcTime: 0 }),
        (done, total) => setProgress({ done, total }),
      );
      const csv = partnersCsv(
        rows,
        {
          sector: (c) => t(label.sector(c)),
          sizeBand: (c) => t(label.sizeBand(c)),
          stage: (c) => t(label.stage(c)),
          kind: (c) => t(label.kind(c)),
          owner: (id) => (id ? (users.get(id)?.name ?? '') : ''),
          yes: t('common.yes'),
          no: t('common.no'),
        },
        separator,
      );
      downloadFile(datedFilename('entreprises'), csv);
      notify.success(t('partnersList.export.done', { count: rows.length }));
    } catch (error) {
      notify.error(t('partnersList.export.failed', { message: describeError(t, error) }));
    } finally {
      setProgress(null);
    }
  };

  const busy = progress !== null;
  return (
    <>
      <DropdownMenu.Root>
        <DropdownMenu.Trigger className="btn" disabled={busy} aria-busy={busy || undefined}>
          {busy ? t('partnersList.export.running') : t('common.exportCsv')}
          <span aria-hidden="true">▾</span>
        </DropdownMenu.Trigger>
        <DropdownMenu.Portal>
          <DropdownMenu.Content className={menu.menu} align="end" sideOffset={4}>
            <DropdownMenu.Item className={menu.item} onSelect={() => void run(';')}>
              {t('partnersList.export.semicolon')}
            </DropdownMenu.Item>
            <DropdownMenu.Item className={menu.item} onSelect={() => void run(',')}>
              {t('partnersList.export.comma')}
            </DropdownMenu.Item>
          </DropdownMenu.Content>
        </DropdownMenu.Portal>
      </DropdownMenu.Root>
      <span role="status" className={styles.exportStatus}>
        {progress && progress.total > 0 ? t('partnersList.export.progress', { done: i18n.number(progress.done), total: i18n.number(progress.total) }) : ''}
      </span>
    </>
  );
}
