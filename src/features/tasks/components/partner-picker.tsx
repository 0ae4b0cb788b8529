import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { useDebouncedValue } from '@/lib/url-state';
import { useI18n } from '@/lib/i18n';
import { taskQueries } from '../api';
import '../messages';
import styles from './tasks.module.css';

export interface PickedPartner {
  id: string;
  name: string;
}

interface Props {
  id: string;
  value: PickedPartner | null;
  text: string;
  onTextChange: (text: string) => void;
  onPick: (partner: PickedPartner | null) => void;
  invalid: boolean;
  describedBy: string;
}

const MIN_CHARS = 2;

/**
 * A company search as an ARIA combobox (input + listbox): type, move with the arrows, Enter picks,
 * Escape closes. Searching goes through the API so that every company can be found, not a preload.
 */
export function PartnerPicker({ id, value, text, onTextChange, onPick, invalid, describedBy }: Props) {
  const { t } = useI18n();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const query = useDebouncedValue(text.trim(), 250);
  const searching = value === null && query.length >= MIN_CHARS;
  const { data = [], isFetching, isError } = useQuery({ ...taskQueries.partnerSearch(query), enabled: searching, placeholderData: keepPreviousData });
  const expanded = open && searching;
  const options = expanded ? data : [];

  const pick = (index: number) => {
    const p = options[index];
    if (!p) return;
    onPick({ id: p.id, name: p.name });
    onTextChange(p.name);
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (options.length > 0) setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length);
    } else if (e.key === 'Enter' && expanded && options.length > 0) {
      // Enter picks the highlighted company instead of submitting the form.
      e.preventDefault();
      pick(active);
    } else if (e.key === 'Escape' && expanded) {
      e.preventDefault();
      setOpen(false);
    }
  };

  let status: string | null = null;
  if (expanded && isError) status = t('tasks.form.partner.failed');
  else if (expanded && options.length === 0) status = isFetching || query !== text.trim() ? t('tasks.form.partner.searching') : t('tasks.form.partner.none');

  return (
    <div className={styles.pickerRow}>
      <input
        id={id}
        className={styles.input}
        type="text"
        role="combobox"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded && options.length > 0}
        aria-controls={listId}
        aria-activedescendant={expanded && options[active] ? `${listId}-${active}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        value={text}
        onChange={(e) => {
          onTextChange(e.target.value);
          if (value) onPick(null);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      {value && (
        <button
          type="button"
          className={`btn ${styles.clear}`}
          aria-label={t('tasks.form.partner.clear', { name: value.name })}
          onClick={() => {
            onPick(null);
            onTextChange('');
          }}
        >
          <span aria-hidden="true">×</span>
        </button>
      )}
      <ul id={listId} role="listbox" aria-label={t('tasks.company')} className={styles.listbox} hidden={options.length === 0}>
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
            <span className={styles.optionCity}>{p.city}</span>
          </li>
        ))}
      </ul>
      <div role="status" className={status ? `${styles.listbox} ${styles.pickerStatus}` : 'visually-hidden'}>
        {status}
      </div>
    </div>
  );
}
