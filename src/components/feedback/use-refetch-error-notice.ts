import { useEffect } from 'react';
import { useI18n } from '@/lib/i18n';
import { notify } from '@/lib/notify';
import { describeError } from './describe-error';

/**
 * A failed refresh of rows already on screen: they stay, and a toast says so, once per failure (a
 * new failure has a new `errorUpdatedAt`). `message` words it with the reason (describeError).
 */
export function useRefetchErrorNotice(query: { isRefetchError: boolean; error: unknown; errorUpdatedAt: number }, message: (reason: string) => string) {
  const { t } = useI18n();
  const { isRefetchError, error, errorUpdatedAt } = query;
  useEffect(() => {
    if (isRefetchError) notify.error(message(describeError(t, error)));
    // `message` is a new function every render: only a new failure should speak.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [isRefetchError, errorUpdatedAt, error, t]);
}
