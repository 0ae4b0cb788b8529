import { useEffect, useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Resolver } from 'react-hook-form';
import { AccountInput } from '@/contract/auth';
import { validate } from '@/contract/messages-fr';
import { ROLES } from '@/contract/reference';
import type { Role } from '@/contract/reference';
import { describeError } from '@/components/feedback/describe-error';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import { ApiError } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import { notify } from '@/lib/notify';
import { label } from '@/locales/labels';
import { useCreateAccount } from '../api';
import '../messages';
import formStyles from '@/components/ui/form-dialog.module.css';
import styles from '../settings.module.css';

interface AccountFormValues {
  name: string;
  email: string;
  role: Role;
  password: string;
}
const FIELDS = ['name', 'email', 'role', 'password'] as const;
type FieldName = (typeof FIELDS)[number];

/** Creates an account. Checked here first, then by the server (a taken e-mail lands on its field). */
export function AccountForm({ onDone }: { onDone: () => void }) {
  const { t } = useI18n();
  const uid = useId();
  const create = useCreateAccount();
  const [formError, setFormError] = useState<string | null>(null);
  const resolver = useMemo<Resolver<AccountFormValues>>(
    () => (values) => {
      const result = validate(AccountInput, values);
      if (result.ok) return { values, errors: {} };
      const errors: Record<string, { type: string; message: string }> = {};
      for (const e of result.errors) errors[e.field] ??= { type: 'validate', message: e.message };
      return { values: {}, errors };
    },
    [],
  );
  const { register, handleSubmit, setError, setFocus, formState, reset } = useForm<AccountFormValues>({
    defaultValues: { name: '', email: '', role: 'business-developer', password: '' },
    resolver,
    mode: 'onTouched',
  });
  const { errors, isDirty, isSubmitting } = formState;
  const id = (name: string) => `${uid}-${name}`;

  useEffect(() => {
    setFocus('name');
  }, [setFocus]);

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    const input = validate(AccountInput, values);
    if (!input.ok) return;
    try {
      const row = await create.mutateAsync(input.data);
      reset(values);
      notify.success(t('accounts.form.created', { name: row.name, role: t(label.role(row.role)) }));
      onDone();
    } catch (error) {
      const fieldErrors = error instanceof ApiError ? error.fieldErrors : [];
      const known = fieldErrors.filter((fe) => (FIELDS as readonly string[]).includes(fe.field));
      known.forEach((fe, i) => setError(fe.field as FieldName, { type: 'server', message: fe.message }, { shouldFocus: i === 0 }));
      setFormError(t('accounts.form.failed', { message: describeError(t, error) }));
    }
  });

  const control = (name: FieldName, hint?: boolean) => ({
    id: id(name),
    className: formStyles.input,
    'aria-invalid': Boolean(errors[name]),
    'aria-describedby': [errors[name] ? id(`${name}-error`) : '', hint ? id(`${name}-hint`) : ''].filter(Boolean).join(' ') || undefined,
  });
  const fieldError = (name: FieldName) =>
    errors[name] && (
      <p id={id(`${name}-error`)} className={formStyles.error}>
        {errors[name].message}
      </p>
    );

  return (
    <form className={`card ${styles.accountForm}`} noValidate aria-labelledby={id('title')} onSubmit={(e) => void submit(e)}>
      <UnsavedChangesGuard when={isDirty} />
      <h3 id={id('title')} className={styles.subtitle}>
        {t('accounts.form.title')}
      </h3>
      {formError && (
        <p role="alert" className={formStyles.banner}>
          {formError}
        </p>
      )}
      <div className={styles.accountFields}>
        <div className={formStyles.field}>
          <label htmlFor={id('name')}>{t('accounts.form.name')}</label>
          <input {...control('name')} autoComplete="off" {...register('name')} />
          {fieldError('name')}
        </div>
        <div className={formStyles.field}>
          <label htmlFor={id('email')}>{t('accounts.form.email')}</label>
          <input {...control('email')} type="email" autoComplete="off" spellCheck={false} {...register('email')} />
          {fieldError('email')}
        </div>
        <div className={formStyles.field}>
          <label htmlFor={id('role')}>{t('accounts.form.role')}</label>
          <select {...control('role')} {...register('role')}>
            {ROLES.map((role) => (
              <option key={role} value={role}>
                {t(label.role(role))}
              </option>
            ))}
          </select>
          {fieldError('role')}
        </div>
        <div className={formStyles.field}>
          <label htmlFor={id('password')}>{t('accounts.form.password')}</label>
          <input {...control('password', true)} type="password" autoComplete="new-password" {...register('password')} />
          {fieldError('password')}
          <p id={id('password-hint')} className={formStyles.hint}>
            {t('accounts.form.passwordHint')}
          </p>
        </div>
      </div>
      <div className={formStyles.actions}>
        <button type="button" className="btn" onClick={onDone}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
          {isSubmitting ? t('accounts.form.saving') : t('accounts.form.submit')}
        </button>
      </div>
    </form>
  );
}
