import { useMemo } from 'react';
import type { MouseEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import type { NavigateFunction } from 'react-router-dom';
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

/**
 * A company's link opens its page inside the app, as a router `<Link>` would; a click with a
 * modifier key or another button is left to the browser (new tab, new window). One handler for
 * every row: a `<Link>` per row re-renders 50–100 times whenever the address changes (each one
 * follows the location), on every search, sort and page.
 */
function openInApp(navigate: NavigateFunction) {
  return (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.altKey || event.ctrlKey || event.shiftKey) return;
    event.preventDefault();
    void navigate(event.currentTarget.getAttribute('href')!);
  };
}

/**
 * The list's columns; each sorts by the API's key except the relationship badges, which have none.
 * Plain text cells carry their class on the cell itself: a wrapper per cell is 300–600 more
 * elements to render, lay out and paint for a page of 50–100 rows.
 */
export function usePartnerColumns(): Column<PartnerRow>[] {
  const { t, date, euros } = useI18n();
  const users = useUsersById();
  const navigate = useNavigate();
  return useMemo(() => {
    const open = openInApp(navigate);
    return [
      {
        id: 'name',
        header: t('partnersList.col.name'),
        sortKey: 'name',
        isRowHeader: true,
        cell: (p) => (
          <span className={styles.name}>
            <a href={`/partners/${encodeURIComponent(p.id)}`} onClick={open}>
              {p.name}
            </a>
            {p.archived && <span className={styles.archived}>{t('partnersList.archivedBadge')}</span>}
          </span>
        ),
      },
      { id: 'sector', header: t('partnersList.col.sector'), sortKey: 'sector', cellClassName: styles.nowrap, cell: (p) => t(label.sector(p.sector)) },
      { id: 'department', header: t('partnersList.col.department'), sortKey: 'department', cellClassName: styles.nowrap, cell: (p) => departmentLabel(p.department, t('department.HO')) },
      { id: 'city', header: t('partnersList.col.city'), sortKey: 'city', cellClassName: styles.nowrap, cell: (p) => p.city },
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
        cellClassName: styles.nowrap,
        cell: (p) => (p.ownerId ? (users.get(p.ownerId)?.name ?? '…') : <span className={styles.muted}>{t('partnersList.noOwner')}</span>),
      },
      {
        id: 'lastInteraction',
        header: t('partnersList.col.lastInteraction'),
        sortKey: 'lastInteraction',
        cellClassName: styles.nowrap,
        cell: (p) => (p.lastInteraction ? date(p.lastInteraction) : '—'),
      },
      {
        id: 'openOpportunities',
        header: t('partnersList.col.openOpportunities'),
        sortKey: 'openOpportunitiesAmount',
        align: 'end',
        cellClassName: styles.nowrap,
        cell: (p) => euros(p.openOpportunitiesAmount),
      },
    ];
  }, [t, date, euros, users, navigate]);
}
