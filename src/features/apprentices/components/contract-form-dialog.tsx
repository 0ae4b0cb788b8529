import * as Dialog from '@radix-ui/react-dialog';
import { useId, useRef, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { ContractRow } from '@/contract/api';
import { SPECIALITIES } from '@/contract/reference';
import type { Speciality } from '@/contract/reference';
import { describeError } from '@/components/feedback/describe-error';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import { ApiError } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import { notify } from '@/lib/notify';
import { useCreateContract, useUpdateContract } from '../api';
import { changedFields, defaultEnd, draftFromRow, draftToInput, emptyDraft, isDraftDirty, requiredErrors, ruleErrors, serverErrors } from '../lib/contract-form';
import type { ContractDraft, DraftErrors, DraftField } from '../lib/contract-form';
import { specialityKey } from '../messages';
import { CompanyPicker } from '@/components/ui/company-picker';
import { PayBand } from './pay-band';
import { TutorSelect } from './tutor-select';
import formStyles from '@/components/ui/form-dialog.module.css';
import styles from './form.module.css';

/** "Nouveau contrat" / "Modifier": a modal form, the legal rules checked as people type. */
export function ContractFormDialog({ open, row, today, onClose }: { open: boolean; row: ContractRow | null; today: string; onClose: () => void }) {
  return (
    <Dialog.Root open={open}>
      <Dialog.Portal>
        <Dialog.Overlay className={formStyles.overlay} />
        {open && <FormContent key={row?.id ?? 'new'} row={row} today={today} onClose={onClose} />}
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function FormContent({ row, today, onClose }: { row: ContractRow | null; today: string; onClose: () => void }) {
  const { t } = useI18n();
  const create = useCreateContract();
  const update = useUpdateContract();
  const saving = create.isPending || update.isPending;
  const [initial] = useState(() => (row ? draftFromRow(row) : emptyDraft(today)));
  const [draft, setDraft] = useState<ContractDraft>(initial);
  // Messages of a submit attempt (missing fields) and of the API; the rules are computed live.
  const [shown, setShown] = useState<DraftErrors>({});
  const [banner, setBanner] = useState<string | null>(null);
  const [endTouched, setEndTouched] = useState(row !== null);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const ids = useId();
  const dirty = isDraftDirty(draft, initial);
  const live = ruleErrors(draft);
  const errorOf = (f: DraftField) => shown[f] ?? live[f];

  const clear = (...fields: DraftField[]) =>
    setShown((s) => {
      const next = { ...s };
      for (const f of fields) delete next[f];
      return next;
    });
  const set = <K extends keyof ContractDraft>(key: K, value: ContractDraft[K], field: DraftField = key as DraftField) => {
    setDraft((d) => ({ ...d, [key]: value }));
    clear(field);
  };
  const requestClose = () => (dirty && !saving ? setConfirmingDiscard(true) : onClose());
  const focusFirstError = () => requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  const name = `${draft.apprenticeFirstName.trim()} ${draft.apprenticeLastName.trim()}`;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setBanner(null);
    const missing = requiredErrors(draft, {
      required: t('apprentices.form.required'),
      date: t('apprentices.form.dateRequired'),
      host: t('apprentices.form.hostRequired'),
      speciality: t('apprentices.form.specialityRequired'),
    });
    if (Object.keys(missing).length || Object.keys(live).length) {
      setShown(missing);
      focusFirstError();
      return;
    }
    const input = draftToInput(draft);
    const onError = (error: Error) => {
      // Everything typed stays; the API's reasons go next to their fields.
      const fields = error instanceof ApiError ? serverErrors(error.fieldErrors) : { fields: {}, other: [] };
      setShown(fields.fields);
      setBanner(
        Object.keys(fields.fields).length && !fields.other.length ? t('apprentices.form.checkFields') : t('apprentices.form.failed', { reason: fields.other.join(' ') || describeError(t, error) }),
      );
      focusFirstError();
    };
    if (!row) {
      create.mutate(input, {
        onSuccess: () => {
          notify.success(t('apprentices.form.created', { name }));
          onClose();
        },
        onError,
      });
      return;
    }
    const patch = changedFields(draftToInput(initial), input);
    if (!Object.keys(patch).length) {
      notify.success(t('apprentices.form.unchanged'));
      onClose();
      return;
    }
    update.mutate(
      { id: row.id, patch: { ...patch, version: row.version } },
      {
        onSuccess: () => {
          notify.success(t('apprentices.form.updated', { name }));
          onClose();
        },
        onError,
      },
    );
  };

  type ControlProps = { id: string; 'aria-invalid'?: true | undefined; 'aria-describedby'?: string | undefined; className: string | undefined };
  const field = (f: DraftField, labelText: string, control: (p: ControlProps) => ReactNode, hint?: string) => {
    const id = `${ids}-${f}`;
    const error = errorOf(f);
    const describedBy = [error ? `${id}-error` : null, hint ? `${id}-hint` : null].filter(Boolean).join(' ') || undefined;
    return (
      <div className={formStyles.field}>
        <label htmlFor={id}>{labelText}</label>
        {control({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, className: formStyles.input })}
        {error && (
          <p id={`${id}-error`} className={formStyles.error}>
            {error}
          </p>
        )}
        {hint && (
          <p id={`${id}-hint`} className={formStyles.hint}>
            {hint}
          </p>
        )}
      </div>
    );
  };

  return (
    <Dialog.Content
      className={`${formStyles.content} ${styles.contractDialog}`}
      onEscapeKeyDown={(e) => {
        e.preventDefault();
        requestClose();
      }}
      onPointerDownOutside={(e) => e.preventDefault()}
      onInteractOutside={(e) => e.preventDefault()}
    >
      <UnsavedChangesGuard when={dirty && !saving} />
      <Dialog.Title className={formStyles.title}>{row ? t('apprentices.form.editTitle', { name: `${row.apprenticeFirstName} ${row.apprenticeLastName}` }) : t('apprentices.form.createTitle')}</Dialog.Title>
      <Dialog.Description className={formStyles.description}>{t('apprentices.form.description')}</Dialog.Description>
      {banner && (
        <p role="alert" className={formStyles.banner}>
          {banner}
        </p>
      )}
      <form ref={form} onSubmit={submit} noValidate>
        <div className={formStyles.grid}>
          {field('apprenticeFirstName', t('apprentices.form.firstName'), (p) => (
            <input {...p} type="text" autoComplete="off" maxLength={80} value={draft.apprenticeFirstName} onChange={(e) => set('apprenticeFirstName', e.target.value)} autoFocus />
          ))}
          {field('apprenticeLastName', t('apprentices.form.lastName'), (p) => (
            <input {...p} type="text" autoComplete="off" maxLength={80} value={draft.apprenticeLastName} onChange={(e) => set('apprenticeLastName', e.target.value)} />
          ))}
          {field('birthDate', t('apprentices.form.birthDate'), (p) => (
            <input {...p} type="date" value={draft.birthDate} onChange={(e) => set('birthDate', e.target.value)} />
          ))}
          {field('speciality', t('apprentices.form.speciality'), (p) => (
            <select {...p} value={draft.speciality} onChange={(e) => set('speciality', e.target.value as Speciality | '')}>
              <option value="">{t('apprentices.form.chooseSpeciality')}</option>
              {SPECIALITIES.map((s) => (
                <option key={s} value={s}>
                  {t(specialityKey(s))}
                </option>
              ))}
            </select>
          ))}
          <div className={formStyles.full}>
            <CompanyPicker
              label={t('apprentices.form.host')}
              value={draft.partner}
              onChange={(p) => {
                setDraft((d) => ({ ...d, partner: p, tutorContactId: p?.id === d.partner?.id ? d.tutorContactId : '' }));
                clear('partnerId', 'tutorContactId');
              }}
              error={errorOf('partnerId')}
              placeholder={t('apprentices.form.hostPlaceholder')}
              searchingText={t('apprentices.form.hostSearching')}
              noneText={t('apprentices.form.hostNone')}
              inputClassName={formStyles.input}
            />
          </div>
          <div className={formStyles.full}>
            <TutorSelect id={`${ids}-tutorContactId`} partnerId={draft.partner?.id ?? null} value={draft.tutorContactId} onChange={(v) => set('tutorContactId', v)} error={errorOf('tutorContactId')} />
          </div>
          {field('start', t('apprentices.form.start'), (p) => (
            <input
              {...p}
              type="date"
              value={draft.start}
              onChange={(e) => {
                const start = e.target.value;
                // Until people set the end themselves, it follows the start (3 years less a day).
                setDraft((d) => ({ ...d, start, end: !endTouched && /^\d{4}-\d{2}-\d{2}$/.test(start) ? defaultEnd(start) : d.end }));
                clear('start', 'end');
              }}
            />
          ))}
          {field(
            'end',
            t('apprentices.form.end'),
            (p) => (
              <input
                {...p}
                type="date"
                value={draft.end}
                onChange={(e) => {
                  setEndTouched(true);
                  set('end', e.target.value);
                }}
              />
            ),
            t('apprentices.form.endHint'),
          )}
          <div className={formStyles.full}>
            <PayBand birthDate={draft.birthDate} start={draft.start} end={draft.end} />
          </div>
        </div>
        {confirmingDiscard ? (
          <div className={formStyles.confirm} role="alertdialog" aria-labelledby={`${ids}-discard`}>
            <p id={`${ids}-discard`}>
              <strong>{t('apprentices.form.discardTitle')}</strong> {t('apprentices.form.discardBody')}
            </p>
            <div className={formStyles.actions}>
              <button type="button" className="btn" onClick={() => setConfirmingDiscard(false)} autoFocus>
                {t('apprentices.form.keep')}
              </button>
              <button type="button" className="btn btn-danger" onClick={onClose}>
                {t('apprentices.form.discard')}
              </button>
            </div>
          </div>
        ) : (
          <div className={formStyles.actions}>
            <button type="button" className="btn" onClick={requestClose}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="btn btn-primary" disabled={saving} aria-busy={saving || undefined}>
              {saving ? t('apprentices.form.saving') : row ? t('apprentices.form.save') : t('apprentices.form.create')}
            </button>
          </div>
        )}
      </form>
    </Dialog.Content>
  );
}
