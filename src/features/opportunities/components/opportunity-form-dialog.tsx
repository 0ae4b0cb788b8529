import * as Dialog from '@radix-ui/react-dialog';
import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { OpportunityRow } from '@/contract/api';
import { OPPORTUNITY_KINDS, OPPORTUNITY_STAGES } from '@/contract/reference';
import { addMonths, toIsoDate } from '@/domain/dates';
import { ApiError } from '@/lib/api-client';
import { useCurrentUser } from '@/lib/current-user';
import { useI18n } from '@/lib/i18n';
import { notify } from '@/lib/notify';
import { assignableUsers, userQueries } from '@/lib/users';
import { label } from '@/locales/labels';
import { describeError } from '@/components/feedback/describe-error';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import { useCreateOpportunity } from '../api';
import { draftToInput, emptyDraft, errorsByField, isDraftDirty } from '../lib/form';
import type { DraftErrors, DraftField, OpportunityDraft } from '../lib/form';
import { isClosedStage } from '../lib/pipeline';
import { CompanyPicker } from '@/components/ui/company-picker';
import type { PickedCompany } from '@/components/ui/company-picker';
import '../messages';
import styles from '@/components/ui/form-dialog.module.css';

/** "Nouvelle opportunité": a modal form; `partner` pre-fills (and fixes) the company. */
export function OpportunityFormDialog({
  open,
  onClose,
  partner,
  onCreated,
}: {
  open: boolean;
  onClose: () => void;
  partner?: PickedCompany;
  onCreated?: (row: OpportunityRow) => void;
}) {
  return (
    <Dialog.Root open={open}>
      <Dialog.Portal>
        <Dialog.Overlay className={styles.overlay} />
        {open && <FormContent onClose={onClose} partner={partner} onCreated={onCreated} />}
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function FormContent({ onClose, partner, onCreated }: { onClose: () => void; partner?: PickedCompany; onCreated?: (row: OpportunityRow) => void }) {
  const { t } = useI18n();
  const { user } = useCurrentUser();
  const users = useQuery(userQueries.list());
  const create = useCreateOpportunity();
  const [initial] = useState(() => emptyDraft({ partner: partner ?? null, ownerId: user?.id ?? '', expectedClose: addMonths(toIsoDate(new Date()), 3) }));
  const [draft, setDraft] = useState<OpportunityDraft>(initial);
  const [errors, setErrors] = useState<DraftErrors>({});
  const [serverError, setServerError] = useState<string | null>(null);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const form = useRef<HTMLFormElement>(null);
  const ids = useId();
  const dirty = isDraftDirty(draft, initial);

  const set = <K extends keyof OpportunityDraft>(key: K, value: OpportunityDraft[K], field: DraftField = key as DraftField) => {
    setDraft((d) => ({ ...d, [key]: value }));
    if (errors[field]) setErrors(({ [field]: _gone, ...rest }) => rest);
  };
  const requestClose = () => (dirty && !create.isPending ? setConfirmingDiscard(true) : onClose());
  const focusFirstError = () =>
    requestAnimationFrame(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setServerError(null);
    const result = draftToInput(draft, {
      partnerRequired: t('opportunities.form.partnerRequired'),
      kindRequired: t('opportunities.form.kindRequired'),
      amountInvalid: t('opportunities.form.amountInvalid'),
      reasonRequired: t(draft.stage === 'won' ? 'opportunities.reason.requiredWon' : 'opportunities.reason.requiredLost'),
    });
    if (!result.ok) {
      setErrors(result.errors);
      focusFirstError();
      return;
    }
    create.mutate(result.input, {
      onSuccess: (row) => {
        notify.success(t('opportunities.form.created', { title: row.title }));
        onCreated?.(row);
        onClose();
      },
      onError: (error) => {
        // The form keeps everything typed; the server's reasons go next to their fields.
        if (error instanceof ApiError && error.fieldErrors.length) {
          setErrors(errorsByField(error.fieldErrors));
          focusFirstError();
        }
        setServerError(t('opportunities.form.failed', { reason: describeError(t, error) }));
      },
    });
  };

  const field = (name: DraftField, labelText: string, control: (props: { id: string; 'aria-invalid'?: true; 'aria-describedby'?: string; className: string | undefined }) => ReactNode, full = false) => {
    const id = `${ids}-${name}`;
    const error = errors[name];
    return (
      <div className={`${styles.field} ${full ? styles.full : ''}`}>
        <label htmlFor={id}>{labelText}</label>
        {control({ id, 'aria-invalid': error ? true : undefined, 'aria-describedby': error ? `${id}-error` : undefined, className: styles.input })}
        {error && (
          <p id={`${id}-error`} className={styles.error}>
            {error}
          </p>
        )}
      </div>
    );
  };

  return (
    <Dialog.Content
      className={`${styles.content} ${styles.wide}`}
      onEscapeKeyDown={(e) => {
        e.preventDefault();
        requestClose();
      }}
      onPointerDownOutside={(e) => e.preventDefault()}
      onInteractOutside={(e) => e.preventDefault()}
    >
      <UnsavedChangesGuard when={dirty} />
      <Dialog.Title className={styles.title}>{t('opportunities.form.title')}</Dialog.Title>
      <Dialog.Description className={styles.description}>{t('opportunities.form.description')}</Dialog.Description>
      {serverError && (
        <p role="alert" className={styles.banner}>
          {serverError}
        </p>
      )}
      <form ref={form} onSubmit={submit} noValidate>
        <div className={styles.grid}>
          <div className={styles.full}>
            <CompanyPicker
              label={t('opportunities.form.partner')}
              fixed={partner}
              placeholder={t('opportunities.form.partnerPlaceholder')}
              value={draft.partner}
              onChange={(p) => set('partner', p, 'partnerId')}
              error={errors.partnerId}
              inputClassName={styles.input}
              autoFocus
            />
          </div>
          {field(
            'title',
            t('opportunities.form.opportunityTitle'),
            (p) => <input {...p} type="text" maxLength={200} value={draft.title} onChange={(e) => set('title', e.target.value)} autoFocus={!!partner} />,
            true,
          )}
          {field('kind', t('opportunities.form.kind'), (p) => (
            <select {...p} value={draft.kind} onChange={(e) => set('kind', e.target.value as OpportunityDraft['kind'])}>
              <option value="">—</option>
              {OPPORTUNITY_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(label.opportunityKind(k))}
                </option>
              ))}
            </select>
          ))}
          {field('amount', t('opportunities.form.amount'), (p) => (
            <input {...p} type="text" inputMode="decimal" value={draft.amount} onChange={(e) => set('amount', e.target.value)} placeholder="45 000" />
          ))}
          {field('stage', t('opportunities.form.stage'), (p) => (
            <select {...p} value={draft.stage} onChange={(e) => set('stage', e.target.value as OpportunityDraft['stage'])}>
              {OPPORTUNITY_STAGES.map((s) => (
                <option key={s} value={s}>
                  {t(label.opportunityStage(s))}
                </option>
              ))}
            </select>
          ))}
          {field('ownerId', t('opportunities.form.owner'), (p) => (
            <select {...p} value={draft.ownerId} onChange={(e) => set('ownerId', e.target.value)}>
              <option value="">—</option>
              {assignableUsers(users.data ?? [], draft.ownerId).map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          ))}
          {field('expectedClose', t('opportunities.form.expectedClose'), (p) => (
            <input {...p} type="date" value={draft.expectedClose} onChange={(e) => set('expectedClose', e.target.value)} />
          ))}
          {isClosedStage(draft.stage) &&
            field(
              'closeReason',
              t('opportunities.form.closeReason'),
              (p) => <textarea {...p} rows={2} maxLength={500} value={draft.closeReason} onChange={(e) => set('closeReason', e.target.value)} />,
              true,
            )}
        </div>
        {confirmingDiscard ? (
          <div className={styles.confirm} role="alertdialog" aria-labelledby={`${ids}-discard`}>
            <p id={`${ids}-discard`}>
              <strong>{t('opportunities.form.discardTitle')}</strong> {t('opportunities.form.discardBody')}
            </p>
            <div className={styles.actions}>
              <button type="button" className="btn" onClick={() => setConfirmingDiscard(false)} autoFocus>
                {t('opportunities.form.keep')}
              </button>
              <button type="button" className="btn btn-danger" onClick={onClose}>
                {t('opportunities.form.discard')}
              </button>
            </div>
          </div>
        ) : (
          <div className={styles.actions}>
            <button type="button" className="btn" onClick={requestClose}>
              {t('common.cancel')}
            </button>
            <button type="submit" className="btn btn-primary" disabled={create.isPending}>
              {create.isPending ? t('opportunities.form.saving') : t('opportunities.form.create')}
            </button>
          </div>
        )}
      </form>
    </Dialog.Content>
  );
}
