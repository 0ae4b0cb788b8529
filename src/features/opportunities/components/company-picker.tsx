import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useDebouncedValue } from '@/lib/url-state';
import { useI18n } from '@/lib/i18n';
import { companyLookup } from '../api';
import '../messages';
import styles from './company-picker.module.css';

export interface PickedCompany {
  id: string;
  name: string;
}

/**
 * A combobox over GET /partners?q=: type a few letters, pick with the arrows and Enter (or the
 * pointer). It only ever yields a company that exists, never free text.
 */
export function CompanyPicker({
  label,
  value,
  onChange,
  error,
  describedBy,
  placeholder,
  inputClassName,
  autoFocus,
}: {
  label: string;
  value: PickedCompany | null;
  onChange: (company: PickedCompany | null) => void;
  error?: string;
  describedBy?: string;
  placeholder?: string;
  inputClassName?: string;
  autoFocus?: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  const listId = `${id}-list`;
  const errorId = `${id}-error`;
  const [text, setText] = useState(value?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const q = useDebouncedValue(text.trim(), 250);
  const enabled = open && q.length >= 2;
  const results = useQuery({ ...companyLookup.search(q), enabled, placeholderData: keepPreviousData });
  const options = enabled ? (results.data ?? []) : [];

  const pick = (company: PickedCompany) => {
    onChange(company);
    setText(company.name);
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
    } else if (e.key === 'Enter' && open && options[active]) {
      e.preventDefault();
      pick({ id: options[active].id, name: options[active].name });
    } else if (e.key === 'Escape' && open) {
      // Closes the list only, not the dialog around it.
      e.stopPropagation();
      e.preventDefault();
      setOpen(false);
    }
  };
  const expanded = open && q.length >= 2;
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
        autoFocus={autoFocus}
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
        {expanded && results.isFetching && options.length === 0 && <li className={styles.note}>{t('opportunities.form.partnerSearching')}</li>}
        {expanded && !results.isFetching && options.length === 0 && <li className={styles.note}>{t('opportunities.form.partnerNone')}</li>}
        {options.map((p, i) => (
          <li
            key={p.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={styles.option}
            // mousedown, not click: the input's blur would close the list first.
            onMouseDown={(e) => {
              e.preventDefault();
              pick({ id: p.id, name: p.name });
            }}
          >
            <span>{p.name}</span>
            <span className={styles.optionMeta}>{p.city}</span>
          </li>
        ))}
      </ul>
      {error && (
        <p id={errorId} className={styles.error}>
          {error}
        </p>
      )}
    </div>
  );
}
