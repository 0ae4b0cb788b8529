import { useEffect, useId, useRef, useState } from 'react';
import { useI18n } from '@/lib/i18n';
import { useDebouncedValue } from '@/lib/url-state';
import '../messages-list';
import styles from './list-page.module.css';

export const SEARCH_DEBOUNCE_MS = 250;

/**
 * The search box owns what is typed; the URL (and so the request) follows after a pause. Typing is
 * never held up by a fetch: the input is plain local state.
 */
export function ListSearch({ value, onSearch, busy }: { value: string; onSearch: (q: string) => void; busy: boolean }) {
  const { t } = useI18n();
  const id = useId();
  const [text, setText] = useState(value);
  // The last value the URL got from here, to tell our own echo from a change made elsewhere
  // (clearing the filters, going back in history).
  const sent = useRef(value);
  useEffect(() => {
    if (value === sent.current) return;
    sent.current = value;
    setText(value);
  }, [value]);

  const debounced = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);
  useEffect(() => {
    const q = debounced.trim();
    if (q !== sent.current) {
      sent.current = q;
      onSearch(q);
    }
    // onSearch changes identity with the URL; only a new pause in typing should send.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  const updating = busy || text.trim() !== value;

  return (
    <form
      role="search"
      className={styles.search}
      onSubmit={(e) => {
        e.preventDefault();
        const q = text.trim();
        if (q !== sent.current) {
          sent.current = q;
          onSearch(q);
        }
      }}
    >
      <label htmlFor={id} className={styles.searchLabel}>
        {t('partnersList.search')}
      </label>
      <input
        id={id}
        type="search"
        className={styles.input}
        value={text}
        placeholder={t('partnersList.search.placeholder')}
        autoComplete="off"
        spellCheck={false}
        onChange={(e) => setText(e.target.value)}
      />
      <span className={styles.updating} role="status">
        {updating && (
          <>
            <span aria-hidden="true" className={styles.spinner} />
            {t('partnersList.updating')}
          </>
        )}
      </span>
    </form>
  );
}
