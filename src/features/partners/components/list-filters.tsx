import { useQuery } from '@tanstack/react-query';
import { memo, useId, useState } from 'react';
import { DEPARTMENTS, PARTNER_STAGES, RELATIONSHIP_KINDS, SECTORS } from '@/contract/reference';
import type { PartnerListQuery } from '@/contract/queries';
import { FilterCheckbox, FilterSelect } from '@/components/ui/filter-field';
import { MultiSelect } from '@/components/ui/multi-select';
import { useI18n } from '@/lib/i18n';
import { userQueries } from '@/lib/users';
import { departmentLabel, label } from '@/locales/labels';
import { addTag, INACTIVE_CHOICES } from '../lib/list-filters';
import '../messages-list';
import filterBar from '@/components/ui/filter-bar.module.css';
import styles from './list-filters.module.css';

type Update = (patch: Partial<PartnerListQuery>) => void;

/**
 * Every filter of the list; each change goes to the URL (and back to page 1). Memoised: the page
 * re-renders with the same query while a request runs.
 */
export const ListFilters = memo(function ListFilters({ query, update, tagSuggestions }: { query: PartnerListQuery; update: Update; tagSuggestions: readonly string[] }) {
  const { t } = useI18n();
  const users = useQuery(userQueries.list());
  const tagOptions = [...new Set([...query.tag, ...tagSuggestions])].sort((a, b) => a.localeCompare(b, 'fr')).map((v) => ({ value: v, label: v }));

  return (
    <div className={filterBar.bar} role="group" aria-label={t('partnersList.filters')}>
      <MultiSelect
        keepUnlisted
        label={t('partnersList.filter.sector')}
        options={SECTORS.map((s) => ({ value: s, label: t(label.sector(s)) }))}
        selected={query.sector}
        onChange={(v) => update({ sector: v as PartnerListQuery['sector'] })}
      />
      <MultiSelect
        keepUnlisted
        label={t('partnersList.filter.department')}
        options={DEPARTMENTS.map((d) => ({ value: d.code, label: departmentLabel(d.code, t('department.HO')) }))}
        selected={query.department}
        onChange={(v) => update({ department: v as PartnerListQuery['department'] })}
      />
      <MultiSelect
        keepUnlisted
        label={t('partnersList.filter.stage')}
        options={PARTNER_STAGES.map((s) => ({ value: s, label: t(label.stage(s)) }))}
        selected={query.stage}
        onChange={(v) => update({ stage: v as PartnerListQuery['stage'] })}
      />
      <MultiSelect
        keepUnlisted
        label={t('partnersList.filter.kind')}
        options={RELATIONSHIP_KINDS.map((k) => ({ value: k, label: t(label.kind(k)) }))}
        selected={query.kind}
        onChange={(v) => update({ kind: v as PartnerListQuery['kind'] })}
      />
      <MultiSelect
        keepUnlisted
        label={t('partnersList.filter.owner')}
        options={(users.data ?? []).map((u) => ({ value: u.id, label: u.name }))}
        selected={query.owner}
        onChange={(v) => update({ owner: v })}
      />
      <MultiSelect keepUnlisted label={t('partnersList.filter.tags')} options={tagOptions} selected={query.tag} onChange={(v) => update({ tag: v })}>
        <TagInput onAdd={(tag) => update({ tag: addTag(query.tag, tag) })} />
      </MultiSelect>

      <FilterCheckbox label={t('partnersList.filter.hostsApprentices')} checked={query.hostsApprentices} onChange={(hostsApprentices) => update({ hostsApprentices })} />

      <FilterSelect
        className={filterBar.plain}
        label={t('partnersList.filter.inactive')}
        value={query.inactiveMonths ?? ''}
        onChange={(v) => update({ inactiveMonths: v ? Number(v) : undefined })}
      >
        <option value="">{t('partnersList.filter.inactive.any')}</option>
        {/* A link may carry another number of months: keep it selectable rather than lie. */}
        {[...new Set([...INACTIVE_CHOICES, ...(query.inactiveMonths !== undefined ? [query.inactiveMonths] : [])])]
          .sort((a, b) => a - b)
          .map((m) => (
            <option key={m} value={m}>
              {t('partnersList.filter.inactive.months', { count: m })}
            </option>
          ))}
      </FilterSelect>

      <FilterSelect
        className={filterBar.plain}
        label={t('partnersList.filter.archived')}
        value={query.archived}
        onChange={(v) => update({ archived: v as PartnerListQuery['archived'] })}
      >
        {(['exclude', 'include', 'only'] as const).map((a) => (
          <option key={a} value={a}>
            {t(`partnersList.filter.archived.${a}`)}
          </option>
        ))}
      </FilterSelect>
    </div>
  );
});

function TagInput({ onAdd }: { onAdd: (tag: string) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState('');
  return (
    <form
      className={styles.tagForm}
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) return;
        onAdd(text);
        setText('');
      }}
    >
      <label htmlFor={id}>{t('partnersList.filter.tagInput')}</label>
      <div className={styles.tagRow}>
        <input id={id} className={`${filterBar.input} ${styles.tagInput}`} value={text} onChange={(e) => setText(e.target.value)} autoComplete="off" />
        <button type="submit" className="btn">
          {t('partnersList.filter.tagAdd')}
        </button>
      </div>
    </form>
  );
}
