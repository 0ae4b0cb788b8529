import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { ROLES } from '@/contract/reference';
import type { Role } from '@/contract/reference';
import { describeError } from '@/components/feedback/describe-error';
import { ErrorState } from '@/components/feedback/error-state';
import { Skeleton } from '@/components/feedback/skeleton';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { useCurrentUser } from '@/lib/current-user';
import { useI18n } from '@/lib/i18n';
import { notify } from '@/lib/notify';
import { label } from '@/locales/labels';
import { accountQueries, useUpdateAccount } from '../api';
import type { AccountPatchInput, AccountRow } from '../api';
import { AccountForm } from './account-form';
import '../messages';
import styles from '../settings.module.css';

const isActive = (a: AccountRow) => a.active !== false;

/**
 * Settings → Comptes (administrators, server mode): who may sign in, with which role; create an
 * account, change a role, deactivate or reactivate. One's own account is shown, not changed here
 * (the server refuses to let an administrator remove their own rights).
 */
export function AccountsSection() {
  const { t } = useI18n();
  const { user: me } = useCurrentUser();
  const accounts = useQuery(accountQueries.list());
  const update = useUpdateAccount();
  const [creating, setCreating] = useState(false);
  const [deactivating, setDeactivating] = useState<AccountRow | null>(null);
  const newButton = useRef<HTMLButtonElement>(null);

  const change = (account: AccountRow, patch: AccountPatchInput, done: string) =>
    update.mutate(
      { id: account.id, patch },
      {
        onSuccess: () => notify.success(done),
        onError: (error) => notify.error(t('accounts.updateFailed', { message: describeError(t, error) })),
        onSettled: () => setDeactivating(null),
      },
    );
  const closeForm = () => {
    setCreating(false);
    requestAnimationFrame(() => newButton.current?.focus());
  };

  let body;
  if (accounts.isPending) body = <Skeleton height="12rem" />;
  else if (accounts.isError && !accounts.data) body = <ErrorState error={accounts.error} title={t('accounts.loadError')} onRetry={() => void accounts.refetch()} />;
  else
    body = (
      <div className={styles.tableScroller}>
        <table className={styles.table}>
          <caption className="visually-hidden">{t('accounts.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('accounts.col.name')}</th>
              <th scope="col">{t('accounts.col.email')}</th>
              <th scope="col">{t('accounts.col.role')}</th>
              <th scope="col">{t('accounts.col.state')}</th>
              <th scope="col">{t('accounts.col.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {accounts.data.map((a) => {
              const mine = a.id === me?.id;
              return (
                <tr key={a.id} className={isActive(a) ? undefined : styles.inactive}>
                  <th scope="row">
                    {a.name} {mine && <span className={styles.muted}>{t('accounts.you')}</span>}
                  </th>
                  <td className={styles.email}>{a.email}</td>
                  <td>
                    <select
                      className={styles.select}
                      aria-label={t('accounts.roleOf', { name: a.name })}
                      value={a.role}
                      disabled={mine}
                      onChange={(e) => {
                        const role = e.target.value as Role;
                        change(a, { role }, t('accounts.roleChanged', { name: a.name, role: t(label.role(role)) }));
                      }}
                    >
                      {ROLES.map((role) => (
                        <option key={role} value={role}>
                          {t(label.role(role))}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td>{t(isActive(a) ? 'accounts.active' : 'accounts.inactive')}</td>
                  <td>
                    {mine ? null : isActive(a) ? (
                      <button type="button" className="btn" aria-label={t('accounts.deactivateOf', { name: a.name })} onClick={() => setDeactivating(a)}>
                        {t('accounts.deactivate')}
                      </button>
                    ) : (
                      <button
                        type="button"
                        className="btn"
                        aria-label={t('accounts.reactivateOf', { name: a.name })}
                        disabled={update.isPending}
                        onClick={() => change(a, { active: true }, t('accounts.reactivated', { name: a.name }))}
                      >
                        {t('accounts.reactivate')}
                      </button>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    );

  return (
    <section className="card" aria-labelledby="accounts-title">
      <div className={styles.sectionHead}>
        <h2 id="accounts-title" className={styles.legend}>
          {t('accounts.title')}
        </h2>
        {!creating && (
          <button ref={newButton} type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
            {t('accounts.new')}
          </button>
        )}
      </div>
      <p className={styles.muted}>{t('accounts.intro')}</p>
      {creating && <AccountForm onDone={closeForm} />}
      {body}
      <ConfirmDialog
        open={deactivating !== null}
        title={t('accounts.confirmTitle')}
        confirmLabel={t('accounts.deactivate')}
        danger
        busy={update.isPending}
        onConfirm={() => deactivating && change(deactivating, { active: false }, t('accounts.deactivated', { name: deactivating.name }))}
        onClose={() => setDeactivating(null)}
      >
        <p>{deactivating && t('accounts.confirmBody', { name: deactivating.name })}</p>
      </ConfirmDialog>
    </section>
  );
}
