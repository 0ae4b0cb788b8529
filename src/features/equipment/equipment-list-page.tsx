import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { ClearFiltersButton, EmptyState } from '@/components/feedback/empty-state';
import { ErrorState } from '@/components/feedback/error-state';
import { Skeleton } from '@/components/feedback/skeleton';
import { WidgetBoundary } from '@/components/feedback/widget-boundary';
import { datedFilename, downloadFile, toCsv } from '@/lib/csv';
import { useI18n } from '@/lib/i18n';
import { useCan } from '@/lib/session';
import { useSearchState } from '@/lib/url-state';
import { equipmentQueries } from './api';
import { CatalogueChart } from './components/catalogue-chart';
import { CatalogueFilters } from './components/catalogue-filters';
import { CatalogueTable, catalogueCsvColumns } from './components/catalogue-table';
import { CatalogueQuery, CLEARED_CATALOGUE_FILTERS, filterAndSort, hasCatalogueFilters } from './lib/catalogue';
import { equipmentLabel } from './messages';
import styles from './components/equipment.module.css';

/** /equipment: the shared-equipment catalogue with each item's utilisation and next free slot. */
export default function EquipmentListPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const [query, update] = useSearchState(CatalogueQuery);
  const list = useQuery(equipmentQueries.list({ q: query.q, openOnly: query.openOnly }));
  const items = useMemo(
    () => (list.data ? filterAndSort(list.data, query, (c) => t(equipmentLabel.category(c))) : undefined),
    [list.data, query, t],
  );
  const filtered = hasCatalogueFilters(query);
  const canExport = useCan('export');
  const clear = () => update(CLEARED_CATALOGUE_FILTERS);

  const exportCsv = () => {
    if (!items) return;
    downloadFile(datedFilename(t('equipment.export.file')), toCsv(items, catalogueCsvColumns(i18n)));
  };

  return (
    <>
      <header className="page-header">
        <div>
          <h1 className="page-title">{t('equipment.title')}</h1>
          <p className="page-subtitle" aria-live="polite">
            {items ? t('equipment.subtitle', { count: items.length }) : <Skeleton width="14rem" height="1.25rem" />}
          </p>
        </div>
        <div className={styles.actions}>
          {canExport && (
            <button type="button" className="btn" onClick={exportCsv} disabled={!items?.length}>
              {t('common.exportCsv')}
            </button>
          )}
        </div>
      </header>

      <CatalogueFilters query={query} update={update} busy={list.isFetching && !list.isPending} />

      <section aria-label={t('equipment.caption')}>
        {list.isError && !list.data ? (
          <ErrorState error={list.error} onRetry={() => void list.refetch()} />
        ) : items && items.length === 0 ? (
          <EmptyState
            title={t('equipment.empty.title')}
            body={t('equipment.empty.body')}
            action={
              filtered ? (
                <ClearFiltersButton onClear={clear} />
              ) : undefined
            }
          />
        ) : (
          <CatalogueTable
            items={items ?? []}
            loading={!items}
            sort={{ key: query.sort, order: query.order }}
            onSort={({ key, order }) => update({ sort: key, order })}
          />
        )}
      </section>

      <section className={styles.section} aria-labelledby="equipment-usage-title">
        <h2 id="equipment-usage-title" className={styles.sectionTitle}>
          {t('equipment.usage.title')}
        </h2>
        <WidgetBoundary>
          <CatalogueChart items={items} loading={list.isPending} error={list.isError && !list.data ? list.error : undefined} onRetry={() => void list.refetch()} />
        </WidgetBoundary>
      </section>
    </>
  );
}
