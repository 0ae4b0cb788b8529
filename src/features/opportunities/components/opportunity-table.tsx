import { Link } from 'react-router-dom';
import type { OpportunityRow } from '@/contract/api';
import { OPPORTUNITY_SORT_KEYS } from '@/contract/queries';
import { useI18n } from '@/lib/i18n';
import { useCan } from '@/lib/session';
import { useUsersById } from '@/lib/users';
import { label } from '@/locales/labels';
import { DataTable } from '@/components/table/data-table';
import type { Column, SortState } from '@/components/table/data-table';
import { isOverdue } from '../lib/pipeline';
import { StageMenu } from './stage-menu';
import { useStageMove } from './use-stage-move';
import '../messages';
import cardStyles from './card.module.css';

export type OpportunitySortKey = (typeof OPPORTUNITY_SORT_KEYS)[number];

/** The same filtered set as the kanban, as a sortable table (sorted by the API). */
export function OpportunityTable({
  rows,
  loading,
  sort,
  onSort,
  today,
}: {
  rows: readonly OpportunityRow[];
  loading: boolean;
  sort: SortState;
  onSort: (next: SortState) => void;
  today: string;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const users = useUsersById();
  const { requestMove, pendingIds, dialog, liveRegion } = useStageMove();
  const canMove = useCan('crm');
  const header = (key: OpportunitySortKey | 'actions') => t(`opportunities.col.${key}`);
  const columns: Column<OpportunityRow>[] = [
    { id: 'title', header: header('title'), sortKey: 'title', isRowHeader: true, cell: (r) => r.title },
    {
      id: 'partner',
      header: header('partner'),
      sortKey: 'partner',
      cell: (r) => <Link to={`/partners/${encodeURIComponent(r.partnerId)}`}>{r.partnerName}</Link>,
    },
    { id: 'kind', header: header('kind'), sortKey: 'kind', cell: (r) => t(label.opportunityKind(r.kind)) },
    { id: 'amount', header: header('amount'), sortKey: 'amount', align: 'end', cell: (r) => i18n.euros(r.amount) },
    {
      id: 'stage',
      header: header('stage'),
      sortKey: 'stage',
      cell: (r) => (
        <span className={cardStyles.stage} data-stage={r.stage}>
          {t(label.opportunityStage(r.stage))}
        </span>
      ),
    },
    { id: 'owner', header: header('owner'), sortKey: 'owner', cell: (r) => users.get(r.ownerId)?.name ?? '' },
    {
      id: 'expectedClose',
      header: header('expectedClose'),
      sortKey: 'expectedClose',
      cell: (r) =>
        isOverdue(r, today) ? (
          <span className={cardStyles.overdue}>
            <span aria-hidden="true">⚠ </span>
            {t('opportunities.card.overdue', { date: i18n.date(r.expectedClose) })}
          </span>
        ) : (
          i18n.date(r.expectedClose)
        ),
    },
  ];
  // Read-only roles get no empty "actions" column.
  if (canMove) columns.push({ id: 'actions', header: header('actions'), cell: (r) => <StageMenu row={r} onMove={(stage) => requestMove(r, stage)} disabled={pendingIds.has(r.id)} /> });
  const sortLabel = header((OPPORTUNITY_SORT_KEYS as readonly string[]).includes(sort.key) ? (sort.key as OpportunitySortKey) : 'expectedClose');
  return (
    <>
      <DataTable
        caption={t('opportunities.table.caption', { sort: sortLabel })}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.id}
        sort={sort}
        onSort={onSort}
        loading={loading}
      />
      {dialog}
      {liveRegion}
    </>
  );
}
