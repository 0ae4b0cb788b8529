import { Link, useLocation } from 'react-router-dom';
import { useI18n } from '@/lib/i18n';

export function NotFoundPage() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  return (
    <section aria-labelledby="not-found-title" className="card">
      <h1 id="not-found-title" className="page-title">
        {t('notFound.title')}
      </h1>
      <p>{t('notFound.body', { path: pathname })}</p>
      <Link className="btn btn-primary" to="/">
        {t('common.backHome')}
      </Link>
    </section>
  );
}
