import { Link } from 'react-router-dom';
import type { To } from 'react-router-dom';
import type { EventWithAttendance } from '@/contract/api';
import { useI18n } from '@/lib/i18n';
import { DataTable } from '@/components/table/data-table';
import type { Column, SortState } from '@/components/table/data-table';
import { kindLabel } from './event-filters';
import '../messages';
import styles from './events.module.css';

/** Events as a table; the title opens the event (a link, so it can open in a new tab too). */
export function EventsTable({
  caption,
  rows,
  linkTo,
  sort,
  onSort,
  loading,
  skeletonRows,
}: {
  caption: string;
  rows: readonly EventWithAttendance[];
  linkTo: (eventId: string) => To;
  sort?: SortState;
  onSort?: (next: SortState) => void;
  loading?: boolean;
  skeletonRows?: number;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const columns: Column<EventWithAttendance>[] = [
    {
      id: 'title',
      header: t('events.col.title'),
      sortKey: 'title',
      isRowHeader: true,
      cell: (e) => <Link to={linkTo(e.id)}>{e.title}</Link>,
    },
    { id: 'kind', header: t('events.col.kind'), cell: (e) => <span className={styles.badge}>{t(kindLabel(e.kind))}</span> },
    { id: 'date', header: t('events.col.date'), sortKey: 'date', cell: (e) => <time dateTime={e.date}>{i18n.date(e.date)}</time> },
    { id: 'place', header: t('events.col.place'), cell: (e) => e.place },
    { id: 'attendees', header: t('events.col.attendees'), sortKey: 'attendees', align: 'end', cell: (e) => <span className={styles.num}>{i18n.number(e.attendeeCount)}</span> },
  ];
  return (
    <DataTable
      caption={caption}
      columns={onSort ? columns : columns.map(({ sortKey: _s, ...c }) => c)}
      rows={rows}
      rowKey={(e) => e.id}
      sort={sort}
      onSort={onSort}
      loading={loading}
      skeletonRows={skeletonRows}
    />
  );
}
