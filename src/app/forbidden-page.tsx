import { Link } from 'react-router-dom';
import { useI18n } from '@/lib/i18n';
import { useSession } from '@/lib/session';
import { label } from '@/locales/labels';
import './account-messages';

/** A page the role may not use (reached by its address): say so, and offer a way back. Loads on demand. */
export default function ForbiddenPage() {
  const { t } = useI18n();
  const role = useSession().session?.user.role;
  return (
    <section aria-labelledby="forbidden-title" className="card">
      <h1 id="forbidden-title" className="page-title">
        {t('forbidden.title')}
      </h1>
      <p>{t('forbidden.body', { role: role ? t(label.role(role)) : '—' })}</p>
      <Link className="btn btn-primary" to="/">
        {t('common.backHome')}
      </Link>
    </section>
  );
}
