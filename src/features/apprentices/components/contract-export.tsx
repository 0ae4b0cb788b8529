import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useState } from 'react';
import { describeError } from '@/components/feedback/describe-error';
import { datedFilename, downloadFile, toCsv } from '@/lib/csv';
import type { CsvSeparator } from '@/lib/csv';
import { useI18n } from '@/lib/i18n';
import { notify } from '@/lib/notify';
import { fetchAllContracts } from '../api';
import { contractCsvColumns } from '../lib/contract-csv';
import type { ContractFilters } from '../lib/page-query';
import { specialityKey, statusKey } from '../messages';
import menu from '@/components/ui/menu.module.css';

/** "Exporter en CSV": every contract the filters select, not only the page on screen. */
export function ContractExport({ list }: { list: ContractFilters }) {
  const { t } = useI18n();
  const [busy, setBusy] = useState(false);

  const run = async (separator: CsvSeparator) => {
    setBusy(true);
    try {
      const { page: _page, pageSize: _size, ...filters } = list;
      const rows = await fetchAllContracts(filters);
      const columns = contractCsvColumns({
        headers: {
          id: t('apprentices.col.id'),
          lastName: t('apprentices.form.lastName'),
          firstName: t('apprentices.form.firstName'),
          birthDate: t('apprentices.col.birthDate'),
          speciality: t('apprentices.col.speciality'),
          cohort: t('apprentices.col.cohort'),
          host: t('apprentices.form.host'),
          tutor: t('apprentices.col.tutor'),
          start: t('apprentices.col.start'),
          end: t('apprentices.col.end'),
          status: t('apprentices.col.status'),
        },
        speciality: (s) => t(specialityKey(s)),
        status: (s) => t(statusKey(s)),
      });
      downloadFile(datedFilename('contrats-apprentissage'), toCsv(rows, columns, separator));
      notify.success(t('apprentices.export.done', { count: rows.length }));
    } catch (error) {
      notify.error(t('apprentices.export.failed', { message: describeError(t, error) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger className="btn" disabled={busy} aria-busy={busy || undefined}>
        {busy ? t('apprentices.export.running') : t('common.exportCsv')}
        <span aria-hidden="true"> ▾</span>
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className={menu.menu} align="end" sideOffset={4}>
          <DropdownMenu.Item className={menu.item} onSelect={() => void run(';')}>
            {t('apprentices.export.semicolon')}
          </DropdownMenu.Item>
          <DropdownMenu.Item className={menu.item} onSelect={() => void run(',')}>
            {t('apprentices.export.comma')}
          </DropdownMenu.Item>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
