import { Link } from 'react-router-dom';
import type { ContractRow } from '@/contract/api';
import type { Column } from '@/components/table/data-table';
import { useI18n } from '@/lib/i18n';
import { cohortSpan } from '../lib/cohort-label';
import { specialityShortKey, statusKey } from '../messages';
import styles from './contracts.module.css';

/** `onEdit` absent (a role that may not change contracts): no actions column. */
export function useContractColumns(today: string, onEdit: ((row: ContractRow) => void) | undefined): Column<ContractRow>[] {
  const { t, date } = useI18n();
  const columns: Column<ContractRow>[] = [
    {
      id: 'apprentice',
      header: t('apprentices.col.apprentice'),
      sortKey: 'apprentice',
      isRowHeader: true,
      cell: (c) => `${c.apprenticeLastName.toLocaleUpperCase('fr')} ${c.apprenticeFirstName}`,
    },
    { id: 'speciality', header: t('apprentices.col.speciality'), sortKey: 'speciality', cell: (c) => t(specialityShortKey(c.speciality)) },
    { id: 'cohort', header: t('apprentices.col.cohort'), sortKey: 'cohortYear', cell: (c) => <span className={styles.nowrap}>{cohortSpan(c)}</span> },
    {
      id: 'host',
      header: t('apprentices.col.host'),
      sortKey: 'partner',
      cell: (c) => <Link to={`/partners/${encodeURIComponent(c.partnerId)}`}>{c.partnerName}</Link>,
    },
    { id: 'tutor', header: t('apprentices.col.tutor'), cell: (c) => c.tutorName ?? <span className={styles.muted}>{t('apprentices.noTutor')}</span> },
    { id: 'start', header: t('apprentices.col.start'), sortKey: 'start', cell: (c) => <span className={styles.nowrap}>{date(c.start)}</span> },
    { id: 'end', header: t('apprentices.col.end'), sortKey: 'end', cell: (c) => <span className={styles.nowrap}>{date(c.end)}</span> },
    {
      id: 'status',
      header: t('apprentices.col.status'),
      sortKey: 'status',
      cell: (c) => {
        const shown = c.status === 'active' && c.start > today ? 'upcoming' : c.status;
        return <span className={`${styles.status} ${styles[`status-${shown}`] ?? ''}`}>{t(statusKey(shown))}</span>;
      },
    },
  ];
  if (onEdit)
    columns.push({
      id: 'actions',
      header: t('apprentices.col.actions'),
      cell: (c) => (
        <button type="button" className={`btn ${styles.rowAction}`} onClick={() => onEdit(c)} aria-label={t('apprentices.editLabel', { name: `${c.apprenticeFirstName} ${c.apprenticeLastName}` })}>
          {t('apprentices.edit')}
        </button>
      ),
    });
  return columns;
}
