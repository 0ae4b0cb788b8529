import { useEffect, useId, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import { useDebouncedValue } from '@/lib/url-state';
import filterBar from './filter-bar.module.css';

/** How long typing pauses before a list's search goes to the URL (and so to the server). */
const SEARCH_DEBOUNCE_MS = 250;

/** What a search box shows and does; from `useSearchText`. */
export interface SearchText {
  /** What the box shows (what is typed, or the URL's value when that changed elsewhere). */
  text: string;
  setText: (text: string) => void;
  /** Sends what is typed now, without waiting for the pause (Enter). */
  submit: () => void;
  /** Typed text the URL does not have yet: the caller may say the list is updating. */
  pending: boolean;
}

/**
 * The text of a list's search box. What is typed stays local, so typing is never held up by a
 * fetch; `onSearch` gets the trimmed text after a pause in typing (or on `submit`), and only when it
 * changed. A new `value` from elsewhere (clearing the filters, going back in history) replaces what
 * the box shows.
 */
export function useSearchText(value: string, onSearch: (q: string) => void): SearchText {
  const [text, setText] = useState(value);
  // The last value the URL got from here, to tell our own echo from a change made elsewhere.
  const sent = useRef(value);
  useEffect(() => {
    if (value === sent.current) return;
    sent.current = value;
    setText(value);
  }, [value]);

  const send = (q: string) => {
    if (q === sent.current) return;
    sent.current = q;
    onSearch(q);
  };
  const debounced = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);
  useEffect(() => {
    send(debounced.trim());
    // Only a new pause in typing should send; onSearch changes identity with the URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  return { text, setText, submit: () => send(text.trim()), pending: text.trim() !== value };
}

interface SearchFieldProps {
  label: string;
  placeholder: string;
  /** The landmark's classes (the filter bar's field by default). */
  className?: string;
  labelClassName?: string;
  /** The input's classes (the filter bar's input by default). */
  inputClassName?: string;
  spellCheck?: boolean;
  /** Inside the landmark, after the input (a status, say). */
  children?: ReactNode;
}

/**
 * A list's search box: a labelled search landmark whose text goes to `onSearch` after a pause in
 * typing (Enter sends at once). Its own component, so that typing renders the box alone.
 */
export function SearchBox({ value, onSearch, ...field }: SearchFieldProps & { value: string; onSearch: (q: string) => void }) {
  const search = useSearchText(value, onSearch);
  return <SearchField search={search} {...field} />;
}

/** The search box for a caller that holds its text (`useSearchText`), to show that it is pending, say. */
export function SearchField({
  search,
  label,
  placeholder,
  className = filterBar.field,
  labelClassName,
  inputClassName = filterBar.input,
  spellCheck,
  children,
}: SearchFieldProps & { search: SearchText }) {
  const id = useId();
  return (
    <form
      role="search"
      className={className}
      onSubmit={(e) => {
        e.preventDefault();
        search.submit();
      }}
    >
      <label htmlFor={id} className={labelClassName}>
        {label}
      </label>
      <input
        id={id}
        type="search"
        className={inputClassName}
        value={search.text}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={spellCheck}
        onChange={(e) => search.setText(e.target.value)}
      />
      {children}
    </form>
  );
}
