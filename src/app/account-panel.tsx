import { describeError } from '@/components/feedback/describe-error';
import { useI18n } from '@/lib/i18n';
import { notify } from '@/lib/notify';
import { useSession } from '@/lib/session';
import { useSignOut } from '@/lib/session-actions';
import { label } from '@/locales/labels';
import styles from './layout.module.css';
import './account-messages';

/** Server mode: who is signed in (name and role) and the way out. Loads on demand (not in the demo). */
export default function AccountPanel() {
  const { t } = useI18n();
  const { session } = useSession();
  const signOut = useSignOut();
  if (!session) return null;
  const onSignOut = () =>
    signOut.mutate(undefined, {
      onError: (error) => notify.error(t('session.signOutFailed', { message: describeError(t, error) })),
    });
  return (
    <section className={styles.account} aria-label={t('session.signedInAs')}>
      <p className={styles.accountName}>{session.user.name}</p>
      <p className={styles.userRole}>{t(label.role(session.user.role))}</p>
      <button type="button" className="btn" onClick={onSignOut} disabled={signOut.isPending}>
        {t('session.signOut')}
      </button>
    </section>
  );
}
