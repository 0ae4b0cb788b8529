import { useQuery } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import * as z from 'zod/mini';
import { EmptyState } from '@/components/feedback/empty-state';
import { ErrorState } from '@/components/feedback/error-state';
import { useCurrentUser } from '@/lib/current-user';
import { useI18n } from '@/lib/i18n';
import { useCan, useSession } from '@/lib/session';
import { useSearchState } from '@/lib/url-state';
import { taskQueries } from './api';
import { LIST_LIMIT, TaskGroups, TaskGroupsSkeleton, TaskList } from './components/task-groups';
import { TaskForm } from './components/task-form';
import { useToggleTask } from './components/use-toggle-task';
import { todayIso } from './lib/dates';
import { ViewToggle } from './components/view-toggle';
import './messages';
import styles from './components/tasks.module.css';

/** The view's state in the URL: whose follow-ups, and the open or the completed ones. */
const TasksView = z.object({
  scope: z.catch(z._default(z.enum(['mine', 'all']), 'mine'), 'mine'),
  status: z.catch(z._default(z.enum(['open', 'done']), 'open'), 'open'),
});

export default function TasksPage() {
  const { t } = useI18n();
  const [view, update] = useSearchState(TasksView);
  const { user } = useCurrentUser();
  const session = useSession();
  const [creating, setCreating] = useState(false);
  const newButton = useRef<HTMLButtonElement>(null);
  const toggle = useToggleTask();
  const canPlan = useCan('crm');
  const today = todayIso();

  const owner = view.scope === 'mine' ? user?.id : undefined;
  const waitingForMe = view.scope === 'mine' && !user;
  const tasks = useQuery({ ...taskQueries.list({ owner, status: view.status }), enabled: !waitingForMe });

  const closeForm = () => {
    setCreating(false);
    requestAnimationFrame(() => newButton.current?.focus());
  };

  const items = tasks.data?.items ?? [];
  let body;
  // "Mine" needs to know who I am: if that failed, the error (and Retry) is the session's.
  if (waitingForMe && session.status === 'error') body = <ErrorState error={session.error} title={t('tasks.error.title')} onRetry={session.retry} />;
  else if (waitingForMe || tasks.isPending) body = <TaskGroupsSkeleton groups={view.status === 'open' ? 4 : 1} />;
  else if (tasks.isError) body = <ErrorState error={tasks.error} title={t('tasks.error.title')} onRetry={() => void tasks.refetch()} />;
  else if (items.length === 0)
    body =
      view.status === 'open' ? (
        <EmptyState
          title={t('tasks.empty.title')}
          body={t('tasks.empty.body')}
          action={
            canPlan && !creating && (
              <button type="button" className="btn" onClick={() => setCreating(true)}>
                {t('tasks.new')}
              </button>
            )
          }
        />
      ) : (
        <EmptyState title={t('tasks.empty.done.title')} body={t('tasks.empty.done.body')} />
      );
  else if (view.status === 'open') body = <TaskGroups tasks={items} today={today} onToggle={toggle} />;
  else
    body = (
      <section className="card" aria-labelledby="tasks-done-heading">
        <h2 id="tasks-done-heading" className="visually-hidden">
          {`${t('tasks.doneList')} (${t('tasks.count', { count: items.length })})`}
        </h2>
        {/* Most recently due first: what was just done is what one looks for. */}
        <TaskList tasks={[...items].sort((a, b) => (a.due < b.due ? 1 : a.due > b.due ? -1 : 0))} today={today} onToggle={toggle} limit={LIST_LIMIT} />
      </section>
    );

  return (
    <>
      <header className="page-header">
        <div>
          <h1 className="page-title">{t('tasks.title')}</h1>
          <p className="page-subtitle">{t('tasks.subtitle')}</p>
        </div>
        {canPlan && !creating && (
          <button ref={newButton} type="button" className="btn btn-primary" onClick={() => setCreating(true)}>
            {t('tasks.new')}
          </button>
        )}
      </header>
      <ViewToggle
        scope={view.scope}
        status={view.status}
        onScope={(scope) => update({ scope })}
        onStatus={(status) => update({ status })}
      />
      {creating && (
        <div className={styles.formSlot}>
          <TaskForm heading={t('tasks.form.title')} onSaved={closeForm} onCancel={closeForm} />
        </div>
      )}
      <div className={tasks.isPlaceholderData ? styles.stale : undefined} aria-busy={tasks.isPlaceholderData || undefined}>
        {body}
      </div>
    </>
  );
}
