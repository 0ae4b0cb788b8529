import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useI18n } from '@/lib/i18n';
import { useDebouncedValue } from '@/lib/url-state';
import { taxQueries } from '../api';
import '../messages';
import styles from './tax.module.css';

export interface PickedCompany {
  id: string;
  name: string;
}

/**
 * A company search as an ARIA combobox over `GET /partners?q=`: type, move with the arrows, Enter
 * or a click picks, Escape closes. Typing again drops the choice, so the form never sends a
 * company it does not show.
 */
export function CompanyPicker({
  value,
  onChange,
  error,
  errorId,
}: {
  value: PickedCompany | null;
  onChange: (c: PickedCompany | null) => void;
  error?: string | null;
  errorId: string;
}) {
  const { t } = useI18n();
  const id = useId();
  const listId = useId();
  const [text, setText] = useState(value?.name ?? '');
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    // The form may reset the choice from outside (after adding).
    setShown(value);
    setText(value?.name ?? '');
  }
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const q = useDebouncedValue(text.trim(), 250);
  const searching = open && value === null && q.length >= 2;
  const results = useQuery({ ...taxQueries.partnerSearch(q), enabled: searching, placeholderData: keepPreviousData });
  const options = searching ? (results.data ?? []) : [];
  const expanded = searching && options.length > 0;

  const pick = (i: number) => {
    const p = options[i];
    if (!p) return;
    onChange({ id: p.id, name: p.name });
    setText(p.name);
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (options.length > 0) setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length);
    } else if (e.key === 'Enter' && expanded) {
      e.preventDefault();
      pick(active);
    } else if (e.key === 'Escape' && expanded) {
      e.preventDefault();
      setOpen(false);
    }
  };
  let status: string | null = null;
  if (searching && results.isError) status = t('tax.add.searchFailed');
  else if (searching && options.length === 0) status = results.isFetching || q !== text.trim() ? t('tax.add.searching') : t('tax.add.none');

  return (
    <div className={styles.picker}>
      <label htmlFor={id}>{t('tax.add.company')}</label>
      <input
        id={id}
        className={styles.input}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && options[active] ? `${listId}-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        placeholder={t('tax.add.companyPlaceholder')}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
          if (value) onChange(null);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      {error && (
        <p id={errorId} className={styles.fieldError}>
          {error}
        </p>
      )}
      <ul id={listId} role="listbox" aria-label={t('tax.add.options')} className={styles.listbox} hidden={!expanded}>
        {options.map((p, i) => (
          <li
            key={p.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={styles.option}
            // mousedown, not click: the input's blur would close the list before the click lands.
            onMouseDown={(e) => {
              e.preventDefault();
              pick(i);
            }}
          >
            <span>{p.name}</span>
            <span className={styles.muted}>{p.city}</span>
          </li>
        ))}
      </ul>
      <div role="status" className={status ? `${styles.listbox} ${styles.pickerStatus}` : 'visually-hidden'}>
        {status}
      </div>
    </div>
  );
}
