import { isRouteErrorResponse, Link, useRouteError } from 'react-router-dom';
import { useI18n } from '@/lib/i18n';
import { describeError } from '@/components/feedback/describe-error';
import { NotFoundPage } from './not-found-page';

/** A route that throws shows this instead of a blank page; the navigation stays usable. */
export function RouteError() {
  const error = useRouteError();
  const { t } = useI18n();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <div role="alert" className="card">
      <h1 className="page-title">{t('error.page')}</h1>
      <p>{t('error.pageDetail')}</p>
      <p>{describeError(t, error)}</p>
      <p style={{ display: 'flex', gap: '0.75rem', flexWrap: 'wrap' }}>
        <button type="button" className="btn btn-primary" onClick={() => window.location.reload()}>
          {t('common.retry')}
        </button>
        <Link className="btn" to="/">
          {t('common.backHome')}
        </Link>
      </p>
    </div>
  );
}
