import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '@/lib/i18n';
import { useDebouncedValue } from '@/lib/url-state';
import '../messages';
import styles from './contracts.module.css';

/** What is typed stays local; the URL (and the request) follows after a short pause. */
export function SearchBox({ value, onSearch }: { value: string; onSearch: (q: string) => void }) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState(value);
  const sent = useRef(value);
  useEffect(() => {
    // A change from elsewhere (clearing the filters, history): show it.
    if (value === sent.current) return;
    sent.current = value;
    setText(value);
  }, [value]);
  const debounced = useDebouncedValue(text, 250);
  useEffect(() => {
    const q = debounced.trim();
    if (q !== sent.current) {
      sent.current = q;
      onSearch(q);
    }
    // Only a new pause in typing should send; onSearch changes identity with the URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  return (
    <form
      role="search"
      className={styles.search}
      onSubmit={(e) => {
        e.preventDefault();
        const q = text.trim();
        sent.current = q;
        onSearch(q);
      }}
    >
      <label htmlFor={id} className={styles.label}>
        {t('apprentices.list.search')}
      </label>
      <input id={id} type="search" className={styles.input} value={text} placeholder={t('apprentices.list.searchHint')} onChange={(e) => setText(e.target.value)} />
    </form>
  );
}
