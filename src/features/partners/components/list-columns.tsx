import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import type { Column } from '@/components/table/data-table';
import type { PartnerRow } from '@/contract/entities';
import { useI18n } from '@/lib/i18n';
import { useUsersById } from '@/lib/users';
import { departmentLabel, label } from '@/locales/labels';
import '../messages-list';
import styles from './list-page.module.css';

export type PartnerColumnId = 'name' | 'sector' | 'department' | 'city' | 'stage' | 'kinds' | 'owner' | 'lastInteraction' | 'openOpportunities';
export const PARTNER_COLUMN_IDS: readonly PartnerColumnId[] = ['name', 'sector', 'department', 'city', 'stage', 'kinds', 'owner', 'lastInteraction', 'openOpportunities'];

const STAGE_CLASS: Record<PartnerRow['stage'], string | undefined> = {
  active: styles.stageActive,
  prospect: styles.stageProspect,
  dormant: styles.stageDormant,
};

/** The list's columns; each sorts by the API's key except the relationship badges, which have none. */
export function usePartnerColumns(): Column<PartnerRow>[] {
  const { t, date, euros } = useI18n();
  const users = useUsersById();
  return useMemo(
    () => [
      {
        id: 'name',
        header: t('partnersList.col.name'),
        sortKey: 'name',
        isRowHeader: true,
        cell: (p) => (
          <span className={styles.name}>
            <Link to={`/partners/${encodeURIComponent(p.id)}`}>{p.name}</Link>
            {p.archived && <span className={styles.archived}>{t('partnersList.archivedBadge')}</span>}
          </span>
        ),
      },
      { id: 'sector', header: t('partnersList.col.sector'), sortKey: 'sector', cell: (p) => <span className={styles.nowrap}>{t(label.sector(p.sector))}</span> },
      { id: 'department', header: t('partnersList.col.department'), sortKey: 'department', cell: (p) => <span className={styles.nowrap}>{departmentLabel(p.department, t('department.HO'))}</span> },
      { id: 'city', header: t('partnersList.col.city'), sortKey: 'city', cell: (p) => <span className={styles.nowrap}>{p.city}</span> },
      {
        id: 'stage',
        header: t('partnersList.col.stage'),
        sortKey: 'stage',
        cell: (p) => <span className={`${styles.stage} ${STAGE_CLASS[p.stage] ?? ''}`}>{t(label.stage(p.stage))}</span>,
      },
      {
        id: 'kinds',
        header: t('partnersList.col.kinds'),
        cell: (p) =>
          p.kinds.length ? (
            <ul className={styles.badges}>
              {p.kinds.map((k) => (
                <li key={k} className={styles.badge}>
                  {t(label.kind(k))}
                </li>
              ))}
            </ul>
          ) : (
            '—'
          ),
      },
      {
        id: 'owner',
        header: t('partnersList.col.owner'),
        sortKey: 'owner',
        cell: (p) => <span className={`${styles.nowrap} ${p.ownerId ? '' : styles.muted}`}>{p.ownerId ? (users.get(p.ownerId)?.name ?? '…') : t('partnersList.noOwner')}</span>,
      },
      {
        id: 'lastInteraction',
        header: t('partnersList.col.lastInteraction'),
        sortKey: 'lastInteraction',
        cell: (p) => <span className={styles.nowrap}>{p.lastInteraction ? date(p.lastInteraction) : '—'}</span>,
      },
      {
        id: 'openOpportunities',
        header: t('partnersList.col.openOpportunities'),
        sortKey: 'openOpportunitiesAmount',
        align: 'end',
        cell: (p) => <span className={styles.nowrap}>{euros(p.openOpportunitiesAmount)}</span>,
      },
    ],
    [t, date, euros, users],
  );
}
