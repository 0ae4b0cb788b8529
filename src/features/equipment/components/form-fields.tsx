import { forwardRef } from 'react';
import { useI18n } from '@/lib/i18n';
import styles from './form.module.css';

/** A labelled Paris date-time field with its message next to it (aria-invalid + aria-describedby). */
export const DateTimeField = forwardRef<HTMLInputElement, { id: string; label: string; value: string; onChange: (v: string) => void; error?: string }>(
  function DateTimeField({ id, label, value, onChange, error }, ref) {
    const { t } = useI18n();
    return (
      <div className={styles.field}>
        <label htmlFor={id}>{label}</label>
        <input
          ref={ref}
          id={id}
          type="datetime-local"
          className={styles.input}
          value={value}
          step={900}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onChange={(e) => onChange(e.target.value)}
        />
        <p id={`${id}-hint`} className={styles.hint}>
          {t('equipment.form.timeHint')}
        </p>
        {error && (
          <p id={`${id}-error`} className={styles.error}>
            {error}
          </p>
        )}
      </div>
    );
  },
);

export const TextAreaField = forwardRef<HTMLTextAreaElement, { id: string; label: string; value: string; onChange: (v: string) => void; error?: string; rows?: number }>(
  function TextAreaField({ id, label, value, onChange, error, rows = 3 }, ref) {
    return (
      <div className={styles.field}>
        <label htmlFor={id}>{label}</label>
        <textarea
          ref={ref}
          id={id}
          className={styles.textarea}
          rows={rows}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
        {error && (
          <p id={`${id}-error`} className={styles.error}>
            {error}
          </p>
        )}
      </div>
    );
  },
);

export const TextField = forwardRef<HTMLInputElement, { id: string; label: string; value: string; onChange: (v: string) => void; error?: string }>(
  function TextField({ id, label, value, onChange, error }, ref) {
    return (
      <div className={styles.field}>
        <label htmlFor={id}>{label}</label>
        <input
          ref={ref}
          id={id}
          className={styles.input}
          value={value}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => onChange(e.target.value)}
        />
        {error && (
          <p id={`${id}-error`} className={styles.error}>
            {error}
          </p>
        )}
      </div>
    );
  },
);
