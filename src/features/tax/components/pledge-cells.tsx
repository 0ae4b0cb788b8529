import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { TaxPledgeRow } from '@/contract/api';
import { TAX_STATUSES } from '@/contract/reference';
import type { TaxStatus } from '@/contract/reference';
import { ApiError } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import { useCan } from '@/lib/session';
import { describeError } from '@/components/feedback/describe-error';
import { useIsSavingPledge, useUpdatePledge } from '../api';
import { parseAmount } from '../lib/campaign';
import { statusKey } from '../lib/labels';
import '../messages';
import filterBar from '@/components/ui/filter-bar.module.css';
import styles from './tax.module.css';

/**
 * The status, changed in place. While a change of the row is on its way, another one is ignored
 * (the select snaps back) rather than sent with a stale version. Text for the read-only roles.
 */
export function StatusCell({ row }: { row: TaxPledgeRow }) {
  const { t } = useI18n();
  const update = useUpdatePledge();
  const saving = useIsSavingPledge(row.id);
  const canEdit = useCan('crm');
  if (!canEdit) return <span className={`${styles.statusText} ${styles[`status-${row.status}`]}`}>{t(statusKey(row.status))}</span>;
  return (
    <select
      className={`${styles.cellSelect} ${styles[`status-${row.status}`]}`}
      aria-label={t('tax.statusOf', { name: row.partnerName })}
      aria-busy={saving || undefined}
      value={row.status}
      onChange={(e) => {
        if (saving) return;
        update.mutate({ row, status: e.target.value as TaxStatus });
      }}
    >
      {TAX_STATUSES.map((s) => (
        <option key={s} value={s}>
          {t(statusKey(s))}
        </option>
      ))}
    </select>
  );
}

/**
 * The amount: a button that turns into a small form. Saved at once on screen; if the server
 * refuses for another reason than a concurrent change, the form comes back with what was typed.
 * Text for the read-only roles.
 */
export function AmountCell({ row }: { row: TaxPledgeRow }) {
  const i18n = useI18n();
  const { t } = i18n;
  const update = useUpdatePledge();
  const saving = useIsSavingPledge(row.id);
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const wasEditing = useRef(false);
  const canEdit = useCan('crm');
  useEffect(() => {
    if (editing) inputRef.current?.focus();
    else if (wasEditing.current) buttonRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);

  const open = () => {
    setText(String(row.amount));
    setError(null);
    setEditing(true);
  };
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const amount = parseAmount(text);
    if (amount === null) {
      setError(t('tax.amount.invalid'));
      return;
    }
    setEditing(false);
    if (amount === row.amount || saving) return;
    const typed = text;
    update.mutate(
      { row, amount },
      {
        onError: (err) => {
          if (err instanceof ApiError && err.status === 409) return;
          const field = err instanceof ApiError ? err.fieldErrors.find((f) => f.field === 'amount') : undefined;
          setText(typed);
          setError(field?.message ?? describeError(t, err));
          setEditing(true);
        },
      },
    );
  };

  if (!canEdit) return <>{i18n.euros(row.amount)}</>;
  if (!editing)
    return (
      <button ref={buttonRef} type="button" className={styles.amountButton} aria-label={t('tax.amount.edit', { name: row.partnerName, amount: i18n.euros(row.amount) })} onClick={open}>
        {i18n.euros(row.amount)}
      </button>
    );
  return (
    <form
      className={styles.amountForm}
      onSubmit={submit}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          setEditing(false);
        }
      }}
    >
      <input
        ref={inputRef}
        className={`${filterBar.input} ${styles.amountInput}`}
        inputMode="decimal"
        autoComplete="off"
        aria-label={t('tax.amount.label', { name: row.partnerName })}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        value={text}
        onChange={(e) => setText(e.target.value)}
      />
      <button type="submit" className={`btn btn-primary ${styles.small}`}>
        {t('tax.amount.save')}
      </button>
      <button type="button" className={`btn ${styles.small}`} onClick={() => setEditing(false)}>
        {t('tax.amount.cancel')}
      </button>
      {error && (
        <p id={errorId} className={styles.fieldError}>
          {error}
        </p>
      )}
    </form>
  );
}
