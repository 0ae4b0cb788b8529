import { ErrorState } from '@/components/feedback/error-state';
import { useI18n } from '@/lib/i18n';
import { useSession } from '@/lib/session';

/**
 * The session could not be had (server: GET /session failed; demo: the people did not load): why,
 * and Retry. The gate shows it on a server; in the demo the views do not wait for the session, so
 * what needs "me" (the header's picker, a page for some roles only) shows it in its place.
 */
export function SessionError() {
  const { error, retry } = useSession();
  const { t } = useI18n();
  return <ErrorState error={error} title={t('session.loadError')} onRetry={retry} />;
}
