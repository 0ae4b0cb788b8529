import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent } from 'react';
import type { TaskRow } from '@/contract/api';
import { TaskInput } from '@/contract/entities';
import { validate } from '@/contract/messages-fr';
import { describeError } from '@/components/feedback/describe-error';
import { UnsavedChangesGuard } from '@/components/ui/unsaved-changes-guard';
import { ApiError } from '@/lib/api-client';
import { useCurrentUser } from '@/lib/current-user';
import { useI18n } from '@/lib/i18n';
import { notify } from '@/lib/notify';
import { assignableUsers } from '@/lib/users';
import { useCreateTask } from '../api';
import { addDays, todayIso } from '../lib/dates';
import { CompanyPicker } from '@/components/ui/company-picker';
import type { PickedCompany } from '@/components/ui/company-picker';
import '../messages';
import formStyles from '@/components/ui/form-dialog.module.css';
import styles from './tasks.module.css';

type Field = 'title' | 'due' | 'partner' | 'owner';
type Errors = Partial<Record<Field, string>>;
const FIELD_OF: Record<string, Field> = { title: 'title', due: 'due', partnerId: 'partner', ownerId: 'owner' };
const ORDER: Field[] = ['title', 'due', 'partner', 'owner'];

export interface TaskFormProps {
  heading: string;
  /** A company's tab plans for that company: it is shown, not chosen. */
  fixedPartner?: PickedCompany;
  onSaved: (task: TaskRow) => void;
  onCancel: () => void;
}

/**
 * Plans a follow-up. Checked here first (French messages next to each field), then by the server,
 * whose field errors land next to their field; nothing typed is lost when it refuses.
 */
export function TaskForm({ heading, fixedPartner, onSaved, onCancel }: TaskFormProps) {
  const { t, date } = useI18n();
  const { user, users } = useCurrentUser();
  const create = useCreateTask();
  const uid = useId();
  const ids = { heading: `${uid}-h`, title: `${uid}-title`, due: `${uid}-due`, partner: `${uid}-partner`, owner: `${uid}-owner` };
  const [title, setTitle] = useState('');
  const [due, setDue] = useState(() => addDays(todayIso(), 7));
  const [partner, setPartner] = useState<PickedCompany | null>(fixedPartner ?? null);
  const [partnerText, setPartnerText] = useState('');
  // Empty until chosen: "me" by default, even when the people list arrives after the form opened.
  const [ownerChoice, setOwnerId] = useState('');
  const ownerId = ownerChoice || user?.id || '';
  const [errors, setErrors] = useState<Errors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const titleRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    titleRef.current?.focus();
  }, []);

  const change = <T,>(set: (v: T) => void) => (v: T) => {
    set(v);
    setDirty(true);
  };

  const showErrors = (next: Errors) => {
    setErrors(next);
    const first = ORDER.find((f) => next[f]);
    if (first) formRef.current?.querySelector<HTMLElement>(`#${CSS.escape(ids[first])}`)?.focus();
  };

  const check = (): Errors => {
    const found: Errors = {};
    if (!title.trim()) found.title = t('tasks.form.error.title');
    if (!due) found.due = t('tasks.form.error.due');
    else if (due < todayIso()) found.due = t('tasks.form.error.duePast');
    if (!ownerId) found.owner = t('tasks.form.error.owner');
    if (!partner && partnerText.trim()) found.partner = t('tasks.form.error.partner');
    const parsed = validate(TaskInput, { title: title.trim(), due, ownerId, partnerId: partner?.id ?? null });
    if (!parsed.ok) for (const e of parsed.errors) {
      const field = FIELD_OF[e.field];
      if (field && !found[field]) found[field] = e.message;
    }
    return found;
  };

  const onSubmit = (e: FormEvent) => {
    e.preventDefault();
    setFormError(null);
    const found = check();
    if (Object.keys(found).length > 0) return showErrors(found);
    setErrors({});
    create.mutate(
      { title: title.trim(), due, ownerId, partnerId: partner?.id ?? null },
      {
        onSuccess: (task) => {
          setDirty(false);
          notify.success(t('tasks.form.created', { title: task.title, date: date(task.due) }));
          onSaved(task);
        },
        onError: (error) => {
          const server: Errors = {};
          if (error instanceof ApiError) for (const fe of error.fieldErrors) {
            const field = FIELD_OF[fe.field];
            if (field) server[field] ??= fe.message;
          }
          setFormError(Object.keys(server).length > 0 ? t('tasks.form.fixErrors') : t('tasks.form.failed', { reason: describeError(t, error) }));
          showErrors(server);
        },
      },
    );
  };

  const described = (field: Field, extra?: string) => [errors[field] ? `${ids[field]}-error` : '', extra ?? ''].filter(Boolean).join(' ') || undefined;
  const fieldError = (field: Field) =>
    errors[field] ? (
      <p id={`${ids[field]}-error`} className={`${formStyles.error} ${styles.fieldError}`}>
        {errors[field]}
      </p>
    ) : null;

  return (
    <form ref={formRef} className={`card ${styles.form}`} aria-labelledby={ids.heading} noValidate onSubmit={onSubmit}>
      <UnsavedChangesGuard when={dirty} />
      <h2 id={ids.heading} className={styles.formHeading}>
        {heading}
      </h2>
      {formError && (
        <p role="alert" className={styles.formError}>
          {formError}
        </p>
      )}
      <div className={styles.fields}>
        <div className={`${styles.field} ${styles.fieldWide}`}>
          <label htmlFor={ids.title}>{t('tasks.form.field.title')}</label>
          <input
            ref={titleRef}
            id={ids.title}
            className={styles.input}
            type="text"
            maxLength={250}
            value={title}
            onChange={(e) => change(setTitle)(e.target.value)}
            aria-invalid={errors.title ? true : undefined}
            aria-describedby={described('title')}
          />
          {fieldError('title')}
        </div>
        <div className={styles.field}>
          <label htmlFor={ids.due}>{t('tasks.form.field.due')}</label>
          <input
            id={ids.due}
            className={styles.input}
            type="date"
            value={due}
            onChange={(e) => change(setDue)(e.target.value)}
            aria-invalid={errors.due ? true : undefined}
            aria-describedby={described('due')}
          />
          {fieldError('due')}
        </div>
        <div className={styles.field}>
          <label htmlFor={ids.owner}>{t('tasks.form.field.owner')}</label>
          <select
            id={ids.owner}
            className={styles.input}
            value={ownerId}
            onChange={(e) => change(setOwnerId)(e.target.value)}
            aria-invalid={errors.owner ? true : undefined}
            aria-describedby={described('owner')}
          >
            {!ownerId && <option value="">—</option>}
            {assignableUsers(users, ownerId).map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
          {fieldError('owner')}
        </div>
        <div className={`${styles.field} ${styles.fieldWide}`}>
          <CompanyPicker
            id={ids.partner}
            label={fixedPartner ? t('tasks.company') : t('tasks.form.field.partner')}
            listLabel={t('tasks.company')}
            fixed={fixedPartner}
            value={partner}
            onChange={(p) => setPartner(p)}
            onTextChange={change(setPartnerText)}
            invalid={Boolean(errors.partner)}
            describedBy={described('partner')}
            hint={t('tasks.form.partner.hint')}
            inputClassName={styles.input}
            noneText={t('tasks.form.partner.none')}
            clearable
          />
          {fieldError('partner')}
        </div>
      </div>
      <div className={styles.actions}>
        <button type="submit" className="btn btn-primary" disabled={create.isPending}>
          {create.isPending ? t('tasks.form.saving') : t('tasks.form.submit')}
        </button>
        <button type="button" className="btn" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
