import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { ContactRow } from '@/contract/api';
import { EmptyState } from '@/components/feedback/empty-state';
import { ErrorState } from '@/components/feedback/error-state';
import { Skeleton } from '@/components/feedback/skeleton';
import { describeError } from '@/components/feedback/describe-error';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useI18n } from '@/lib/i18n';
import { notify } from '@/lib/notify';
import { useCan } from '@/lib/session';
import { contactQueries, useDeleteContact } from '../api';
import { useToggleTutor } from '../api-detail';
import { ContactsForm } from './contacts-form';
import styles from './contacts-tab.module.css';
import '../messages-detail';

const fullName = (c: ContactRow) => `${c.firstName} ${c.lastName}`.trim();

/** The people to reach in the company: add, edit, remove, and who tutors apprentices. */
export function ContactsTab({ partnerId }: { partnerId: string }) {
  const { t } = useI18n();
  const query = useQuery(contactQueries.byPartner(partnerId));
  const [editing, setEditing] = useState<string | null>(null); // 'new' or a contact id
  const [removing, setRemoving] = useState<ContactRow | null>(null);
  const remove = useDeleteContact(partnerId);
  const toggleTutor = useToggleTutor(partnerId);
  // Read-only roles see the people, and the tutor mark as text.
  const canEdit = useCan('crm');

  const onToggleTutor = (contact: ContactRow) =>
    toggleTutor.mutate(
      { contact },
      {
        onSuccess: () => notify.success(t(contact.isTutor ? 'contacts.tutorOff' : 'contacts.tutorOn', { name: fullName(contact) })),
        onError: (error) => notify.error(t('contacts.tutorFailed', { message: describeError(t, error) })),
      },
    );
  const confirmRemove = () => {
    if (!removing) return;
    const contact = removing;
    remove.mutate(contact.id, {
      onSuccess: () => {
        setRemoving(null);
        notify.success(t('contacts.deleted', { name: fullName(contact) }));
      },
      onError: (error) => {
        setRemoving(null);
        notify.error(t('contacts.deleteFailed', { message: describeError(t, error) }));
      },
    });
  };

  return (
    <section aria-labelledby="contacts-title" aria-busy={query.isPending} className={styles.tab}>
      <header className={styles.head}>
        <h2 id="contacts-title" className={styles.title}>
          {t('contacts.title')}
          {query.data && <span className={styles.count}> ({query.data.length})</span>}
        </h2>
        {canEdit && editing !== 'new' && (
          <button type="button" className="btn btn-primary" onClick={() => setEditing('new')}>
            {t('contacts.add')}
          </button>
        )}
      </header>
      {editing === 'new' && <ContactsForm partnerId={partnerId} onDone={() => setEditing(null)} />}
      {query.isPending ? (
        <ul className={styles.list} aria-hidden="true">
          {[0, 1, 2].map((i) => (
            <li key={i} className={styles.card}>
              <Skeleton width="50%" height="1.1rem" />
              <Skeleton width="35%" height="0.9rem" />
              <Skeleton width="60%" height="0.9rem" />
            </li>
          ))}
        </ul>
      ) : !query.data ? (
        <ErrorState error={query.error} onRetry={() => void query.refetch()} />
      ) : query.data.length === 0 ? (
        editing !== 'new' && <EmptyState title={t('contacts.empty')} body={t('contacts.emptyBody')} />
      ) : (
        <ul className={styles.list}>
          {query.data.map((c) =>
            editing === c.id ? (
              <li key={c.id} className={styles.editing}>
                <ContactsForm partnerId={partnerId} contact={c} onDone={() => setEditing(null)} />
              </li>
            ) : (
              <li key={c.id} className={styles.card}>
                <div className={styles.who}>
                  <h3 className={styles.name}>{fullName(c)}</h3>
                  {c.isTutor && <span className={styles.tutor}>{t('contacts.tutor')}</span>}
                </div>
                {c.role && <p className={styles.role}>{c.role}</p>}
                <p className={styles.reach}>
                  {c.email && <a href={`mailto:${c.email}`}>{c.email}</a>}
                  {c.phone && <a href={`tel:${c.phone.replace(/\s/g, '')}`}>{c.phone}</a>}
                </p>
                {canEdit && (
                  <div className={styles.actions}>
                    <button type="button" className="btn" aria-label={t('contacts.editOne', { name: fullName(c) })} onClick={() => setEditing(c.id)}>
                      {t('common.edit')}
                    </button>
                    <button
                      type="button"
                      className="btn"
                      aria-pressed={c.isTutor}
                      aria-label={t('contacts.tutorOne', { name: fullName(c) })}
                      onClick={() => onToggleTutor(c)}
                    >
                      <span aria-hidden="true">{c.isTutor ? '☑' : '☐'}</span>
                      {t('contacts.tutor')}
                    </button>
                    <button type="button" className="btn" aria-label={t('contacts.deleteOne', { name: fullName(c) })} onClick={() => setRemoving(c)}>
                      {t('common.delete')}
                    </button>
                  </div>
                )}
              </li>
            ),
          )}
        </ul>
      )}
      <ConfirmDialog
        open={removing !== null}
        title={t('contacts.confirmTitle')}
        confirmLabel={t('common.delete')}
        danger
        busy={remove.isPending}
        onConfirm={confirmRemove}
        onClose={() => setRemoving(null)}
      >
        <p>{removing && t('contacts.confirmBody', { name: fullName(removing) })}</p>
      </ConfirmDialog>
    </section>
  );
}
