import { Link } from 'react-router-dom';
import type { EquipmentListItem } from '@/contract/api';
import { DataTable } from '@/components/table/data-table';
import type { Column, SortState } from '@/components/table/data-table';
import { useI18n } from '@/lib/i18n';
import type { I18n } from '@/lib/i18n';
import type { CatalogueSortKey } from '../lib/catalogue';
import { formatDateTime } from '../lib/paris-time';
import { equipmentLabel } from '../messages';
import { UtilisationMeter } from './utilisation-meter';
import styles from './equipment.module.css';

/** "4 800 € / jour" */
export function formatRate(i18n: Pick<I18n, 't' | 'euros'>, item: Pick<EquipmentListItem, 'rate' | 'rateUnit'>): string {
  return i18n.t('equipment.rate', { amount: i18n.euros(item.rate), unit: i18n.t(equipmentLabel.rateUnit(item.rateUnit)) });
}

export function CatalogueTable({
  items,
  loading,
  sort,
  onSort,
}: {
  items: readonly EquipmentListItem[];
  loading: boolean;
  sort: SortState;
  onSort: (next: { key: CatalogueSortKey; order: 'asc' | 'desc' }) => void;
}) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const columns: Column<EquipmentListItem>[] = [
    {
      id: 'name',
      header: t('equipment.col.name'),
      sortKey: 'name',
      isRowHeader: true,
      cell: (e) => <Link to={`/equipment/${encodeURIComponent(e.id)}`}>{e.name}</Link>,
    },
    {
      id: 'unit',
      header: t('equipment.col.unit'),
      sortKey: 'unit',
      cell: (e) => (
        <>
          <span>{e.researchUnit}</span>
          <br />
          <span className={`${styles.muted} ${styles.small}`}>{e.platform}</span>
        </>
      ),
    },
    { id: 'category', header: t('equipment.col.category'), sortKey: 'category', cell: (e) => t(equipmentLabel.category(e.category)) },
    { id: 'rate', header: t('equipment.col.rate'), sortKey: 'rate', align: 'end', cell: (e) => <span className={styles.nowrap}>{formatRate(i18n, e)}</span> },
    {
      id: 'open',
      header: t('equipment.col.open'),
      cell: (e) => (
        <span className={`${styles.badge} ${e.openToCompanies ? styles.badgeOpen : styles.badgeClosed}`}>{e.openToCompanies ? t('common.yes') : t('common.no')}</span>
      ),
    },
    { id: 'utilisation', header: t('equipment.col.utilisation'), sortKey: 'utilisation', cell: (e) => <UtilisationMeter value={e.utilisation12m} /> },
    {
      id: 'nextFree',
      header: t('equipment.col.nextFree'),
      sortKey: 'nextFreeSlot',
      cell: (e) => {
        if (!e.nextFreeSlot) return <span className={styles.muted}>{t('equipment.noFreeSlot')}</span>;
        // "ven. 27/11/2026" then "09:00": two short lines keep the table within a laptop's width.
        const [day, time] = splitDateTime(formatDateTime(locale, e.nextFreeSlot));
        return (
          <span className={styles.nowrap}>
            {day}
            <br />
            {time}
          </span>
        );
      },
    },
  ];
  return (
    <div className={styles.catalogue}>
      <DataTable
      caption={t('equipment.caption')}
      columns={columns}
      rows={items}
      rowKey={(e) => e.id}
      sort={sort}
      onSort={(next) => onSort({ key: next.key as CatalogueSortKey, order: next.order })}
      loading={loading}
      skeletonRows={8}
      />
    </div>
  );
}

const splitDateTime = (s: string): [string, string] => {
  const i = s.lastIndexOf(' ');
  return [s.slice(0, i), s.slice(i + 1)];
};

/** The CSV of what the table shows, in the same order. */
export function catalogueCsvColumns(i18n: I18n) {
  const { t } = i18n;
  return [
    { header: t('equipment.col.name'), value: (e: EquipmentListItem) => e.name },
    { header: t('equipment.item.unit'), value: (e: EquipmentListItem) => e.researchUnit },
    { header: t('equipment.item.platform'), value: (e: EquipmentListItem) => e.platform },
    { header: t('equipment.col.category'), value: (e: EquipmentListItem) => t(equipmentLabel.category(e.category)) },
    { header: t('equipment.col.rate'), value: (e: EquipmentListItem) => e.rate },
    { header: t('equipment.item.rate'), value: (e: EquipmentListItem) => t(equipmentLabel.rateUnit(e.rateUnit)) },
    { header: t('equipment.col.open'), value: (e: EquipmentListItem) => (e.openToCompanies ? t('common.yes') : t('common.no')) },
    { header: t('equipment.col.utilisation'), value: (e: EquipmentListItem) => i18n.percent(e.utilisation12m) },
    { header: t('equipment.col.nextFree'), value: (e: EquipmentListItem) => (e.nextFreeSlot ? formatDateTime(i18n.locale, e.nextFreeSlot) : '') },
  ];
}
