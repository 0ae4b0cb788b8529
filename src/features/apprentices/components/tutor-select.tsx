import { useQuery } from '@tanstack/react-query';
import { useI18n } from '@/lib/i18n';
import { lookups } from '../api';
import formStyles from '@/components/ui/form-dialog.module.css';
import styles from './form.module.css';

/**
 * The tutor, among the host company's contacts: its designated tutors first, its other contacts
 * after (a tutor can be named on signing). The API refuses anyone from another company.
 */
export function TutorSelect({
  id,
  partnerId,
  value,
  onChange,
  error,
}: {
  id: string;
  partnerId: string | null;
  value: string;
  onChange: (id: string) => void;
  error?: string;
}) {
  const { t } = useI18n();
  const contacts = useQuery({ ...lookups.contactsOf(partnerId ?? ''), enabled: partnerId !== null });
  const items = contacts.data ?? [];
  const tutors = items.filter((c) => c.isTutor);
  const others = items.filter((c) => !c.isTutor);
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const hint =
    partnerId === null
      ? t('apprentices.form.tutorNeedsHost')
      : contacts.isPending
        ? t('apprentices.form.tutorLoading')
        : contacts.isError
          ? t('apprentices.form.tutorFailed')
          : items.length === 0
            ? t('apprentices.form.tutorNoContacts')
            : t('apprentices.form.tutorHint');
  const name = (c: (typeof items)[number]) => `${c.firstName} ${c.lastName}${c.role ? ` — ${c.role}` : ''}`;
  // A tutor kept from before (an edit) who is no longer listed still shows, rather than vanish.
  const unknown = value !== '' && contacts.isSuccess && !items.some((c) => c.id === value);

  return (
    <div className={formStyles.field}>
      <label htmlFor={id}>{t('apprentices.form.tutor')}</label>
      <select
        id={id}
        className={`${formStyles.input} ${styles.tutorSelect}`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        disabled={partnerId === null || contacts.isPending}
        aria-invalid={error ? true : undefined}
        aria-describedby={[error ? errorId : null, hintId].filter(Boolean).join(' ')}
      >
        <option value="">{t('apprentices.form.tutorNone')}</option>
        {unknown && <option value={value}>{value}</option>}
        {tutors.length > 0 && (
          <optgroup label={t('apprentices.form.tutorsGroup')}>
            {tutors.map((c) => (
              <option key={c.id} value={c.id}>
                {name(c)}
              </option>
            ))}
          </optgroup>
        )}
        {others.length > 0 && (
          <optgroup label={t('apprentices.form.othersGroup')}>
            {others.map((c) => (
              <option key={c.id} value={c.id}>
                {name(c)}
              </option>
            ))}
          </optgroup>
        )}
      </select>
      {error && (
        <p id={errorId} className={formStyles.error}>
          {error}
        </p>
      )}
      <p id={hintId} className={formStyles.hint}>
        {hint}
        {contacts.isError && (
          <>
            {' '}
            <button type="button" className={`btn ${styles.inlineBtn}`} onClick={() => void contacts.refetch()}>
              {t('common.retry')}
            </button>
          </>
        )}
      </p>
    </div>
  );
}
