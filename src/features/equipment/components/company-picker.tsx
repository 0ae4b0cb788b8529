import { useQuery } from '@tanstack/react-query';
import { forwardRef, useId, useState } from 'react';
import { useI18n } from '@/lib/i18n';
import { useDebouncedValue } from '@/lib/url-state';
import { companySearch } from '../api';
import styles from './form.module.css';

export interface PickedCompany {
  id: string;
  name: string;
}

/**
 * A combobox (ARIA 1.2 pattern) over `GET /partners?q=`: type, move with the arrows, Enter or click
 * to choose. Typing again after a choice drops it, so the form never books a company it does not show.
 */
export const CompanyPicker = forwardRef<
  HTMLInputElement,
  { value: PickedCompany | null; onChange: (c: PickedCompany | null) => void; label: string; error?: string; errorId: string }
>(function CompanyPicker({ value, onChange, label, error, errorId }, ref) {
  const { t } = useI18n();
  const id = useId();
  const listId = useId();
  const hintId = useId();
  const [text, setText] = useState(value?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  // The form may set a company from outside (reset after success).
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    setShownValue(value);
    setText(value?.name ?? '');
  }
  const q = useDebouncedValue(text.trim(), 200);
  const searching = open && q.length >= 2 && q !== value?.name;
  const results = useQuery({ ...companySearch(q), enabled: searching });
  const options = searching ? (results.data ?? []) : [];
  const expanded = searching && (options.length > 0 || !results.isFetching);

  const choose = (i: number) => {
    const p = options[i];
    if (!p) return;
    onChange({ id: p.id, name: p.name });
    setText(p.name);
    setOpen(false);
  };

  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      <div className={styles.combo}>
        <input
          ref={ref}
          id={id}
          className={styles.input}
          role="combobox"
          aria-expanded={expanded}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={expanded && options[active] ? `${listId}-${active}` : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${hintId}${error ? ` ${errorId}` : ''}`}
          autoComplete="off"
          placeholder={t('equipment.form.companyPlaceholder')}
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setOpen(true);
            setActive(0);
            if (value) onChange(null);
          }}
          onBlur={() => setOpen(false)}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              setOpen(true);
              setActive((a) => Math.min(a + 1, Math.max(options.length - 1, 0)));
            } else if (e.key === 'ArrowUp') {
              e.preventDefault();
              setActive((a) => Math.max(a - 1, 0));
            } else if (e.key === 'Enter' && expanded && options.length) {
              e.preventDefault();
              choose(active);
            } else if (e.key === 'Escape' && open) {
              e.preventDefault();
              setOpen(false);
            }
          }}
        />
        <ul id={listId} role="listbox" aria-label={label} className={styles.listbox} hidden={!expanded}>
          {options.map((p, i) => (
            <li
              key={p.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={styles.option}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(i)}
            >
              {p.name}
              <span className={styles.optionMeta}> · {p.city}</span>
            </li>
          ))}
          {expanded && options.length === 0 && (
            <li role="option" aria-selected={false} aria-disabled="true" className={styles.optionEmpty}>
              {t('equipment.form.companyNone')}
            </li>
          )}
        </ul>
      </div>
      <p id={hintId} className={styles.hint}>
        {value ? t('equipment.form.companyChosen', { name: value.name }) : t('equipment.form.companyHint')}
      </p>
      <span className="visually-hidden" role="status">
        {expanded ? (options.length ? t('equipment.form.companyResults', { count: options.length }) : t('equipment.form.companyNone')) : ''}
      </span>
      {error && (
        <p id={errorId} className={styles.error}>
          {error}
        </p>
      )}
    </div>
  );
});
