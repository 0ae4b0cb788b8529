import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import { TAX_STATUSES } from '@/contract/reference';
import type { TaxStatus } from '@/contract/reference';
import { ApiError } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import { notify } from '@/lib/notify';
import { describeError } from '@/components/feedback/describe-error';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import { useCreatePledge } from '../api';
import { parseAmount } from '../lib/campaign';
import { statusKey } from '../lib/labels';
import { CompanyPicker } from '@/components/ui/company-picker';
import type { PickedCompany } from '@/components/ui/company-picker';
import '../messages';
import filterBar from '@/components/ui/filter-bar.module.css';
import styles from './tax.module.css';

interface Errors {
  company?: string | null;
  amount?: string | null;
  form?: string | null;
}

/**
 * Adds a company to the campaign shown. A company already in it (409) is explained, with a way to
 * its row; whatever was typed stays in the form until it is saved or cancelled.
 */
export function AddPledgeForm({ year, onClose, onShowRow }: { year: number; onClose: () => void; onShowRow: (name: string) => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const create = useCreatePledge();
  const ids = { title: useId(), company: useId(), amount: useId(), amountError: useId(), status: useId() };
  const [company, setCompany] = useState<PickedCompany | null>(null);
  const [amount, setAmount] = useState('');
  const [status, setStatus] = useState<TaxStatus>('approached');
  const [errors, setErrors] = useState<Errors>({});
  const [conflict, setConflict] = useState<string | null>(null);
  const dirty = company !== null || amount.trim() !== '';
  const y = String(year);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseAmount(amount);
    const next: Errors = {
      company: company ? null : t('tax.add.companyRequired'),
      amount: parsed === null ? t('tax.amount.invalid') : null,
    };
    setErrors(next);
    setConflict(null);
    if (!company || parsed === null) return;
    create.mutate(
      { partnerId: company.id, partnerName: company.name, year, amount: parsed, status },
      {
        onSuccess: () => {
          notify.success(t('tax.add.done', { name: company.name, year: y }));
          setCompany(null);
          setAmount('');
          setStatus('approached');
          onClose();
        },
        onError: (err) => {
          if (err instanceof ApiError && err.status === 409) {
            setConflict(company.name);
            return;
          }
          const fields = err instanceof ApiError ? err.fieldErrors : [];
          const field = (name: string) => fields.find((f) => f.field === name)?.message ?? null;
          const known = { company: field('partnerId'), amount: field('amount') };
          setErrors({ ...known, form: known.company || known.amount ? null : t('tax.add.failed', { reason: describeError(t, err) }) });
        },
      },
    );
  };

  return (
    <form className={`card ${styles.addForm}`} aria-labelledby={ids.title} onSubmit={submit} noValidate>
      <UnsavedChangesGuard when={dirty} />
      <h2 id={ids.title}>{t('tax.add.title', { year: y })}</h2>
      <CompanyPicker
        className={styles.picker}
        label={t('tax.add.company')}
        listLabel={t('tax.add.options')}
        placeholder={t('tax.add.companyPlaceholder')}
        inputClassName={filterBar.input}
        value={company}
        onChange={(c) => {
          setCompany(c);
          setConflict(null);
          if (c) setErrors((e) => ({ ...e, company: null }));
        }}
        error={errors.company}
        errorId={ids.company}
      />
      <div className={filterBar.field}>
        <label htmlFor={ids.amount}>{t('tax.add.amount')}</label>
        <input
          id={ids.amount}
          className={filterBar.input}
          inputMode="decimal"
          autoComplete="off"
          value={amount}
          aria-invalid={errors.amount ? true : undefined}
          aria-describedby={errors.amount ? ids.amountError : undefined}
          onChange={(e) => setAmount(e.target.value)}
        />
        {errors.amount && (
          <p id={ids.amountError} className={styles.fieldError}>
            {errors.amount}
          </p>
        )}
      </div>
      <div className={filterBar.field}>
        <label htmlFor={ids.status}>{t('tax.add.status')}</label>
        <select id={ids.status} className={filterBar.select} value={status} onChange={(e) => setStatus(e.target.value as TaxStatus)}>
          {TAX_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(statusKey(s))}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.formActions}>
        <button type="submit" className="btn btn-primary" disabled={create.isPending}>
          {create.isPending ? t('tax.add.saving') : t('tax.add.submit')}
        </button>
        <button type="button" className="btn" onClick={onClose}>
          {t('tax.add.cancel')}
        </button>
      </div>
      {conflict && (
        <p role="alert" className={styles.conflict}>
          {t('tax.add.conflict', { name: conflict, year: y })}
          <button type="button" className="btn" onClick={() => onShowRow(conflict)}>
            {t('tax.add.showRow')}
          </button>
        </p>
      )}
      {errors.form && (
        <p role="alert" className={styles.fieldError}>
          {errors.form}
        </p>
      )}
    </form>
  );
}
