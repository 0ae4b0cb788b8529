import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { UseQueryOptions } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useDebouncedValue } from '@/lib/url-state';
import styles from './combobox.module.css';

export interface Picked {
  id: string;
  name: string;
}

/**
 * A search combobox over the API: type two letters, pick with the arrows and Enter or the
 * pointer. It only ever yields an item that exists, never free text.
 */
export function Combobox<T, K extends readonly unknown[]>({
  label,
  value,
  onChange,
  search,
  toPicked,
  meta,
  error,
  describedBy,
  placeholder,
  searchingText,
  noneText,
  inputClassName,
}: {
  label: string;
  value: Picked | null;
  onChange: (picked: Picked | null) => void;
  search: (q: string) => UseQueryOptions<T[], Error, T[], K>;
  toPicked: (item: T) => Picked;
  meta?: (item: T) => string;
  error?: string;
  describedBy?: string;
  placeholder?: string;
  searchingText: string;
  noneText: string;
  inputClassName?: string;
}) {
  const id = useId();
  const listId = `${id}-list`;
  const errorId = `${id}-error`;
  const [text, setText] = useState(value?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const q = useDebouncedValue(text.trim(), 250);
  const enabled = open && q.length >= 2;
  const results = useQuery({ ...search(q), enabled, placeholderData: keepPreviousData });
  const options = enabled ? (results.data ?? []) : [];
  const expanded = enabled;

  const pick = (item: T) => {
    const picked = toPicked(item);
    onChange(picked);
    setText(picked.name);
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, Math.max(options.length - 1, 0)));
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (e.key === 'Enter' && expanded && options[active]) {
      e.preventDefault();
      pick(options[active]);
    } else if (e.key === 'Escape' && open) {
      // Closes the list only, not a dialog around it.
      e.stopPropagation();
      e.preventDefault();
      setOpen(false);
    }
  };
  const describe = [describedBy, error ? errorId : null].filter(Boolean).join(' ') || undefined;

  return (
    <div className={styles.picker}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        className={inputClassName}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={expanded && options[active] ? `${listId}-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={describe}
        placeholder={placeholder}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
          if (value) onChange(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label={label} className={styles.list} hidden={!expanded}>
        {expanded && results.isFetching && options.length === 0 && <li className={styles.note}>{searchingText}</li>}
        {expanded && !results.isFetching && options.length === 0 && <li className={styles.note}>{noneText}</li>}
        {options.map((item, i) => {
          const picked = toPicked(item);
          return (
            <li
              key={picked.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={styles.option}
              // mousedown, not click: the input's blur would close the list first.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(item);
              }}
            >
              <span>{picked.name}</span>
              {meta && <span className={styles.optionMeta}>{meta(item)}</span>}
            </li>
          );
        })}
      </ul>
      {error && (
        <p id={errorId} className={styles.error}>
          {error}
        </p>
      )}
    </div>
  );
}
