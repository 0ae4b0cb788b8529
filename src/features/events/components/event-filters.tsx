import type { ReactNode } from 'react';
import { EVENT_KINDS } from '@/contract/reference';
import type { EventKind } from '@/contract/reference';
import { FilterCheckboxes, FilterSelect } from '@/components/ui/filter-field';
import { SearchBox } from '@/components/ui/search-box';
import type { MessageKey } from '@/lib/i18n';
import { useI18n } from '@/lib/i18n';
import type { EventsPageQuery } from '../lib/events';
import '../messages';
import filterBar from '@/components/ui/filter-bar.module.css';
import styles from './events.module.css';

type Update = (patch: Partial<EventsPageQuery>) => void;

export const kindLabel = (kind: EventKind) => `events.kind.${kind}` as MessageKey;

/** Search (title, place), kinds and year: all in the URL. */
export function EventFilters({ query, update, years, actions }: { query: EventsPageQuery; update: Update; years: readonly number[]; actions?: ReactNode }) {
  const { t } = useI18n();
  const yearChoices = [...new Set([...years, ...(query.year ? [query.year] : [])])].sort((a, b) => b - a);

  return (
    <div className={`${filterBar.bar} ${styles.toolbar}`} role="group" aria-label={t('events.filters')}>
      <SearchBox
        value={query.q}
        onSearch={(q) => update({ q })}
        label={t('events.filter.search')}
        placeholder={t('events.filter.searchPlaceholder')}
        inputClassName={`${filterBar.input} ${styles.searchInput}`}
      />
      <FilterCheckboxes
        legend={t('events.filter.kind')}
        options={EVENT_KINDS.map((kind) => ({ value: kind, label: t(kindLabel(kind)) }))}
        selected={query.kind}
        onChange={(kind) => update({ kind })}
      />
      <FilterSelect label={t('events.filter.year')} value={query.year ?? ''} onChange={(v) => update({ year: v ? Number(v) : undefined })}>
        <option value="">{t('events.filter.year.any')}</option>
        {yearChoices.map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </FilterSelect>
      <span className={filterBar.spacer} />
      {actions}
    </div>
  );
}
