import { useId, useRef, useState } from 'react';
import type { BookingRow } from '@/contract/api';
import { describeError } from '@/components/feedback/describe-error';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import { ApiError } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import { notify } from '@/lib/notify';
import { BookingConflictError, useCreateBooking } from '../api';
import type { BookingConflict } from '../api';
import { bookingInput, EMPTY_BOOKING, hasErrors, validateBooking } from '../lib/booking-form';
import type { BookingDraft } from '../lib/booking-form';
import { formatSlot, isoToInput } from '../lib/paris-time';
import { CompanyPicker } from '@/components/ui/company-picker';
import { ConflictNotice } from './conflict-notice';
import { DateTimeField, TextAreaField } from './form-fields';
import styles from './form.module.css';

type Field = 'partner' | 'start' | 'end' | 'purpose';
const SERVER_FIELDS: Record<string, Field> = { partnerId: 'partner', start: 'start', end: 'end', purpose: 'purpose' };

/**
 * A booking request for a company. A refused slot is explained (whose booking, or which
 * maintenance) with the next free slot of the same length, one click away; what was typed stays.
 */
export function BookingForm({ equipmentId, onCreated }: { equipmentId: string; onCreated: (row: BookingRow) => void }) {
  const { t, locale } = useI18n();
  const ids = { partner: useId(), start: useId(), end: useId(), purpose: useId() };
  const partnerRef = useRef<HTMLInputElement>(null);
  const startRef = useRef<HTMLInputElement>(null);
  const endRef = useRef<HTMLInputElement>(null);
  const purposeRef = useRef<HTMLTextAreaElement>(null);
  const submitRef = useRef<HTMLButtonElement>(null);
  const [draft, setDraft] = useState<BookingDraft>(EMPTY_BOOKING);
  const [showErrors, setShowErrors] = useState(false);
  const [serverErrors, setServerErrors] = useState<Partial<Record<Field, string>>>({});
  const [conflict, setConflict] = useState<BookingConflict | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [announce, setAnnounce] = useState('');
  const create = useCreateBooking(equipmentId);

  const errors = validateBooking(draft);
  const message = (f: Field): string | undefined => {
    const e = showErrors ? errors[f] : undefined;
    return e ? t(e.key, e.vars) : serverErrors[f];
  };
  const set = (patch: Partial<BookingDraft>) => {
    setDraft((d) => ({ ...d, ...patch }));
    setServerErrors((s) => {
      const next = { ...s };
      for (const k of Object.keys(patch)) delete next[k as Field];
      return next;
    });
    if ('start' in patch || 'end' in patch) setConflict(null);
    setAnnounce('');
  };
  const dirty = draft.partner !== null || draft.start !== '' || draft.end !== '' || draft.purpose.trim() !== '';

  const submit = () => {
    setShowErrors(true);
    setFormError(null);
    if (hasErrors(errors)) {
      const first = (['partner', 'start', 'end', 'purpose'] as const).find((f) => errors[f]);
      const target = { partner: partnerRef, start: startRef, end: endRef, purpose: purposeRef }[first ?? 'partner'];
      target.current?.focus();
      return;
    }
    setConflict(null);
    setServerErrors({});
    create.mutate(bookingInput(equipmentId, draft), {
      onSuccess: (row) => {
        notify.success(t('equipment.form.created', { company: row.partnerName, slot: formatSlot(locale, row.start, row.end) }));
        setDraft(EMPTY_BOOKING);
        setShowErrors(false);
        setAnnounce('');
        onCreated(row);
      },
      onError: (e) => {
        if (e instanceof BookingConflictError) {
          setConflict(e.conflict);
          return;
        }
        if (e instanceof ApiError && e.fieldErrors.length) {
          const mapped: Partial<Record<Field, string>> = {};
          const other: string[] = [];
          for (const fe of e.fieldErrors) {
            const f = SERVER_FIELDS[fe.field];
            if (f) mapped[f] = fe.message;
            else other.push(fe.message);
          }
          setServerErrors(mapped);
          setFormError(other.length ? other.join(' ') : t('equipment.form.fixErrors'));
          return;
        }
        setFormError(t('equipment.form.failed', { message: describeError(t, e) }));
      },
    });
  };

  const applySuggestion = (slot: { start: string; end: string }) => {
    setDraft((d) => ({ ...d, start: isoToInput(slot.start), end: isoToInput(slot.end) }));
    setConflict(null);
    setAnnounce(t('equipment.conflict.applied', { slot: formatSlot(locale, slot.start, slot.end) }));
    submitRef.current?.focus();
  };

  return (
    <form
      className={styles.form}
      noValidate
      aria-labelledby="equipment-booking-title"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <h2 id="equipment-booking-title" className={styles.title}>
        {t('equipment.form.title')}
      </h2>
      <UnsavedChangesGuard when={dirty} />
      <CompanyPicker
        ref={partnerRef}
        value={draft.partner}
        onChange={(partner) => set({ partner })}
        label={t('equipment.form.company')}
        placeholder={t('equipment.form.companyPlaceholder')}
        hint={draft.partner ? t('equipment.form.companyChosen', { name: draft.partner.name }) : t('equipment.form.companyHint')}
        inputClassName={styles.input}
        error={message('partner')}
        errorId={`${ids.partner}-error`}
      />
      <div className={styles.row}>
        <DateTimeField ref={startRef} id={ids.start} label={t('equipment.form.start')} value={draft.start} onChange={(start) => set({ start })} error={message('start')} />
        <DateTimeField ref={endRef} id={ids.end} label={t('equipment.form.end')} value={draft.end} onChange={(end) => set({ end })} error={message('end')} />
      </div>
      <TextAreaField ref={purposeRef} id={ids.purpose} label={t('equipment.form.purpose')} value={draft.purpose} onChange={(purpose) => set({ purpose })} error={message('purpose')} />
      {conflict && <ConflictNotice conflict={conflict} onUse={applySuggestion} />}
      {formError && (
        <p role="alert" className={styles.formError}>
          {formError}
        </p>
      )}
      <p role="status" className={styles.announce}>
        {announce}
      </p>
      <div className={styles.actions}>
        <button ref={submitRef} type="submit" className="btn btn-primary" disabled={create.isPending}>
          {create.isPending ? t('equipment.form.submitting') : t('equipment.form.submit')}
        </button>
      </div>
    </form>
  );
}
