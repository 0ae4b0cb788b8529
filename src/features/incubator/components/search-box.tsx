import { useEffect, useId, useRef, useState } from 'react';
import { useDebouncedValue } from '@/lib/url-state';
import styles from './incubator.module.css';

/** What is typed stays local; the URL (and the request) follows after a pause in typing. */
export function SearchBox({ label, placeholder, value, onSearch }: { label: string; placeholder: string; value: string; onSearch: (q: string) => void }) {
  const id = useId();
  const [text, setText] = useState(value);
  const sent = useRef(value);
  // A change from elsewhere (clearing filters, Back) replaces what the box shows.
  useEffect(() => {
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
    <div role="search" className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <input id={id} type="search" className={styles.input} value={text} placeholder={placeholder} autoComplete="off" onChange={(e) => setText(e.target.value)} />
    </div>
  );
}
