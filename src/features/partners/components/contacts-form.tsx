import { useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Resolver } from 'react-hook-form';
import type { ContactRow } from '@/contract/api';
import { ContactInput } from '@/contract/entities';
import { validate } from '@/contract/messages-fr';
import { describeError } from '@/components/feedback/describe-error';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import { ApiError } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import { notify } from '@/lib/notify';
import { useSaveContact } from '../api';
import { Field } from './partner-form-field';
import styles from './partner-form.module.css';
import '../messages-detail';

interface ContactFormValues {
  firstName: string;
  lastName: string;
  role: string;
  email: string;
  phone: string;
  isTutor: boolean;
}
const FIELDS = ['firstName', 'lastName', 'role', 'email', 'phone', 'isTutor'] as const;

/** Adding or editing one contact. The API's refusals land next to their fields; nothing typed is lost. */
export function ContactsForm({ partnerId, contact, onDone }: { partnerId: string; contact?: ContactRow; onDone: () => void }) {
  const { t } = useI18n();
  const uid = useId();
  const save = useSaveContact(partnerId);
  const [formError, setFormError] = useState<string | null>(null);
  const resolver = useMemo<Resolver<ContactFormValues>>(
    () => (values) => {
      const result = validate(ContactInput, { ...values, partnerId });
      if (result.ok) return { values, errors: {} };
      const errors: Record<string, { type: string; message: string }> = {};
      for (const e of result.errors) if (!errors[e.field]) errors[e.field] = { type: 'validate', message: e.message };
      return { values: {}, errors };
    },
    [partnerId],
  );
  const { register, handleSubmit, setError, formState, reset, getValues } = useForm<ContactFormValues>({
    defaultValues: contact
      ? { firstName: contact.firstName, lastName: contact.lastName, role: contact.role, email: contact.email, phone: contact.phone, isTutor: contact.isTutor }
      : { firstName: '', lastName: '', role: '', email: '', phone: '', isTutor: false },
    resolver,
    mode: 'onTouched',
  });
  const { errors, isDirty, isSubmitting } = formState;
  const id = (name: string) => `${uid}-${name}`;
  const titleId = id('title');

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    const input = validate(ContactInput, { ...values, partnerId });
    if (!input.ok) return;
    try {
      const row = await save.mutateAsync({ id: contact?.id, input: input.data, version: contact?.version });
      reset(getValues());
      const name = `${row.firstName} ${row.lastName}`;
      notify.success(t(contact ? 'contacts.saved' : 'contacts.added', { name }));
      onDone();
    } catch (error) {
      const fieldErrors = error instanceof ApiError ? error.fieldErrors : [];
      const known = fieldErrors.filter((fe) => (FIELDS as readonly string[]).includes(fe.field));
      known.forEach((fe, i) => setError(fe.field as (typeof FIELDS)[number], { type: 'server', message: fe.message }, { shouldFocus: i === 0 }));
      const other = fieldErrors.filter((fe) => !known.includes(fe)).map((fe) => fe.message);
      setFormError(t('contacts.failed', { message: [describeError(t, error), ...other].join(' ') }));
    }
  });

  return (
    <form className={`${styles.section} ${styles.form}`} noValidate onSubmit={(e) => void submit(e)} aria-labelledby={titleId}>
      <UnsavedChangesGuard when={isDirty} />
      <h3 id={titleId}>{t(contact ? 'contacts.editTitle' : 'contacts.newTitle')}</h3>
      {formError && (
        <p role="alert" className={styles.formError}>
          {formError}
        </p>
      )}
      <div className={styles.grid}>
        <Field id={id('firstName')} label={t('contacts.firstName')} required error={errors.firstName?.message}>
          {(p) => <input {...p} className={styles.input} autoComplete="off" {...register('firstName')} />}
        </Field>
        <Field id={id('lastName')} label={t('contacts.lastName')} required error={errors.lastName?.message}>
          {(p) => <input {...p} className={styles.input} autoComplete="off" {...register('lastName')} />}
        </Field>
        <Field id={id('role')} label={t('contacts.role')} error={errors.role?.message}>
          {(p) => <input {...p} className={styles.input} autoComplete="off" {...register('role')} />}
        </Field>
        <Field id={id('email')} label={t('contacts.email')} error={errors.email?.message}>
          {(p) => <input {...p} type="email" className={styles.input} autoComplete="off" {...register('email')} />}
        </Field>
        <Field id={id('phone')} label={t('contacts.phone')} error={errors.phone?.message}>
          {(p) => <input {...p} type="tel" className={styles.input} autoComplete="off" {...register('phone')} />}
        </Field>
        <label className={styles.checkbox}>
          <input type="checkbox" {...register('isTutor')} />
          {t('contacts.isTutor')}
        </label>
      </div>
      <div className={styles.actions}>
        <button type="button" className="btn" onClick={onDone}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
          {t('common.save')}
        </button>
      </div>
    </form>
  );
}
