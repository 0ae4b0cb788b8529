import { lazy, Suspense, useEffect } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router-dom';
import { useI18n } from '@/lib/i18n';
import { useSession } from '@/lib/session';
import { Skeleton } from '@/components/feedback/skeleton';
import { NAV_ITEMS } from './nav';
import { UserPicker } from './user-picker';
import { CommandPaletteLauncher } from './command-palette-launcher';
import { OfflineBanner } from './offline-banner';
import styles from './layout.module.css';

// Server mode only, and below the navigation: its code (sign-out) need not hold up the first paint.
const AccountPanel = lazy(() => import('./account-panel'));

export function PageFallback() {
  const { t } = useI18n();
  return (
    <div aria-busy="true" aria-live="polite">
      <span className="visually-hidden">{t('common.loading')}</span>
      <Skeleton width="16rem" height="2rem" />
      <Skeleton height="12rem" style={{ marginTop: '1.5rem' }} />
    </div>
  );
}

/** The account panel's outline while its code loads: on a narrow screen it sits above the page. */
function AccountPanelPending() {
  return (
    <div className={styles.account} aria-hidden="true">
      <Skeleton width="8rem" height="1.3125rem" />
      <Skeleton width="6rem" height="1.125rem" />
      <Skeleton width="7rem" height="2.5rem" style={{ marginTop: 'var(--space-2)' }} />
    </div>
  );
}

export function Layout() {
  const { t } = useI18n();
  const demo = useSession().mode === 'demo';
  const { pathname } = useLocation();
  // A new page starts at its top (what the data router's ScrollRestoration did for us).
  useEffect(() => {
    window.scrollTo?.(0, 0);
  }, [pathname]);
  return (
    <div className={styles.shell}>
      <a className={styles.skip} href="#main">
        {t('app.skipToContent')}
      </a>
      <header className={styles.sidebar}>
        <Link to="/" className={styles.brand}>
          <span className={styles.brandName}>{t('app.name')}</span>
          <span className={styles.brandTagline}>{t('app.tagline')}</span>
        </Link>
        <CommandPaletteLauncher />
        <nav className={styles.nav} aria-label={t('nav.label')}>
          <ul>
            {NAV_ITEMS.map((item) => (
              <li key={item.path}>
                <NavLink to={item.path} end={item.path === '/'} className={styles.navLink}>
                  <span aria-hidden="true" className={styles.navIcon}>
                    {item.icon}
                  </span>
                  {t(item.label)}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        {demo ? (
          <UserPicker />
        ) : (
          <Suspense fallback={<AccountPanelPending />}>
            <AccountPanel />
          </Suspense>
        )}
        {demo && <p className={styles.demo}>{t('app.demoMode')}</p>}
      </header>
      <main id="main" tabIndex={-1} className={styles.main}>
        <OfflineBanner />
        <Suspense fallback={<PageFallback />}>
          <Outlet />
        </Suspense>
      </main>
    </div>
  );
}
