import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '@/lib/i18n';
import { useDebouncedValue } from '@/lib/url-state';
import type { AcademicQuery } from '../api';
import '../messages';
import styles from './academic.module.css';

const RENEWAL_CHOICES = [3, 6, 12, 24] as const;
type Update = (patch: Partial<AcademicQuery>) => void;

/** Search, scope, double degrees only, renewal within N months: all in the URL. */
export function AcademicFilters({ query, update, actions }: { query: AcademicQuery; update: Update; actions?: React.ReactNode }) {
  const { t } = useI18n();
  const ids = { q: useId(), scope: useId(), dd: useId(), renewal: useId() };
  const [text, setText] = useState(query.q);
  const sent = useRef(query.q);
  useEffect(() => {
    if (query.q === sent.current) return;
    sent.current = query.q;
    setText(query.q);
  }, [query.q]);
  const debounced = useDebouncedValue(text, 250);
  useEffect(() => {
    const q = debounced.trim();
    if (q !== sent.current) {
      sent.current = q;
      update({ q });
    }
    // Only a pause in typing sends; update changes identity with the URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);
  const months = [...new Set([...RENEWAL_CHOICES, ...(query.renewalWithinMonths ? [query.renewalWithinMonths] : [])])].sort((a, b) => a - b);

  return (
    <div className={styles.toolbar} role="group" aria-label={t('academic.filters')}>
      <div role="search" className={styles.field}>
        <label htmlFor={ids.q}>{t('academic.filter.search')}</label>
        <input
          id={ids.q}
          type="search"
          className={styles.input}
          value={text}
          placeholder={t('academic.filter.searchPlaceholder')}
          autoComplete="off"
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <div className={styles.field}>
        <label htmlFor={ids.scope}>{t('academic.filter.scope')}</label>
        <select id={ids.scope} className={styles.select} value={query.scope ?? ''} onChange={(e) => update({ scope: (e.target.value || undefined) as AcademicQuery['scope'] })}>
          <option value="">{t('academic.filter.scope.any')}</option>
          <option value="national">{t('academic.scope.national')}</option>
          <option value="international">{t('academic.scope.international')}</option>
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor={ids.renewal}>{t('academic.filter.renewal')}</label>
        <select
          id={ids.renewal}
          className={styles.select}
          value={query.renewalWithinMonths ?? ''}
          onChange={(e) => update({ renewalWithinMonths: e.target.value ? Number(e.target.value) : undefined })}
        >
          <option value="">{t('academic.filter.renewal.any')}</option>
          {months.map((m) => (
            <option key={m} value={m}>
              {t('academic.filter.renewal.months', { count: m })}
            </option>
          ))}
        </select>
      </div>
      <label className={styles.check} htmlFor={ids.dd}>
        <input id={ids.dd} type="checkbox" checked={query.doubleDegree} onChange={(e) => update({ doubleDegree: e.target.checked })} />
        {t('academic.filter.doubleDegree')}
      </label>
      <span className={styles.spacer} />
      {actions}
    </div>
  );
}
