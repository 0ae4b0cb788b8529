import { useSyncExternalStore } from 'react';
import { useI18n } from '@/lib/i18n';
import styles from './layout.module.css';

function subscribe(onChange: () => void) {
  window.addEventListener('online', onChange);
  window.addEventListener('offline', onChange);
  return () => {
    window.removeEventListener('online', onChange);
    window.removeEventListener('offline', onChange);
  };
}
const isOnline = () => navigator.onLine;

/**
 * Says that the network is gone, so that what is on screen is read as possibly out of date.
 * Meanwhile TanStack Query pauses its requests; it listens to the same events and refetches the
 * stale data of the open page when the connection comes back, and the banner goes.
 * `navigator.onLine` (not TanStack's onlineManager, which assumes "online" until an event) so that a
 * page opened without a network says it at once. The live region is always there, for screen
 * readers to announce the message when it appears.
 */
export function OfflineBanner() {
  const online = useSyncExternalStore(subscribe, isOnline, () => true);
  const { t } = useI18n();
  return (
    <div role="status" className={styles.offlineRegion}>
      {!online && <p className={styles.offline}>{t('app.offline')}</p>}
    </div>
  );
}
