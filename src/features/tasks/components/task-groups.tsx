import { useEffect, useId, useRef, useState } from 'react';
import type { TaskRow } from '@/contract/api';
import { Skeleton } from '@/components/feedback/skeleton';
import { useUsersById } from '@/lib/users';
import { useI18n } from '@/lib/i18n';
import { groupTasks, TASK_GROUPS } from '../lib/group-tasks';
import type { TaskGroup } from '../lib/group-tasks';
import { TaskItem } from './task-item';
import '../messages';
import styles from './tasks.module.css';

interface ListProps {
  tasks: readonly TaskRow[];
  today: string;
  onToggle: (task: TaskRow, done: boolean) => void;
  showPartner?: boolean;
  /** Longer lists show this many first, and a button for the rest. */
  limit?: number;
}

/** Enough to act on at a glance; everyone's "later" can hold well over a hundred. */
export const LIST_LIMIT = 20;

/** A plain list of follow-ups (a group's content, the completed ones). */
export function TaskList({ tasks, today, onToggle, showPartner, limit }: ListProps) {
  const { t } = useI18n();
  const users = useUsersById();
  const [showAll, setShowAll] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);
  const revealed = useRef(false);
  useEffect(() => {
    // The button that had the focus is gone: hand it to the first follow-up it revealed.
    if (showAll && revealed.current && limit) listRef.current?.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')[limit]?.focus();
    revealed.current = false;
  }, [showAll, limit]);
  const shown = limit && !showAll ? tasks.slice(0, limit) : tasks;
  const hidden = tasks.length - shown.length;
  return (
    <>
      <ul ref={listRef} className={styles.list}>
        {shown.map((task) => (
          <TaskItem key={task.id} task={task} today={today} ownerName={users.get(task.ownerId)?.name} onToggle={onToggle} showPartner={showPartner} />
        ))}
      </ul>
      {hidden > 0 && (
        <button type="button" className={`btn ${styles.more}`} onClick={() => {
            revealed.current = true;
            setShowAll(true);
          }}>
          {t('tasks.showMore', { count: hidden })}
        </button>
      )}
    </>
  );
}

function GroupSection({ group, tasks, ...rest }: { group: TaskGroup } & ListProps) {
  const { t } = useI18n();
  const headingId = useId();
  return (
    <section className={`card ${styles.group} ${group === 'overdue' ? styles.groupOverdue : ''}`} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.groupHeading}>
        {/* One text node for screen readers ("En retard (3 relances)"); the badge is for the eye. */}
        <span className="visually-hidden">
          {t(`tasks.group.${group}`)} ({t('tasks.count', { count: tasks.length })})
        </span>
        <span aria-hidden="true" className={styles.groupHeading}>
          {group === 'overdue' && <span>⚠</span>}
          {t(`tasks.group.${group}`)}
          <span className={styles.count}>{tasks.length}</span>
        </span>
      </h2>
      {tasks.length === 0 ? <p className={styles.groupEmpty}>{t(`tasks.group.empty.${group}`)}</p> : <TaskList tasks={tasks} limit={LIST_LIMIT} {...rest} />}
    </section>
  );
}

/** Open follow-ups in four groups, from the most pressing; each says how many it holds. */
export function TaskGroups({ tasks, ...rest }: ListProps) {
  const groups = groupTasks(tasks, rest.today);
  return (
    <div className={styles.groups}>
      {TASK_GROUPS.map((group) => (
        <GroupSection key={group} group={group} tasks={groups[group]} {...rest} />
      ))}
    </div>
  );
}

/** The groups' final shape while they load, so nothing jumps when the data arrives. */
export function TaskGroupsSkeleton({ groups = 4, rows = 3 }: { groups?: number; rows?: number }) {
  const { t } = useI18n();
  return (
    <div className={styles.groups} aria-busy="true">
      <span className="visually-hidden" role="status">
        {t('tasks.loading')}
      </span>
      {Array.from({ length: groups }, (_, g) => (
        <div key={g} className={`card ${styles.group}`}>
          <Skeleton width="9rem" height="1.25rem" style={{ marginBottom: 'var(--space-3)' }} />
          <TaskRowsSkeleton rows={rows} />
        </div>
      ))}
    </div>
  );
}

export function TaskRowsSkeleton({ rows = 3 }: { rows?: number }) {
  return (
    <>
      {Array.from({ length: rows }, (_, r) => (
        <div key={r} className={styles.skeletonRow}>
          <Skeleton width="1.25rem" height="1.25rem" />
          <span className={styles.skeletonLines}>
            <Skeleton width={`${60 - r * 8}%`} height="1rem" />
            <Skeleton width="45%" height="0.8rem" />
          </span>
        </div>
      ))}
    </>
  );
}
