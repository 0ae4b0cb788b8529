import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { OPPORTUNITY_KINDS } from '@/contract/reference';
import { useDebouncedValue } from '@/lib/url-state';
import { useI18n } from '@/lib/i18n';
import { userQueries } from '@/lib/users';
import { label } from '@/locales/labels';
import { companyLookup } from '../api';
import type { OpportunitiesPageQuery } from '../lib/page-query';
import { hasFilters } from '../lib/page-query';
import { CompanyPicker } from '@/components/ui/company-picker';
import '../messages';
import styles from './filters.module.css';

type Update = (patch: Partial<OpportunitiesPageQuery>) => void;

/** Search, kind, owner and company: every choice goes to the URL at once. */
export function OpportunityFilters({ query, update }: { query: OpportunitiesPageQuery; update: Update }) {
  const { t } = useI18n();
  const ids = useId();
  const users = useQuery(userQueries.list());
  const [generation, setGeneration] = useState(0);
  const clear = () => {
    update({ q: '', kind: [], stage: [], owner: [], partnerId: undefined });
    setGeneration((g) => g + 1);
  };
  return (
    <form role="search" aria-label={t('opportunities.filters.label')} className={styles.filters} onSubmit={(e) => e.preventDefault()}>
      <SearchBox key={generation} initial={query.q} onSearch={(q) => update({ q })} />
      <div className={styles.field}>
        <label htmlFor={`${ids}-kind`}>{t('opportunities.filters.kind')}</label>
        <select id={`${ids}-kind`} className={styles.input} value={query.kind[0] ?? ''} onChange={(e) => update({ kind: e.target.value ? [e.target.value as (typeof OPPORTUNITY_KINDS)[number]] : [] })}>
          <option value="">{t('opportunities.filters.kindAll')}</option>
          {OPPORTUNITY_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(label.opportunityKind(k))}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor={`${ids}-owner`}>{t('opportunities.filters.owner')}</label>
        <select id={`${ids}-owner`} className={styles.input} value={query.owner[0] ?? ''} onChange={(e) => update({ owner: e.target.value ? [e.target.value] : [] })}>
          <option value="">{t('opportunities.filters.ownerAll')}</option>
          {(users.data ?? []).map((u) => (
            <option key={u.id} value={u.id}>
              {u.name}
            </option>
          ))}
        </select>
      </div>
      <div className={`${styles.field} ${styles.company}`}>
        {query.partnerId ? (
          <CompanyChip id={query.partnerId} onClear={() => update({ partnerId: undefined })} />
        ) : (
          <CompanyPicker
            key={generation}
            label={t('opportunities.filters.company')}
            placeholder={t('opportunities.form.partnerPlaceholder')}
            value={null}
            onChange={(c) => c && update({ partnerId: c.id })}
            inputClassName={styles.input}
          />
        )}
      </div>
      {hasFilters(query) && (
        <button type="button" className={`btn ${styles.clear}`} onClick={clear}>
          {t('opportunities.filters.clear')}
        </button>
      )}
    </form>
  );
}

function SearchBox({ initial, onSearch }: { initial: string; onSearch: (q: string) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState(initial);
  const debounced = useDebouncedValue(text.trim(), 300);
  useEffect(() => {
    if (debounced !== initial) onSearch(debounced);
    // Only the typed text drives the URL; the URL seeds the box when it mounts.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);
  return (
    <div className={`${styles.field} ${styles.search}`}>
      <label htmlFor={id}>{t('opportunities.filters.q')}</label>
      <input id={id} type="search" className={styles.input} value={text} placeholder={t('opportunities.filters.qPlaceholder')} onChange={(e) => setText(e.target.value)} />
    </div>
  );
}

function CompanyChip({ id, onClear }: { id: string; onClear: () => void }) {
  const { t } = useI18n();
  const company = useQuery(companyLookup.detail(id));
  const name = company.data?.name ?? (company.isPending ? '…' : id);
  return (
    <>
      <span className={styles.chipLabel}>{t('opportunities.filters.company')}</span>
      <span className={styles.chip}>
        <span>{name}</span>
        <button type="button" className={styles.chipClear} onClick={onClear} aria-label={t('opportunities.filters.companyClear', { name })}>
          <span aria-hidden="true">✕</span>
        </button>
      </span>
    </>
  );
}
