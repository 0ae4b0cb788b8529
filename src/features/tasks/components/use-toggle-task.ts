import { useCallback } from 'react';
import type { TaskRow } from '@/contract/api';
import { describeError } from '@/components/feedback/describe-error';
import { ApiError } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import { notify } from '@/lib/notify';
import { useSetTaskDone } from '../api';
import '../messages';

/**
 * Ticking a follow-up: the lists change at once (see useSetTaskDone); a toast confirms it with a
 * way to undo, or says why the server refused and that the tick was taken back.
 */
export function useToggleTask() {
  const { t } = useI18n();
  const { mutateAsync } = useSetTaskDone();
  const toggle = useCallback(
    (task: TaskRow, done: boolean): Promise<void> => {
      const run = (current: TaskRow, nextDone: boolean, offerUndo: boolean): Promise<void> =>
        // mutateAsync, not mutate: every tick gets its own answer even when several are in flight.
        mutateAsync({ task: current, done: nextDone }).then(
          (saved) => {
            const message = t(nextDone ? 'tasks.toast.done' : 'tasks.toast.reopened', { title: saved.title });
            if (nextDone && offerUndo) notify.success(message, { label: t('common.undo'), onClick: () => void run(saved, false, false) });
            else notify.success(message);
          },
          (error: unknown) => {
            const reason = error instanceof ApiError && error.status === 409 ? t('tasks.toast.conflict') : describeError(t, error);
            notify.error(t('tasks.toast.failed', { title: current.title, reason }));
          },
        );
      return run(task, done, true);
    },
    [mutateAsync, t],
  );
  return toggle;
}
