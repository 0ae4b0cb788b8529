import { useQuery } from '@tanstack/react-query';
import { useId, useRef, useState } from 'react';
import { EmptyState } from '@/components/feedback/empty-state';
import { ErrorState } from '@/components/feedback/error-state';
import { useI18n } from '@/lib/i18n';
import { useCan } from '@/lib/session';
import { taskQueries } from '../api';
import { todayIso } from '../lib/dates';
import { TaskRowsSkeleton, TaskList } from './task-groups';
import { TaskForm } from './task-form';
import { useToggleTask } from './use-toggle-task';
import '../messages';
import styles from './tasks.module.css';

/**
 * The company page's "Relances" tab: this company's open follow-ups (soonest first), the completed
 * ones folded away, ticking them done, and planning the next one for this company.
 */
export function PartnerTasks({ partnerId }: { partnerId: string }) {
  const { t } = useI18n();
  const headingId = useId();
  const tasks = useQuery(taskQueries.list({ partnerId, status: 'all' }));
  const partner = useQuery(taskQueries.partner(partnerId));
  const toggle = useToggleTask();
  const canPlan = useCan('crm');
  const [planning, setPlanning] = useState(false);
  const planButton = useRef<HTMLButtonElement>(null);
  const today = todayIso();

  const items = tasks.data?.items ?? [];
  const open = items.filter((task) => !task.done);
  const done = items.filter((task) => task.done).sort((a, b) => (a.due < b.due ? 1 : a.due > b.due ? -1 : 0));
  // The name comes with the company, or with any of its follow-ups while the company loads.
  const partnerName = partner.data?.name ?? items[0]?.partnerName ?? null;

  const close = () => {
    setPlanning(false);
    requestAnimationFrame(() => planButton.current?.focus());
  };

  let body;
  if (tasks.isPending) {
    body = (
      <div className="card" aria-busy="true">
        <span className="visually-hidden" role="status">
          {t('tasks.loading')}
        </span>
        <TaskRowsSkeleton rows={3} />
      </div>
    );
  } else if (tasks.isError) {
    body = <ErrorState error={tasks.error} title={t('tasks.error.title')} onRetry={() => void tasks.refetch()} />;
  } else if (items.length === 0) {
    body = <EmptyState title={t('tasks.partner.empty.title')} body={t('tasks.partner.empty.body')} />;
  } else {
    body = (
      <>
        <div className="card">
          {open.length === 0 ? (
            <p className={styles.groupEmpty}>{t('tasks.partner.empty.body')}</p>
          ) : (
            <TaskList tasks={open} today={today} onToggle={toggle} showPartner={false} />
          )}
        </div>
        {done.length > 0 && (
          <details className={`card ${styles.doneDetails}`}>
            <summary>{t('tasks.partner.done', { count: done.length })}</summary>
            <TaskList tasks={done} today={today} onToggle={toggle} showPartner={false} />
          </details>
        )}
      </>
    );
  }

  return (
    <section className={styles.partnerTasks} aria-labelledby={headingId}>
      <div className={styles.partnerHeader}>
        <h2 id={headingId} className={styles.partnerHeading}>
          {t('tasks.partner.heading')}
        </h2>
        {canPlan && !planning && (
          <button ref={planButton} type="button" className="btn btn-primary" onClick={() => setPlanning(true)} disabled={!partnerName && !partner.isError}>
            {t('tasks.partner.plan')}
          </button>
        )}
      </div>
      {planning && (
        <TaskForm
          heading={t('tasks.partner.plan')}
          fixedPartner={{ id: partnerId, name: partnerName ?? partnerId }}
          onSaved={close}
          onCancel={close}
        />
      )}
      {body}
    </section>
  );
}
