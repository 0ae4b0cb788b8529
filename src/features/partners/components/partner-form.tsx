import { useEffect, useId, useMemo, useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import type { Resolver } from 'react-hook-form';
import { Link } from 'react-router-dom';
import type { PartnerInput } from '@/contract/entities';
import { DEPARTMENTS, PARTNER_STAGES, SECTORS, SIZE_BANDS } from '@/contract/reference';
import { ApiError } from '@/lib/api-client';
import { useCurrentUser } from '@/lib/current-user';
import { useI18n } from '@/lib/i18n';
import { assignableUsers } from '@/lib/users';
import { describeError } from '@/components/feedback/describe-error';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import { departmentLabel, label } from '@/locales/labels';
import { formFieldOf, formToInput, sectorsForNaf, validatePartnerForm, vatFromForm } from '../lib/form-partner';
import type { PartnerFormErrors, PartnerFormValues } from '../lib/form-partner';
import { Field } from './partner-form-field';
import { PartnerFormDuplicates } from './partner-form-duplicates';
import styles from './partner-form.module.css';
import '../messages-form';

export interface PartnerFormProps<T> {
  defaultValues: PartnerFormValues;
  /** The company being edited: left out of the duplicate warning; a 409 naming it is a stale version. */
  partnerId?: string;
  submitLabel: string;
  onSubmit: (input: PartnerInput) => Promise<T>;
  /** Called once the form is clean again, so that leaving does not ask. */
  onSaved: (result: T) => void;
  onCancel?: () => void;
}

/**
 * The company form, for creating and editing. Identifiers are checked as they are typed (after the
 * first blur), the VAT number follows the SIREN, a known NAF code proposes its sector. When the API
 * refuses, everything typed stays and the API's messages appear next to their fields.
 */
export function PartnerForm<T>({ defaultValues, partnerId, submitLabel, onSubmit, onSaved, onCancel }: PartnerFormProps<T>) {
  const i18n = useI18n();
  const { t } = i18n;
  const { users } = useCurrentUser();
  const uid = useId();
  const id = (name: string) => `${uid}-${name}`;
  const resolver = useMemo<Resolver<PartnerFormValues>>(
    () => (values) => {
      const errors: PartnerFormErrors = validatePartnerForm(values, t);
      const entries = Object.entries(errors);
      if (!entries.length) return { values, errors: {} };
      return { values: {}, errors: Object.fromEntries(entries.map(([k, message]) => [k, { type: 'validate', message }])) };
    },
    [t],
  );
  const { register, handleSubmit, control, setValue, setError, formState, reset, getValues } = useForm<PartnerFormValues>({
    defaultValues,
    resolver,
    mode: 'onTouched',
  });
  const { errors, isDirty, isSubmitting } = formState;
  const [formError, setFormError] = useState<{ message: string; conflictId?: string; otherFields?: string[] } | null>(null);
  const [saved, setSaved] = useState<{ result: T } | null>(null);
  const [siren, nafCode, sector, name, department, ownerId] = useWatch({ control, name: ['siren', 'nafCode', 'sector', 'name', 'department', 'ownerId'] });
  const vat = vatFromForm(siren);
  const nafSectors = sectorsForNaf(nafCode).filter((s) => s !== sector);

  useEffect(() => {
    if (saved) onSaved(saved.result);
    // Only once the guard has seen the clean form.
  }, [saved]); // eslint-disable-line react-hooks/exhaustive-deps

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const result = await onSubmit(formToInput(values));
      reset(getValues());
      setSaved({ result });
    } catch (error) {
      applyRefusal(error);
    }
  });

  function applyRefusal(error: unknown) {
    if (!(error instanceof ApiError)) {
      setFormError({ message: t('partnerForm.failed', { message: describeError(t, error) }) });
      return;
    }
    const problem = error.problem;
    if (error.status === 409 && problem?.conflictId && problem.conflictId === partnerId) {
      setFormError({ message: t('partnerForm.stale') });
      return;
    }
    if (error.status === 409) {
      const message = problem?.detail ?? problem?.title ?? t('error.generic');
      setError('siren', { type: 'server', message }, { shouldFocus: true });
      setFormError({ message: t('partnerForm.refused'), conflictId: problem?.conflictId });
      return;
    }
    if ((error.status === 400 || error.status === 422) && error.fieldErrors.length) {
      const otherFields: string[] = [];
      let focused = false;
      for (const fe of error.fieldErrors) {
        const field = formFieldOf(fe.field);
        if (!field) {
          otherFields.push(fe.message);
          continue;
        }
        setError(field, { type: 'server', message: fe.message }, { shouldFocus: !focused });
        focused = true;
      }
      setFormError({ message: t('partnerForm.refused'), otherFields });
      return;
    }
    setFormError({ message: t('partnerForm.failed', { message: describeError(t, error) }) });
  }

  const conflictLink = formError?.conflictId ? (
    <Link to={`/partners/${formError.conflictId}`} className={styles.inlineLink}>
      {t('partnerForm.conflictLink')}
    </Link>
  ) : null;

  return (
    <form className={styles.form} noValidate onSubmit={(e) => void submit(e)} aria-busy={isSubmitting}>
      <UnsavedChangesGuard when={isDirty && !saved} />
      {formError && (
        <div role="alert" className={styles.formError}>
          <p>{formError.message}</p>
          {formError.otherFields?.map((m) => <p key={m}>{m}</p>)}
        </div>
      )}

      <fieldset className={styles.section}>
        <legend className={styles.legend}>{t('partnerForm.identity')}</legend>
        <div className={styles.grid}>
          <Field id={id('name')} label={t('partnerForm.name')} required error={errors.name?.message} wide>
            {(p) => <input {...p} className={styles.input} autoComplete="organization" {...register('name')} />}
          </Field>
          <Field id={id('siren')} label={t('partnerForm.siren')} hint={t('partnerForm.siren.hint')} error={errors.siren?.message} extra={errors.siren?.type === 'server' ? conflictLink : null}>
            {(p) => <input {...p} className={styles.input} inputMode="numeric" autoComplete="off" {...register('siren', { deps: ['siret'] })} />}
          </Field>
          <Field id={id('siret')} label={t('partnerForm.siret')} hint={t('partnerForm.siret.hint')} error={errors.siret?.message}>
            {(p) => <input {...p} className={styles.input} inputMode="numeric" autoComplete="off" {...register('siret')} />}
          </Field>
          <Field id={id('vat')} label={t('partnerForm.vat')} hint={vat ? t('partnerForm.vat.hint') : t('partnerForm.vat.none')}>
            {(p) => <input {...p} className={`${styles.input} ${styles.readOnly}`} readOnly value={vat ?? ''} />}
          </Field>
          <Field
            id={id('naf')}
            label={t('partnerForm.naf')}
            hint={t('partnerForm.naf.hint')}
            error={errors.nafCode?.message}
            extra={nafSectors.length > 0 && (
              <div className={styles.suggestion} role="status">
                {nafSectors.map((s) => (
                  <div key={s} className={styles.suggestionRow}>
                    <span>{t('partnerForm.naf.suggest', { sector: t(label.sector(s)) })}</span>
                    <button type="button" className="btn" onClick={() => setValue('sector', s, { shouldDirty: true, shouldValidate: true })}>
                      {t('partnerForm.naf.apply', { sector: t(label.sector(s)) })}
                    </button>
                  </div>
                ))}
              </div>
            )}
          >
            {(p) => <input {...p} className={styles.input} autoComplete="off" {...register('nafCode')} />}
          </Field>
        </div>
      </fieldset>

      <PartnerFormDuplicates siren={siren} name={name} department={department} excludeId={partnerId} />

      <fieldset className={styles.section}>
        <legend className={styles.legend}>{t('partnerForm.location')}</legend>
        <div className={styles.grid}>
          <Field id={id('sector')} label={t('partnerForm.sector')} required error={errors.sector?.message}>
            {(p) => (
              <select {...p} className={styles.input} {...register('sector')}>
                <option value="">{t('partnerForm.sector.choose')}</option>
                {SECTORS.map((s) => (
                  <option key={s} value={s}>
                    {t(label.sector(s))}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={id('department')} label={t('partnerForm.department')} required error={errors.department?.message}>
            {(p) => (
              <select {...p} className={styles.input} {...register('department')}>
                <option value="">{t('partnerForm.department.choose')}</option>
                {DEPARTMENTS.map((d) => (
                  <option key={d.code} value={d.code}>
                    {departmentLabel(d.code, t('department.HO'))}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={id('city')} label={t('partnerForm.city')} required error={errors.city?.message}>
            {(p) => <input {...p} className={styles.input} autoComplete="address-level2" {...register('city')} />}
          </Field>
          <Field id={id('sizeBand')} label={t('partnerForm.sizeBand')} error={errors.sizeBand?.message}>
            {(p) => (
              <select {...p} className={styles.input} {...register('sizeBand')}>
                {SIZE_BANDS.map((s) => (
                  <option key={s} value={s}>
                    {t(label.sizeBand(s))}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset className={styles.section}>
        <legend className={styles.legend}>{t('partnerForm.relationship')}</legend>
        <div className={styles.grid}>
          <Field id={id('stage')} label={t('partnerForm.stage')} error={errors.stage?.message}>
            {(p) => (
              <select {...p} className={styles.input} {...register('stage')}>
                {PARTNER_STAGES.map((s) => (
                  <option key={s} value={s}>
                    {t(label.stage(s))}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={id('owner')} label={t('partnerForm.owner')} error={errors.ownerId?.message}>
            {(p) => (
              <select {...p} className={styles.input} {...register('ownerId')}>
                <option value="">{t('partnerForm.owner.none')}</option>
                {assignableUsers(users, ownerId).map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id={id('since')} label={t('partnerForm.since')} error={errors.partnerSince?.message}>
            {(p) => <input {...p} type="date" className={styles.input} {...register('partnerSince')} />}
          </Field>
          <Field id={id('tags')} label={t('partnerForm.tags')} hint={t('partnerForm.tags.hint')} error={errors.tags?.message}>
            {(p) => <input {...p} className={styles.input} autoComplete="off" {...register('tags')} />}
          </Field>
          <Field id={id('website')} label={t('partnerForm.website')} error={errors.website?.message}>
            {(p) => <input {...p} type="url" className={styles.input} autoComplete="url" {...register('website')} />}
          </Field>
          <Field id={id('notes')} label={t('partnerForm.notes')} error={errors.notes?.message} wide>
            {(p) => <textarea {...p} rows={4} className={styles.input} {...register('notes')} />}
          </Field>
        </div>
      </fieldset>

      <div className={styles.actions}>
        {onCancel && (
          <button type="button" className="btn" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        )}
        <button type="submit" className="btn btn-primary" disabled={isSubmitting}>
          {isSubmitting ? t('partnerForm.saving') : submitLabel}
        </button>
      </div>
    </form>
  );
}
