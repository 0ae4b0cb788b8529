import { DEPARTMENTS, SECTORS, STARTUP_LINKS, STARTUP_STATUSES } from '@/contract/reference';
import { FilterCheckbox } from '@/components/ui/filter-field';
import { MultiSelect } from '@/components/ui/multi-select';
import { SearchBox } from '@/components/ui/search-box';
import { useI18n } from '@/lib/i18n';
import { departmentLabel, label } from '@/locales/labels';
import type { StartupQuery } from '../api';
import { linkText } from './labels';
import '../messages';
import filterBar from '@/components/ui/filter-bar.module.css';
import styles from './incubator.module.css';

type Update = (patch: Partial<StartupQuery>) => void;

/** Search and filters of the start-ups table; every change goes to the URL (and back to page 1). */
export function StartupFilters({ query, update, actions }: { query: StartupQuery; update: Update; actions?: React.ReactNode }) {
  const { t } = useI18n();
  return (
    <div className={`${filterBar.bar} ${styles.toolbar}`} role="group" aria-label={t('incubator.filters')}>
      <SearchBox
        value={query.q}
        onSearch={(q) => update({ q })}
        label={t('incubator.filter.search')}
        placeholder={t('incubator.filter.searchPlaceholder')}
        inputClassName={`${filterBar.input} ${styles.searchInput}`}
      />
      <MultiSelect
        label={t('incubator.filter.sector')}
        options={SECTORS.map((s) => ({ value: s, label: t(label.sector(s)) }))}
        selected={query.sector}
        onChange={(v) => update({ sector: v as StartupQuery['sector'] })}
      />
      <MultiSelect
        label={t('incubator.filter.department')}
        options={DEPARTMENTS.map((d) => ({ value: d.code, label: departmentLabel(d.code, t('department.HO')) }))}
        selected={query.department}
        onChange={(v) => update({ department: v as StartupQuery['department'] })}
      />
      <MultiSelect
        label={t('incubator.filter.status')}
        options={STARTUP_STATUSES.map((s) => ({ value: s, label: t(`incubator.status.${s}`) }))}
        selected={query.status}
        onChange={(v) => update({ status: v as StartupQuery['status'] })}
      />
      <MultiSelect
        label={t('incubator.filter.link')}
        options={STARTUP_LINKS.map((l) => ({ value: l, label: linkText(t, l) }))}
        selected={query.link}
        onChange={(v) => update({ link: v as StartupQuery['link'] })}
      />
      <FilterCheckbox label={t('incubator.filter.incubatingNow')} checked={query.incubatingNow} onChange={(incubatingNow) => update({ incubatingNow })} />
      <span className={filterBar.spacer} />
      {actions}
    </div>
  );
}
