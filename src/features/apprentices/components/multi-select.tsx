import * as Popover from '@radix-ui/react-popover';
import { useI18n } from '@/lib/i18n';
import '../messages';
import styles from './filters.module.css';

export interface Option {
  value: string;
  label: string;
}

/** A filter of several values: a button opening native checkboxes (keyboard, touch, screen readers). */
export function MultiSelect({ label, options, selected, onChange }: { label: string; options: readonly Option[]; selected: readonly string[]; onChange: (values: string[]) => void }) {
  const { t } = useI18n();
  // Kept in the options' order, so the same choice always gives the same URL.
  const toggle = (value: string, on: boolean) => onChange(options.map((o) => o.value).filter((v) => (v === value ? on : selected.includes(v))));
  return (
    <Popover.Root>
      <Popover.Trigger className={`btn ${styles.trigger} ${selected.length ? styles.triggerActive : ''}`}>
        {label}
        {selected.length > 0 && (
          <span className={styles.count}>
            <span aria-hidden="true">{selected.length}</span>
            <span className="visually-hidden">{t('apprentices.filter.selected', { count: selected.length })}</span>
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
        </Popover.Content>
      </Popover.Portal>
    </Popover.Root>
  );
}
