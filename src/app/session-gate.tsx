import { lazy, Suspense } from 'react';
import type { ReactNode } from 'react';
import { Skeleton } from '@/components/feedback/skeleton';
import { useI18n } from '@/lib/i18n';
import { useSession } from '@/lib/session';
import { PageFallback } from './layout';
import { SessionError } from './session-error';
import styles from './layout.module.css';
import signInStyles from './sign-in.module.css';

// Only server mode signs in, and only once: its form code loads when it is needed.
const SignInPage = lazy(() => import('./sign-in-page'));

/**
 * Server mode shows the views only to someone signed in. The address is left as it is: once
 * signed in, the page that was asked for (or that was open when the session ended) comes back.
 */
export function SessionGate({ children }: { children: ReactNode }) {
  const { mode, status } = useSession();
  const { t } = useI18n();
  if (mode === 'demo' || status === 'signed-in') return children;
  if (status === 'loading') return <ShellSkeleton />;
  if (status === 'error') {
    return (
      <main id="main" className={signInStyles.page}>
        <div className={signInStyles.panel}>
          <h1 className="page-title">{t('session.loadError')}</h1>
          <SessionError />
        </div>
      </main>
    );
  }
  return (
    <Suspense fallback={<ShellSkeleton />}>
      <SignInPage />
    </Suspense>
  );
}

/** The shell's outline while the session is checked: nothing jumps when it arrives. */
export function ShellSkeleton() {
  return (
    <div className={styles.shell}>
      <div className={styles.sidebar} aria-hidden="true">
        <Skeleton width="10rem" height="1.5rem" />
        <Skeleton height="2.25rem" />
        {Array.from({ length: 8 }, (_, i) => (
          <Skeleton key={i} width="80%" height="1.25rem" />
        ))}
      </div>
      <main id="main" className={styles.main}>
        <PageFallback />
      </main>
    </div>
  );
}
