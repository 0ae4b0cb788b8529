import * as Dialog from '@radix-ui/react-dialog';
import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { AcademicPartner } from '@/contract/entities';
import { ApiError } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import { notify } from '@/lib/notify';
import { describeError } from '@/components/feedback/describe-error';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import { academicQueries, useUpdatePartnership } from '../api';
import { draftOf, isDirty, patchOf, serverErrors, validateDraft } from '../lib/form';
import type { DraftErrors, DraftField, PartnershipDraft } from '../lib/form';
import '../messages';
import filterBar from '@/components/ui/filter-bar.module.css';
import formStyles from '@/components/ui/form-dialog.module.css';
import styles from './academic.module.css';

/** "Modifier le partenariat": renewal date, double degree, field, active; open while `partner` is set. */
export function EditPartnershipDialog({ partner, onClose }: { partner: AcademicPartner | null; onClose: () => void }) {
  return (
    <Dialog.Root open={partner !== null}>
      <Dialog.Portal>
        <Dialog.Overlay className={formStyles.overlay} />
        {partner && <FormContent key={partner.id} partner={partner} onClose={onClose} />}
      </Dialog.Portal>
    </Dialog.Root>
  );
}

type Banner = { kind: 'conflict'; fresh: AcademicPartner | null } | { kind: 'error'; message: string } | null;

function FormContent({ partner, onClose }: { partner: AcademicPartner; onClose: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const client = useQueryClient();
  const save = useUpdatePartnership();
  // The record the edit is based on: its version goes with the save.
  const [base, setBase] = useState(partner);
  const [draft, setDraft] = useState<PartnershipDraft>(() => draftOf(partner));
  const [errors, setErrors] = useState<DraftErrors>({});
  const [banner, setBanner] = useState<Banner>(null);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const ids = useId();
  const dirty = isDirty(draft, draftOf(base));

  const set = <K extends DraftField>(key: K, value: PartnershipDraft[K]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    if (errors[key]) setErrors(({ [key]: _gone, ...rest }) => rest);
  };
  const focusFirstError = () => requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  const requestClose = () => (dirty && !save.isPending ? setConfirmingDiscard(true) : onClose());

  /** `against` is the record to save over; `from` the one the typing started from (what changed). */
  const send = (against: AcademicPartner, from: AcademicPartner = against) => {
    setBanner(null);
    const found = validateDraft(draft, against.since, {
      renewalRequired: t('academic.error.renewalRequired'),
      renewalInvalid: t('academic.error.renewalInvalid'),
      renewalBeforeSince: t('academic.error.renewalBeforeSince', { since: String(against.since) }),
      fieldRequired: t('academic.error.fieldRequired'),
      fieldTooLong: (count) => t('academic.error.fieldTooLong', { count }),
    });
    setErrors(found);
    if (Object.keys(found).length) return focusFirstError();
    const patch = patchOf(draft, draftOf(from), against.version);
    if (Object.keys(patch).length === 1) {
      setBanner({ kind: 'error', message: t('academic.edit.noChange') });
      return;
    }
    save.mutate(
      { partner: against, patch },
      {
        onSuccess: (saved) => {
          notify.success(t('academic.edit.saved', { school: saved.school }));
          onClose();
        },
        onError: (error) => {
          // Whatever the refusal, the form keeps what was typed.
          if (error instanceof ApiError && error.status === 409) {
            setBanner({ kind: 'conflict', fresh: null });
            void client
              .fetchQuery({ ...academicQueries.list({}), staleTime: 0 })
              .then((list) => setBanner({ kind: 'conflict', fresh: list.items.find((p) => p.id === partner.id) ?? null }))
              .catch(() => undefined);
            return;
          }
          if (error instanceof ApiError && error.fieldErrors.length) {
            const { byField, other } = serverErrors(error.fieldErrors);
            setErrors(byField);
            focusFirstError();
            if (other.length) setBanner({ kind: 'error', message: other.join(' ') });
            return;
          }
          setBanner({ kind: 'error', message: t('academic.edit.failed', { reason: describeError(t, error) }) });
        },
      },
    );
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    send(base);
  };

  const field = (name: DraftField, labelText: string, control: (p: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string }) => ReactNode) => {
    const id = `${ids}-${name}`;
    const error = errors[name];
    return (
      <div className={formStyles.field}>
        <label htmlFor={id}>{labelText}</label>
        {control({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? `${id}-error` : undefined })}
        {error && (
          <p id={`${id}-error`} className={formStyles.error}>
            {error}
          </p>
        )}
      </div>
    );
  };

  return (
    <Dialog.Content
      className={formStyles.content}
      onEscapeKeyDown={(e) => {
        e.preventDefault();
        requestClose();
      }}
      onPointerDownOutside={(e) => e.preventDefault()}
      onInteractOutside={(e) => e.preventDefault()}
    >
      <UnsavedChangesGuard when={dirty} />
      <Dialog.Title className={formStyles.title}>{t('academic.edit.title')}</Dialog.Title>
      <Dialog.Description className={formStyles.description}>
        {t('academic.edit.description', { school: base.school, country: base.country, since: String(base.since) })}
      </Dialog.Description>
      {banner?.kind === 'error' && (
        <p role="alert" className={formStyles.banner}>
          {banner.message}
        </p>
      )}
      {banner?.kind === 'conflict' && (
        <div role="alert" className={formStyles.banner}>
          <p>{t('academic.edit.conflict')}</p>
          {banner.fresh && (
            <div className={formStyles.bannerActions}>
              <button
                type="button"
                className="btn"
                onClick={() => {
                  setBase(banner.fresh!);
                  setDraft(draftOf(banner.fresh!));
                  setErrors({});
                  setBanner(null);
                }}
              >
                {t('academic.edit.reload')}
              </button>
              <button
                type="button"
                className="btn"
                onClick={() => {
                  // Only the fields typed here go over their version; the rest of theirs stays.
                  send(banner.fresh!, base);
                  setBase(banner.fresh!);
                }}
              >
                {t('academic.edit.overwrite')}
              </button>
            </div>
          )}
        </div>
      )}
      <form ref={form} onSubmit={submit} noValidate className={styles.form}>
        {field('renewalDate', t('academic.edit.renewalDate'), (p) => (
          <input {...p} className={formStyles.input} type="date" value={draft.renewalDate} onChange={(e) => set('renewalDate', e.target.value)} required />
        ))}
        {field('field', t('academic.edit.field'), (p) => (
          <input {...p} className={formStyles.input} type="text" value={draft.field} onChange={(e) => set('field', e.target.value)} required />
        ))}
        <label className={filterBar.check}>
          <input type="checkbox" checked={draft.doubleDegree} onChange={(e) => set('doubleDegree', e.target.checked)} />
          {t('academic.edit.doubleDegree')}
        </label>
        <label className={filterBar.check}>
          <input type="checkbox" checked={draft.active} onChange={(e) => set('active', e.target.checked)} />
          {t('academic.edit.active')}
        </label>
        <div className={styles.actions}>
          <button type="button" className="btn" onClick={requestClose}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="btn btn-primary" disabled={save.isPending} aria-busy={save.isPending || undefined}>
            {save.isPending ? t('academic.edit.saving') : t('common.save')}
          </button>
        </div>
      </form>
      {confirmingDiscard && (
        <div className={formStyles.confirm} role="alertdialog" aria-labelledby={`${ids}-discard`}>
          <p id={`${ids}-discard`}>{t('academic.edit.discardTitle')}</p>
          <div className={formStyles.bannerActions}>
            <button type="button" className="btn btn-danger" onClick={onClose}>
              {t('academic.edit.discard')}
            </button>
            <button type="button" className="btn" onClick={() => setConfirmingDiscard(false)} autoFocus>
              {t('academic.edit.keep')}
            </button>
          </div>
        </div>
      )}
    </Dialog.Content>
  );
}
