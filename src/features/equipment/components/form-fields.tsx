import { forwardRef } from 'react';
import type { ReactNode } from 'react';
import { useI18n } from '@/lib/i18n';
import styles from './form.module.css';

interface FieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (v: string) => void;
  error?: string;
}

/** What the control of a field says about itself: invalid or not, and which messages describe it. */
const described = (id: string, error: string | undefined, hint = false) => ({
  'aria-invalid': error ? true : undefined,
  'aria-describedby': [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(' ') || undefined,
});

/** A label, its control, and the hint and error that go with it. */
function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <div className={styles.field}>
      <label htmlFor={id}>{label}</label>
      {children}
      {hint && (
        <p id={`${id}-hint`} className={styles.hint}>
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className={styles.error}>
          {error}
        </p>
      )}
    </div>
  );
}

/** A labelled Paris date-time field, by quarter hours, with its hint and its message. */
export const DateTimeField = forwardRef<HTMLInputElement, FieldProps>(function DateTimeField({ id, label, value, onChange, error }, ref) {
  const { t } = useI18n();
  return (
    <Field id={id} label={label} hint={t('equipment.form.timeHint')} error={error}>
      <input ref={ref} id={id} type="datetime-local" className={styles.input} value={value} step={900} {...described(id, error, true)} onChange={(e) => onChange(e.target.value)} />
    </Field>
  );
});

export const TextAreaField = forwardRef<HTMLTextAreaElement, FieldProps & { rows?: number }>(function TextAreaField({ id, label, value, onChange, error, rows = 3 }, ref) {
  return (
    <Field id={id} label={label} error={error}>
      <textarea ref={ref} id={id} className={styles.textarea} rows={rows} value={value} {...described(id, error)} onChange={(e) => onChange(e.target.value)} />
    </Field>
  );
});

export const TextField = forwardRef<HTMLInputElement, FieldProps>(function TextField({ id, label, value, onChange, error }, ref) {
  return (
    <Field id={id} label={label} error={error}>
      <input ref={ref} id={id} className={styles.input} value={value} {...described(id, error)} onChange={(e) => onChange(e.target.value)} />
    </Field>
  );
});
