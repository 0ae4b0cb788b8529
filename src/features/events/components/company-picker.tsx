import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { PartnerRow } from '@/contract/entities';
import { useI18n } from '@/lib/i18n';
import { useDebouncedValue } from '@/lib/url-state';
import { eventQueries } from '../api';
import '../messages';
import styles from './events.module.css';

const MIN_CHARS = 2;

/**
 * A company search as an ARIA combobox over `GET /partners?q=`: type, move with the arrows, Enter
 * or a click picks, Escape closes. Companies already present are shown but cannot be picked twice.
 * The field empties after a pick, ready for the next company.
 */
export function CompanyPicker({ label, present, onPick }: { label: string; present: ReadonlySet<string>; onPick: (p: PartnerRow) => void }) {
  const { t } = useI18n();
  const id = useId();
  const listId = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const q = useDebouncedValue(text.trim(), 250);
  const searching = open && q.length >= MIN_CHARS;
  const results = useQuery({ ...eventQueries.partnerSearch(q), enabled: searching, placeholderData: keepPreviousData });
  const options = searching ? (results.data ?? []) : [];
  const expanded = searching && options.length > 0;

  const pick = (i: number) => {
    const p = options[i];
    if (!p || present.has(p.id)) return;
    onPick(p);
    setText('');
    setOpen(false);
    setActive(0);
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
  if (searching && results.isError) status = t('events.attendees.searchFailed');
  else if (searching && options.length === 0) status = results.isFetching || q !== text.trim() ? t('events.attendees.searching') : t('events.attendees.none');

  return (
    <div className={styles.picker}>
      <label htmlFor={id}>{label}</label>
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
        placeholder={t('events.attendees.addPlaceholder')}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
          setOpen(true);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <ul id={listId} role="listbox" aria-label={t('events.attendees.options')} className={styles.listbox} hidden={!expanded}>
        {options.map((p, i) => {
          const already = present.has(p.id);
          return (
            <li
              key={p.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              aria-disabled={already || undefined}
              className={styles.option}
              // mousedown, not click: the input's blur would close the list before the click lands.
              onMouseDown={(e) => {
                e.preventDefault();
                pick(i);
              }}
            >
              <span>{p.name}</span>
              <span className={styles.muted}>{already ? t('events.attendees.already') : p.city}</span>
            </li>
          );
        })}
      </ul>
      <div role="status" className={status ? `${styles.listbox} ${styles.status}` : 'visually-hidden'}>
        {status}
      </div>
    </div>
  );
}
