import { useState } from 'react';
import { CONTRACT_STATUSES, DEPARTMENTS, SECTORS, SPECIALITIES } from '@/contract/reference';
import type { ContractStatus, DepartmentCode, Sector, Speciality } from '@/contract/reference';
import { MultiSelect } from '@/components/ui/multi-select';
import { useI18n } from '@/lib/i18n';
import { departmentLabel, label } from '@/locales/labels';
import { lookups } from '../api';
import { ENDING_SOON_DAYS, hasActiveFilters } from '../lib/page-query';
import type { ContractFilters } from '../lib/page-query';
import { specialityKey, statusKey } from '../messages';
import { SearchCombobox } from '@/components/ui/company-picker';
import type { UpdateList } from './use-page-query';
import filterBar from '@/components/ui/filter-bar.module.css';
import styles from './filters.module.css';

/** Every filter of the contracts; each change goes to the URL and back to page 1. */
export function ContractFiltersBar({
  list,
  update,
  onClear,
  cohorts,
  names,
}: {
  list: ContractFilters;
  update: UpdateList;
  onClear: () => void;
  cohorts: readonly number[];
  /** Names of the tutor and company the URL filters on, when the rows tell them. */
  names: { tutor?: string; host?: string };
}) {
  const { t } = useI18n();
  const [tutorName, setTutorName] = useState<string | null>(null);
  const endingSoon = list.endingWithinDays !== undefined;

  return (
    <div className={filterBar.bar} role="group" aria-label={t('apprentices.list.filters')}>
      <button
        type="button"
        className={`btn ${styles.trigger} ${endingSoon ? styles.triggerActive : ''}`}
        aria-pressed={endingSoon}
        onClick={() => update({ endingWithinDays: endingSoon ? undefined : ENDING_SOON_DAYS })}
      >
        {t('apprentices.list.endingSoon')}
      </button>
      <MultiSelect
        label={t('apprentices.filter.cohort')}
        options={[...cohorts].reverse().map((y) => ({ value: String(y), label: t('apprentices.cohort', { year: String(y) }) }))}
        selected={list.cohort.map(String)}
        onChange={(v) => update({ cohort: v.map(Number).sort((a, b) => a - b) })}
      />
      <MultiSelect
        label={t('apprentices.filter.speciality')}
        options={SPECIALITIES.map((s) => ({ value: s, label: t(specialityKey(s)) }))}
        selected={list.speciality}
        onChange={(v) => update({ speciality: v as Speciality[] })}
      />
      <MultiSelect
        label={t('apprentices.filter.status')}
        options={CONTRACT_STATUSES.map((s) => ({ value: s, label: t(statusKey(s)) }))}
        selected={list.status}
        onChange={(v) => update({ status: v as ContractStatus[] })}
      />
      <MultiSelect
        label={t('apprentices.filter.sector')}
        options={SECTORS.map((s) => ({ value: s, label: t(label.sector(s)) }))}
        selected={list.sector}
        onChange={(v) => update({ sector: v as Sector[] })}
      />
      <MultiSelect
        label={t('apprentices.filter.department')}
        options={DEPARTMENTS.map((d) => ({ value: d.code, label: departmentLabel(d.code, t('department.HO')) }))}
        selected={list.department}
        onChange={(v) => update({ department: v as DepartmentCode[] })}
      />
      {list.tutorContactId === undefined && (
        <div className={styles.tutor}>
          <SearchCombobox
            label={t('apprentices.filter.tutor')}
            value={null}
            onChange={(p) => {
              if (!p) return;
              setTutorName(p.name);
              update({ tutorContactId: p.id });
            }}
            search={lookups.tutors}
            toPicked={(c) => ({ id: c.id, name: `${c.firstName} ${c.lastName}` })}
            meta={(c) => c.partnerName}
            placeholder={t('apprentices.filter.tutorPlaceholder')}
            searchingText={t('apprentices.form.hostSearching')}
            noneText={t('common.none')}
            inputClassName={filterBar.input}
          />
        </div>
      )}
      <Chips list={list} update={update} names={{ tutor: tutorName ?? names.tutor, host: names.host }} />
      {hasActiveFilters(list) && (
        <button type="button" className={`btn ${filterBar.clear}`} onClick={onClear}>
          {t('common.clearFilters')}
        </button>
      )}
    </div>
  );
}

/** Filters that came with a link (a tutor, a company) show as chips that can be removed. */
function Chips({ list, update, names }: { list: ContractFilters; update: UpdateList; names: { tutor?: string; host?: string } }) {
  const { t } = useI18n();
  const chips = [
    list.tutorContactId !== undefined && { key: 'tutor', text: t('apprentices.chip.tutor', { name: names.tutor ?? t('apprentices.chip.selected') }), clear: () => update({ tutorContactId: undefined }) },
    list.partnerId !== undefined && { key: 'host', text: t('apprentices.chip.host', { name: names.host ?? t('apprentices.chip.selected') }), clear: () => update({ partnerId: undefined }) },
  ].filter((c): c is { key: string; text: string; clear: () => void } => !!c);
  if (!chips.length) return null;
  return (
    <ul className={filterBar.chips}>
      {chips.map((c) => (
        <li key={c.key} className={filterBar.chip}>
          {c.text}
          <button type="button" className={filterBar.chipRemove} aria-label={t('apprentices.chip.remove', { name: c.text })} onClick={c.clear}>
            <span aria-hidden="true">×</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
