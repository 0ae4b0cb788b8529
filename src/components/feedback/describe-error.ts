import { ApiError } from '@/lib/api-client';
import type { I18n } from '@/lib/i18n';

/** What a person should read about a failed request: what went wrong, in their language. */
export function describeError(t: I18n['t'], error: unknown): string {
  if (error instanceof ApiError) {
    if (error.isNetwork) return t('error.network');
    if (error.message === 'malformed') return t('error.malformed');
    if (error.status === 404) return t('error.notFound');
    if (error.status >= 500) return t('error.server', { status: String(error.status) });
    return error.problem?.detail ?? error.problem?.title ?? t('error.generic');
  }
  return t('error.generic');
}
