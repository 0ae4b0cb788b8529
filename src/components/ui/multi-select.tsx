import * as Popover from '@radix-ui/react-popover';
import type { ReactNode } from 'react';
import { useI18n } from '@/lib/i18n';
import styles from './multi-select.module.css';

export interface MultiSelectOption {
  value: string;
  label: string;
}

/**
 * A filter that takes several values: a button (with a count of what is chosen) opening a panel of
 * native checkboxes, so that keyboards, screen readers and touch all work as they do with any form;
 * the popover closes on Escape or a click outside and gives the focus back to its button.
 */
export function MultiSelect({
  label,
  options,
  selected,
  onChange,
  keepUnlisted = false,
  children,
}: {
  label: string;
  options: readonly MultiSelectOption[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
  /**
   * Keep chosen values that the options do not list (yet: a list still loading, a value typed in
   * `children`), after the listed ones. Off, a change keeps only the listed values.
   */
  keepUnlisted?: boolean;
  /** Extra content under the options (an input that adds a value, say). */
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const toggle = (value: string, on: boolean) => {
    // Kept in the options' order, so that the same choice always gives the same URL.
    const listed = options.map((o) => o.value).filter((v) => (v === value ? on : selected.includes(v)));
    const unlisted = keepUnlisted ? selected.filter((v) => !options.some((o) => o.value === v)) : [];
    onChange([...listed, ...unlisted]);
  };
  return (
    <Popover.Root>
      <Popover.Trigger className={`btn ${styles.trigger} ${selected.length ? styles.triggerActive : ''}`}>
        {label}
        {selected.length > 0 && (
          <span className={styles.count}>
            <span aria-hidden="true">{selected.length}</span>
            <span className="visually-hidden">{t('filters.selected', { count: selected.length })}</span>
          </span>
        )}
        <span aria-hidden="true" className={styles.caret}>
          ▾
        </span>
      </Popover.Trigger>
      <Popover.Portal>
        <Popover.Content className={styles.panel} align="start" sideOffset={4} aria-label={label}>
          <fieldset className={styles.fieldset}>
            <legend className="visually-hidden">{label}</legend>
            <ul className={styles.options}>
              {options.map((o) => (
                <li key={o.value}>
                  <label className={styles.option}>
                    <input type="checkbox" checked={selected.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
                    {o.label}
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          {children}
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
