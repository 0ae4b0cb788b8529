import { useId } from 'react';
import { DEPARTMENTS, SECTORS, STARTUP_LINKS, STARTUP_STATUSES } from '@/contract/reference';
import { MultiSelect } from '@/components/ui/multi-select';
import { useI18n } from '@/lib/i18n';
import { departmentLabel, label } from '@/locales/labels';
import type { StartupQuery } from '../api';
import { linkText } from './labels';
import { SearchBox } from './search-box';
import '../messages';
import filterBar from '@/components/ui/filter-bar.module.css';
import styles from './incubator.module.css';

type Update = (patch: Partial<StartupQuery>) => void;

/** Search and filters of the start-ups table; every change goes to the URL (and back to page 1). */
export function StartupFilters({ query, update, actions }: { query: StartupQuery; update: Update; actions?: React.ReactNode }) {
  const { t } = useI18n();
  const nowId = useId();
  return (
    <div className={`${filterBar.bar} ${styles.toolbar}`} role="group" aria-label={t('incubator.filters')}>
      <SearchBox label={t('incubator.filter.search')} placeholder={t('incubator.filter.searchPlaceholder')} value={query.q} onSearch={(q) => update({ q })} />
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
      <label className={filterBar.check} htmlFor={nowId}>
        <input id={nowId} type="checkbox" checked={query.incubatingNow} onChange={(e) => update({ incubatingNow: e.target.checked })} />
        {t('incubator.filter.incubatingNow')}
      </label>
      <span className={styles.spacer} />
      {actions}
    </div>
  );
}
