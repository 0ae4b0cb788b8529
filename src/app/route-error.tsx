import type { ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { Link, useLocation } from 'react-router-dom';
import { useI18n } from '@/lib/i18n';
import { describeError } from '@/components/feedback/describe-error';

/** A page that throws shows this instead of a blank page; the navigation stays usable. */
export function RouteError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div role="alert" className="card">
      <h1 className="page-title">{t('error.page')}</h1>
      <p>{t('error.pageDetail')}</p>
      <p>{describeError(t, error)}</p>
      <p style={{ display: 'flex', gap: '0.75rem', flexWrap: 'wrap' }}>
        <button type="button" className="btn btn-primary" onClick={onRetry}>
          {t('common.retry')}
        </button>
        <Link className="btn" to="/">
          {t('common.backHome')}
        </Link>
      </p>
    </div>
  );
}

/**
 * The route-level boundary: resets when the reader goes elsewhere. A page whose code failed to
 * load (a deployment in between) is fixed by reloading, which Retry does then.
 */
export function RouteBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary
      resetKeys={[pathname]}
      fallbackRender={({ error, resetErrorBoundary }) => (
        <RouteError
          error={error}
          onRetry={() => (error instanceof TypeError && /dynamically imported module|Importing a module script/i.test(error.message) ? window.location.reload() : resetErrorBoundary())}
        />
      )}
    >
      {children}
    </ErrorBoundary>
  );
}
