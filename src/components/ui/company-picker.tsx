import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { UseQueryOptions } from '@tanstack/react-query';
import { useId, useState } from 'react';
import type { KeyboardEvent, ReactNode, Ref } from 'react';
import type { PartnerRow } from '@/contract/entities';
import { useI18n } from '@/lib/i18n';
import { partnerSearch } from '@/lib/partner-search';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import styles from './company-picker.module.css';

/** What a picker yields: an item that exists, never free text. */
export interface Picked {
  id: string;
  name: string;
}
export type PickedCompany = Picked;

const MIN_CHARS = 2;

interface CommonProps {
  /** The input's id (a form that focuses its first invalid field by id). */
  id?: string;
  /** The visible label, and the accessible name of the combobox. */
  label: string;
  /** The accessible name of the list of results (the label by default). */
  listLabel?: string;
  value?: Picked | null;
  /** Shown read-only instead of the combobox (the company is given by the page). */
  fixed?: Picked | null;
  disabled?: boolean;
  placeholder?: string;
  inputClassName?: string;
  className?: string;
  autoFocus?: boolean;
  ref?: Ref<HTMLInputElement>;
  /** A message shown under the field and tied to it with aria-describedby. */
  error?: string | null;
  errorId?: string;
  /** Marks the field invalid when its error is shown elsewhere (`describedBy` names it). */
  invalid?: boolean;
  /** Ids of other texts describing the field. */
  describedBy?: string;
  /** A help text under the field, tied to it with aria-describedby. */
  hint?: ReactNode;
  /** A button that drops the choice. */
  clearable?: boolean;
  /** Empties the field after each pick (to add several items one after the other). */
  resetOnPick?: boolean;
  onTextChange?: (text: string) => void;
  searchingText?: string;
  noneText?: string;
  failedText?: string;
}

export interface SearchComboboxProps<T, K extends readonly unknown[]> extends CommonProps {
  onChange: (picked: Picked | null, item?: T) => void;
  search: (q: string) => UseQueryOptions<T[], Error, T[], K>;
  toPicked: (item: T) => Picked;
  /** Secondary text of an option (a city, a company). */
  meta?: (item: T) => ReactNode;
  /** Options shown but that cannot be picked. */
  isUnavailable?: (item: T) => boolean;
}

/**
 * A search combobox over the API (ARIA 1.2 pattern: input + listbox): type two letters, move with
 * the arrows, Enter or the pointer picks, Escape closes the list (and only the list). Typing
 * again drops the choice, so a form never sends an item it does not show.
 */
export function SearchCombobox<T, K extends readonly unknown[]>({
  id: idProp,
  label,
  listLabel,
  value = null,
  fixed,
  disabled,
  placeholder,
  inputClassName,
  className,
  autoFocus,
  ref,
  error,
  errorId: errorIdProp,
  invalid,
  describedBy,
  hint,
  clearable,
  resetOnPick,
  onTextChange,
  searchingText,
  noneText,
  failedText,
  onChange,
  search,
  toPicked,
  meta,
  isUnavailable,
}: SearchComboboxProps<T, K>) {
  const { t } = useI18n();
  const generatedId = useId();
  const id = idProp ?? generatedId;
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const errorId = errorIdProp ?? `${id}-error`;
  const [text, setText] = useState(value?.name ?? '');
  // The form may set or reset the choice from outside (after saving): the text follows.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value?.name ?? '');
  }
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const q = useDebouncedValue(text.trim(), 250);
  const searching = !disabled && value === null && q.length >= MIN_CHARS;
  const results = useQuery({ ...search(q), enabled: searching, placeholderData: keepPreviousData });
  const options = open && searching ? (results.data ?? []) : [];
  const expanded = options.length > 0;

  let status: string | null = null;
  if (open && searching && results.isError) status = failedText ?? t('picker.failed');
  else if (open && searching && options.length === 0)
    status = results.isFetching || q !== text.trim() ? (searchingText ?? t('picker.searching')) : (noneText ?? t('picker.none'));

  if (fixed) {
    return (
      <div className={[styles.picker, className].filter(Boolean).join(' ')}>
        <span className={styles.label}>{label}</span>
        <strong className={styles.fixed}>{fixed.name}</strong>
      </div>
    );
  }

  const emit = (picked: Picked | null, item?: T) => {
    setShown(picked);
    onChange(picked, item);
  };
  const changeText = (next: string) => {
    setText(next);
    onTextChange?.(next);
  };
  const pick = (i: number) => {
    const item = options[i];
    if (item === undefined || isUnavailable?.(item)) return;
    const picked = toPicked(item);
    if (resetOnPick) {
      onChange(picked, item);
      changeText('');
      setActive(0);
    } else {
      emit(picked, item);
      changeText(picked.name);
    }
    setOpen(false);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      setOpen(true);
      if (options.length > 0) setActive((i) => (i + (e.key === 'ArrowDown' ? 1 : options.length - 1)) % options.length);
    } else if (e.key === 'Enter' && expanded) {
      // Enter picks the highlighted item instead of submitting the form.
      e.preventDefault();
      pick(active);
    } else if (e.key === 'Escape' && (expanded || status)) {
      // Closes the list only, not a dialog around it.
      e.preventDefault();
      e.stopPropagation();
      setOpen(false);
    }
  };
  const describe = [describedBy, hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;

  return (
    <div className={[styles.picker, className].filter(Boolean).join(' ')}>
      <label htmlFor={id} className={styles.label}>
        {label}
      </label>
      <div className={styles.control}>
        <input
          ref={ref}
          id={id}
          className={inputClassName}
          type="text"
          role="combobox"
          autoComplete="off"
          autoFocus={autoFocus}
          disabled={disabled}
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-activedescendant={expanded && options[active] !== undefined ? `${listId}-${active}` : undefined}
          aria-invalid={error || invalid ? true : undefined}
          aria-describedby={describe}
          placeholder={placeholder}
          value={text}
          onChange={(e) => {
            changeText(e.target.value);
            setOpen(true);
            setActive(0);
            if (value) emit(null);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setOpen(false)}
        />
        {clearable && value && !disabled && (
          <button
            type="button"
            className={`btn ${styles.clear}`}
            aria-label={t('picker.clear', { name: value.name })}
            onClick={() => {
              emit(null);
              changeText('');
            }}
          >
            <span aria-hidden="true">×</span>
          </button>
        )}
        <ul id={listId} role="listbox" aria-label={listLabel ?? label} className={styles.list} hidden={!expanded}>
          {options.map((item, i) => {
            const picked = toPicked(item);
            const unavailable = isUnavailable?.(item) ?? false;
            return (
              <li
                key={picked.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                aria-disabled={unavailable || undefined}
                className={styles.option}
                // mousedown, not click: the input's blur would close the list before the click lands.
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(i);
                }}
              >
                <span>{picked.name}</span>
                {meta && <span className={styles.optionMeta}>{meta(item)}</span>}
              </li>
            );
          })}
        </ul>
        <div role="status" className={status ? `${styles.list} ${styles.note}` : 'visually-hidden'}>
          {status ?? (expanded ? t('picker.results', { count: options.length }) : '')}
        </div>
      </div>
      {hint && (
        <p id={hintId} className={styles.hint}>
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className={styles.error}>
          {error}
        </p>
      )}
    </div>
  );
}

export interface CompanyPickerProps extends CommonProps {
  onChange: (company: PickedCompany | null, row?: PartnerRow) => void;
  /** Companies already chosen: shown, marked, but not offered again. */
  present?: ReadonlySet<string>;
}

const toCompany = (p: PartnerRow): PickedCompany => ({ id: p.id, name: p.name });

/** A company picker over `GET /partners?q=`: the one every form and filter uses. */
export function CompanyPicker({ present, listLabel, ...props }: CompanyPickerProps) {
  const { t } = useI18n();
  return (
    <SearchCombobox
      {...props}
      listLabel={listLabel}
      search={partnerSearch}
      toPicked={toCompany}
      meta={(p) => (present?.has(p.id) ? t('picker.already') : p.city)}
      isUnavailable={present ? (p) => present.has(p.id) : undefined}
    />
  );
}
