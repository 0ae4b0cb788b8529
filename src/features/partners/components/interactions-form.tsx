import { useQuery } from '@tanstack/react-query';
import { useId, useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Resolver } from 'react-hook-form';
import { InteractionInput } from '@/contract/entities';
import { validate } from '@/contract/messages-fr';
import { INTERACTION_KINDS } from '@/contract/reference';
import { describeError } from '@/components/feedback/describe-error';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import { ApiError } from '@/lib/api-client';
import { useCurrentUser } from '@/lib/current-user';
import { useI18n } from '@/lib/i18n';
import { notify } from '@/lib/notify';
import { label } from '@/locales/labels';
import { contactQueries } from '../api';
import { useLogInteractionOptimistic } from '../api-detail';
import { todayIso } from '../lib/form-dates';
import { Field } from './partner-form-field';
import styles from './partner-form.module.css';
import '../messages-detail';

interface InteractionFormValues {
  kind: string;
  date: string;
  contactId: string;
  summary: string;
}
const FIELDS = ['kind', 'date', 'contactId', 'summary'] as const;

/**
 * "Consigner un échange": the entry shows on the timeline at once; the form empties only once the
 * API has it, so that a refusal loses nothing.
 */
export function InteractionsForm({ partnerId }: { partnerId: string }) {
  const { t } = useI18n();
  const uid = useId();
  const { user } = useCurrentUser();
  const contacts = useQuery(contactQueries.byPartner(partnerId));
  const log = useLogInteractionOptimistic(partnerId);
  const [formError, setFormError] = useState<string | null>(null);
  const toInput = (v: InteractionFormValues) => ({
    partnerId,
    contactId: v.contactId || null,
    date: v.date,
    kind: v.kind,
    authorId: user?.id ?? '',
    summary: v.summary,
  });
  const resolver = useMemo<Resolver<InteractionFormValues>>(
    () => (values) => {
      const result = validate(InteractionInput, toInput(values));
      if (result.ok) return { values, errors: {} };
      const errors: Record<string, { type: string; message: string }> = {};
      for (const e of result.errors) if (!errors[e.field]) errors[e.field] = { type: 'validate', message: e.message };
      return { values: {}, errors };
    },
    [partnerId, user?.id], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const defaults: InteractionFormValues = { kind: 'meeting', date: todayIso(), contactId: '', summary: '' };
  const { register, handleSubmit, setError, formState, reset } = useForm<InteractionFormValues>({ defaultValues: defaults, resolver, mode: 'onTouched' });
  const { errors, isDirty } = formState;
  const id = (name: string) => `${uid}-${name}`;

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    const input = validate(InteractionInput, toInput(values));
    if (!input.ok) return;
    const contact = contacts.data?.find((c) => c.id === input.data.contactId);
    try {
      await log.mutateAsync({ input: input.data, authorName: user?.name ?? '', contactName: contact ? `${contact.firstName} ${contact.lastName}` : null });
      reset({ ...defaults, kind: values.kind, date: values.date });
      notify.success(t('interactions.logged'));
    } catch (error) {
      const fieldErrors = error instanceof ApiError ? error.fieldErrors : [];
      fieldErrors
        .filter((fe) => (FIELDS as readonly string[]).includes(fe.field))
        .forEach((fe, i) => setError(fe.field as (typeof FIELDS)[number], { type: 'server', message: fe.message }, { shouldFocus: i === 0 }));
      const message = t('interactions.failed', { message: [describeError(t, error), ...fieldErrors.map((fe) => fe.message)].join(' ') });
      setFormError(message);
      notify.error(message);
    }
  });

  return (
    <form className={`${styles.section} ${styles.form}`} noValidate onSubmit={(e) => void submit(e)} aria-labelledby={id('title')}>
      <UnsavedChangesGuard when={isDirty} />
      <h3 id={id('title')}>{t('interactions.log')}</h3>
      {formError && (
        <p role="alert" className={styles.formError}>
          {formError}
        </p>
      )}
      <div className={styles.grid}>
        <Field id={id('kind')} label={t('interactions.kind')} error={errors.kind?.message}>
          {(p) => (
            <select {...p} className={styles.input} {...register('kind')}>
              {INTERACTION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(label.interaction(k))}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={id('date')} label={t('interactions.date')} required error={errors.date?.message}>
          {(p) => <input {...p} type="date" className={styles.input} {...register('date')} />}
        </Field>
        <Field id={id('contact')} label={t('interactions.contact')} error={errors.contactId?.message}>
          {(p) => (
            <select {...p} className={styles.input} {...register('contactId')}>
              <option value="">{t('interactions.contact.none')}</option>
              {(contacts.data ?? []).map((c) => (
                <option key={c.id} value={c.id}>
                  {c.firstName} {c.lastName}
                  {c.role ? ` — ${c.role}` : ''}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={id('summary')} label={t('interactions.summary')} required hint={t('interactions.summary.hint')} error={errors.summary?.message} wide>
          {(p) => <textarea {...p} rows={3} className={styles.input} {...register('summary')} />}
        </Field>
      </div>
      <div className={styles.actions}>
        <button type="submit" className="btn btn-primary" disabled={log.isPending}>
          {t('interactions.submit')}
        </button>
      </div>
    </form>
  );
}
