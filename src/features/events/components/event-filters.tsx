import { useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { EVENT_KINDS } from '@/contract/reference';
import type { EventKind } from '@/contract/reference';
import type { MessageKey } from '@/lib/i18n';
import { useI18n } from '@/lib/i18n';
import { useDebouncedValue } from '@/lib/url-state';
import type { EventsPageQuery } from '../lib/events';
import '../messages';
import styles from './events.module.css';

type Update = (patch: Partial<EventsPageQuery>) => void;

export const kindLabel = (kind: EventKind) => `events.kind.${kind}` as MessageKey;

/** Search (title, place), kinds and year: all in the URL. */
export function EventFilters({ query, update, years, actions }: { query: EventsPageQuery; update: Update; years: readonly number[]; actions?: ReactNode }) {
  const { t } = useI18n();
  const ids = { q: useId(), year: useId() };
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
    // Only a pause in typing sends; `update` changes identity with the URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);
  const yearChoices = [...new Set([...years, ...(query.year ? [query.year] : [])])].sort((a, b) => b - a);
  const toggleKind = (kind: EventKind, on: boolean) =>
    update({ kind: on ? EVENT_KINDS.filter((k) => k === kind || query.kind.includes(k)) : query.kind.filter((k) => k !== kind) });

  return (
    <div className={styles.toolbar} role="group" aria-label={t('events.filters')}>
      <div role="search" className={styles.field}>
        <label htmlFor={ids.q}>{t('events.filter.search')}</label>
        <input
          id={ids.q}
          type="search"
          className={styles.input}
          value={text}
          placeholder={t('events.filter.searchPlaceholder')}
          autoComplete="off"
          onChange={(e) => setText(e.target.value)}
        />
      </div>
      <fieldset className={styles.kinds}>
        <legend>{t('events.filter.kind')}</legend>
        {EVENT_KINDS.map((kind) => (
          <label key={kind} className={styles.check}>
            <input type="checkbox" checked={query.kind.includes(kind)} onChange={(e) => toggleKind(kind, e.target.checked)} />
            {t(kindLabel(kind))}
          </label>
        ))}
      </fieldset>
      <div className={styles.field}>
        <label htmlFor={ids.year}>{t('events.filter.year')}</label>
        <select id={ids.year} className={styles.select} value={query.year ?? ''} onChange={(e) => update({ year: e.target.value ? Number(e.target.value) : undefined })}>
          <option value="">{t('events.filter.year.any')}</option>
          {yearChoices.map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <span className={styles.spacer} />
      {actions}
    </div>
  );
}
