import { QueryErrorResetBoundary } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { ErrorState } from './error-state';

/**
 * Each widget gets its own boundary: one broken chart or tile shows its error with Retry, and the
 * rest of the page stays.
 */
export function WidgetBoundary({ children, title }: { children: ReactNode; title?: string }) {
  return (
    <QueryErrorResetBoundary>
      {({ reset }) => (
        <ErrorBoundary onReset={reset} fallbackRender={({ error, resetErrorBoundary }) => <ErrorState error={error} title={title} onRetry={resetErrorBoundary} />}>
          {children}
        </ErrorBoundary>
      )}
    </QueryErrorResetBoundary>
  );
}
