import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Resolver } from 'react-hook-form';
import { SignInInput } from '@/contract/auth';
import { validate } from '@/contract/messages-fr';
import { describeError } from '@/components/feedback/describe-error';
import { ApiError } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import type { I18n } from '@/lib/i18n';
import { useSignIn } from '@/lib/session-actions';
import form from '@/components/ui/form-dialog.module.css';
import styles from './sign-in.module.css';
import './account-messages';

interface SignInValues {
  email: string;
  password: string;
}
const FIELDS = ['email', 'password'] as const;

/** What to say when the server refuses: wrong credentials, too many attempts, or why it failed. */
function refusal(t: I18n['t'], error: unknown): string {
  if (error instanceof ApiError && error.status === 401) return t('signIn.wrongCredentials');
  // The server's detail says when to try again.
  if (error instanceof ApiError && error.status === 429) return error.problem?.detail ?? t('signIn.tooMany');
  return t('signIn.failed', { message: describeError(t, error) });
}

/**
 * Server mode, nobody signed in. Shown in place of the views at the address that was asked for;
 * once signed in, that page comes back. A refusal keeps what was typed.
 */
export default function SignInPage() {
  const { t } = useI18n();
  const uid = useId();
  const signIn = useSignIn();
  const [formError, setFormError] = useState<string | null>(null);
  const bannerRef = useRef<HTMLParagraphElement>(null);
  const resolver = useMemo<Resolver<SignInValues>>(
    () => (values) => {
      const result = validate(SignInInput, values);
      if (result.ok) return { values, errors: {} };
      const errors: Record<string, { type: string; message: string }> = {};
      for (const e of result.errors) errors[e.field] ??= { type: 'validate', message: e.message };
      return { values: {}, errors };
    },
    [],
  );
  const { register, handleSubmit, setError, setFocus, formState } = useForm<SignInValues>({ defaultValues: { email: '', password: '' }, resolver });
  const { errors, isSubmitting } = formState;
  const id = (name: string) => `${uid}-${name}`;

  useEffect(() => {
    setFocus('email');
  }, [setFocus]);
  useEffect(() => {
    if (formError) bannerRef.current?.focus();
  }, [formError]);

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await signIn.mutateAsync({ email: values.email.trim(), password: values.password });
    } catch (error) {
      const fieldErrors = error instanceof ApiError && error.status === 400 ? error.fieldErrors : [];
      for (const fe of fieldErrors) if ((FIELDS as readonly string[]).includes(fe.field)) setError(fe.field as (typeof FIELDS)[number], { type: 'server', message: fe.message });
      setFormError(refusal(t, error));
    }
  });

  const fieldProps = (name: (typeof FIELDS)[number]) => ({
    id: id(name),
    className: form.input,
    'aria-invalid': Boolean(errors[name]),
    'aria-describedby': errors[name] ? id(`${name}-error`) : undefined,
    'aria-required': true,
  });

  return (
    <main id="main" className={styles.page}>
      <div className={`card ${styles.panel}`}>
        <p className={styles.brand}>
          <span className={styles.brandName}>{t('app.name')}</span>
          <span className={styles.brandTagline}>{t('app.tagline')}</span>
        </p>
        <h1 className="page-title" id={id('title')}>
          {t('signIn.title')}
        </h1>
        <form className={styles.form} noValidate aria-labelledby={id('title')} onSubmit={(e) => void submit(e)}>
          <p className={styles.intro}>{t('signIn.intro')}</p>
          {formError && (
            <p ref={bannerRef} role="alert" tabIndex={-1} className={styles.banner}>
              {formError}
            </p>
          )}
          <div className={form.field}>
            <label htmlFor={id('email')}>{t('signIn.email')}</label>
            <input {...fieldProps('email')} type="email" autoComplete="username" spellCheck={false} {...register('email')} />
            {errors.email && (
              <p id={id('email-error')} className={form.error}>
                {errors.email.message}
              </p>
            )}
          </div>
          <div className={form.field}>
            <label htmlFor={id('password')}>{t('signIn.password')}</label>
            <input {...fieldProps('password')} type="password" autoComplete="current-password" {...register('password')} />
            {errors.password && (
              <p id={id('password-error')} className={form.error}>
                {errors.password.message}
              </p>
            )}
          </div>
          <button type="submit" className={`btn btn-primary ${styles.submit}`} disabled={isSubmitting}>
            {isSubmitting ? t('signIn.submitting') : t('signIn.submit')}
          </button>
        </form>
      </div>
    </main>
  );
}
