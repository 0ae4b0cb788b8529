import { FilterCheckbox, FilterSelect } from '@/components/ui/filter-field';
import { SearchBox } from '@/components/ui/search-box';
import { useI18n } from '@/lib/i18n';
import type { AcademicQuery } from '../api';
import '../messages';
import filterBar from '@/components/ui/filter-bar.module.css';
import styles from './academic.module.css';

const RENEWAL_CHOICES = [3, 6, 12, 24] as const;
type Update = (patch: Partial<AcademicQuery>) => void;

/** Search, scope, double degrees only, renewal within N months: all in the URL. */
export function AcademicFilters({ query, update, actions }: { query: AcademicQuery; update: Update; actions?: React.ReactNode }) {
  const { t } = useI18n();
  const months = [...new Set([...RENEWAL_CHOICES, ...(query.renewalWithinMonths ? [query.renewalWithinMonths] : [])])].sort((a, b) => a - b);

  return (
    <div className={`${filterBar.bar} ${styles.toolbar}`} role="group" aria-label={t('academic.filters')}>
      <SearchBox
        value={query.q}
        onSearch={(q) => update({ q })}
        label={t('academic.filter.search')}
        placeholder={t('academic.filter.searchPlaceholder')}
        inputClassName={`${filterBar.input} ${styles.searchInput}`}
      />
      <FilterSelect label={t('academic.filter.scope')} value={query.scope ?? ''} onChange={(v) => update({ scope: (v || undefined) as AcademicQuery['scope'] })}>
        <option value="">{t('academic.filter.scope.any')}</option>
        <option value="national">{t('academic.scope.national')}</option>
        <option value="international">{t('academic.scope.international')}</option>
      </FilterSelect>
      <FilterSelect label={t('academic.filter.renewal')} value={query.renewalWithinMonths ?? ''} onChange={(v) => update({ renewalWithinMonths: v ? Number(v) : undefined })}>
        <option value="">{t('academic.filter.renewal.any')}</option>
        {months.map((m) => (
          <option key={m} value={m}>
            {t('academic.filter.renewal.months', { count: m })}
          </option>
        ))}
      </FilterSelect>
      <FilterCheckbox label={t('academic.filter.doubleDegree')} checked={query.doubleDegree} onChange={(doubleDegree) => update({ doubleDegree })} />
      <span className={filterBar.spacer} />
      {actions}
    </div>
  );
}
