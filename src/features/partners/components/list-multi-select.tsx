import * as Popover from '@radix-ui/react-popover';
import type { ReactNode } from 'react';
import { useI18n } from '@/lib/i18n';
import '../messages-list';
import styles from './list-filters.module.css';

export interface Option {
  value: string;
  label: string;
}

/**
 * A filter that takes several values: a button opening a panel of native checkboxes, so that
 * keyboards, screen readers and touch all work as they do with any form.
 */
export function ListMultiSelect({
  label,
  options,
  selected,
  onChange,
  children,
}: {
  label: string;
  options: readonly Option[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
  /** Extra content under the options (the tag input). */
  children?: ReactNode;
}) {
  const { t } = useI18n();
  const toggle = (value: string, on: boolean) =>
    // Kept in the options' order, so that the same choice always gives the same URL.
    onChange(on ? [...options.map((o) => o.value).filter((v) => v === value || selected.includes(v)), ...selected.filter((v) => !options.some((o) => o.value === v))] : selected.filter((v) => v !== value));
  return (
    <Popover.Root>
      <Popover.Trigger className={`btn ${styles.trigger} ${selected.length ? styles.triggerActive : ''}`}>
        {label}
        {selected.length > 0 && (
          <span className={styles.count}>
            <span aria-hidden="true">{selected.length}</span>
            <span className="visually-hidden">{t('partnersList.filter.selected', { count: selected.length })}</span>
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
