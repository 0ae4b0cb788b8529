import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { Link } from 'react-router-dom';
import { Skeleton } from '@/components/feedback/skeleton';
import { ColumnChooser } from '@/components/table/column-chooser';
import { useI18n } from '@/lib/i18n';
import { usePersistentState } from '@/lib/use-persistent-state';
import { useCan } from '@/lib/session';
import { partnerQueries } from './api';
import { usePartnerColumns } from './components/list-columns';
import { ListChips } from './components/list-chips';
import { ListExport } from './components/list-export';
import { ListFilters } from './components/list-filters';
import { ListResults } from './components/list-results';
import { ListSearch } from './components/list-search';
import { CLEARED_FILTERS, effectivePageSize, hasActiveFilters } from './lib/list-filters';
import type { PartnerListQuery } from '@/contract/queries';
import { useListState } from './lib/list-state';
import './messages-list';
import styles from './components/list-page.module.css';

const HIDDEN_COLUMNS_KEY = 'passerelles.partners.hiddenColumns';
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** What the API is asked for a view of the list: a page size it does not offer becomes the default. */
function listApiQuery(query: PartnerListQuery): PartnerListQuery {
  return { ...query, pageSize: effectivePageSize(query.pageSize) };
}

/** /partners: find a company, narrow the list, export what is selected. Everything is in the URL. */
export default function PartnersListPage() {
  const i18n = useI18n();
  const { t } = i18n;
  const queryClient = useQueryClient();
  // The new view's request starts before the URL is written and the page re-rendered (both take
  // 10–30 ms on a busy machine); the list's query below then finds it already on its way.
  const prefetch = useCallback((next: PartnerListQuery) => void queryClient.prefetchQuery(partnerQueries.list(listApiQuery(next))), [queryClient]);
  const [query, update] = useListState(prefetch);
  const apiQuery = useMemo(() => listApiQuery(query), [query]);
  const pageSize = apiQuery.pageSize;
  const list = useQuery(partnerQueries.list(apiQuery));

  // Hidden rather than visible ids are remembered, so a column added later shows up by default.
  const [hidden, setHidden] = usePersistentState<string[]>(HIDDEN_COLUMNS_KEY, [], isStringArray);
  const columns = usePartnerColumns();
  const visibleColumns = useMemo(() => columns.filter((c) => c.id === 'name' || !hidden.includes(c.id)), [columns, hidden]);
  const choosable = useMemo(() => columns.filter((c) => c.id !== 'name'), [columns]);

  const clear = useCallback(() => update(CLEARED_FILTERS), [update]);
  const filtered = hasActiveFilters(query);
  const tagSuggestions = useMemo(() => [...new Set((list.data?.items ?? []).flatMap((p) => p.tags))], [list.data]);
  const total = list.data?.total;
  const canEdit = useCan('crm');
  const canExport = useCan('export');

  return (
    <>
      <header className="page-header">
        <div>
          <h1 className="page-title">{t('partnersList.title')}</h1>
          <p className="page-subtitle" aria-live="polite">
            {total === undefined ? <Skeleton width="9rem" height="1.5rem" /> : t('partnersList.count', { count: total })}
          </p>
        </div>
        <div className={styles.actions}>
          {canEdit && (
            <>
              <Link className="btn btn-primary" to="/partners/new">
                {t('partnersList.new')}
              </Link>
              <Link className="btn" to="/partners/import">
                {t('partnersList.import')}
              </Link>
            </>
          )}
          {canExport && <ListExport query={apiQuery} />}
        </div>
      </header>

      <div className={styles.toolbar}>
        <ListSearch value={query.q} onSearch={(q) => update({ q })} busy={list.isFetching && !list.isPending} />
        <ColumnChooser
          columns={choosable}
          visible={choosable.filter((c) => !hidden.includes(c.id)).map((c) => c.id)}
          onChange={(ids) => setHidden(choosable.filter((c) => !ids.includes(c.id)).map((c) => c.id))}
        />
      </div>
      <ListFilters query={query} update={update} tagSuggestions={tagSuggestions} />
      <ListChips query={query} update={update} onClear={clear} />

      <section className={styles.results} aria-label={t('partnersList.caption')}>
        <ListResults list={list} query={query} pageSize={pageSize} columns={visibleColumns} update={update} filtered={filtered} onClear={clear} />
      </section>
    </>
  );
}
