import { useId, useState } from 'react';
import { Link } from 'react-router-dom';
import type { TaskRow } from '@/contract/api';
import { useI18n } from '@/lib/i18n';
import { useCan } from '@/lib/session';
import { daysBetween, relativeDay } from '../lib/dates';
import '../messages';
import styles from './tasks.module.css';

export interface TaskItemProps {
  task: TaskRow;
  today: string;
  ownerName: string | undefined;
  /** Settles once the server has answered (and the lists hold the answer or the rollback). */
  onToggle: (task: TaskRow, done: boolean) => Promise<void> | void;
  /** Off in a company's own tab, where the company goes without saying. */
  showPartner?: boolean;
}

/** One follow-up: tick it done, see what, with whom, when and who owns it. */
export function TaskItem({ task, today, ownerName, onToggle, showPartner = true }: TaskItemProps) {
  const { t, locale, date } = useI18n();
  const id = useId();
  // The box follows the click at once: the lists' optimistic update reaches this row only after
  // the query cache's batched notification. Once the server has answered, the lists decide again.
  const [clicked, setClicked] = useState<boolean | null>(null);
  // Read-only roles see the box, not a way to tick it.
  const canTick = useCan('crm');
  const days = daysBetween(today, task.due);
  const overdue = !task.done && days < 0;
  const className = [styles.item, overdue ? styles.itemOverdue : '', task.done ? styles.itemDone : ''].filter(Boolean).join(' ');
  return (
    <li className={className}>
      <input
        id={id}
        type="checkbox"
        checked={clicked ?? task.done}
        disabled={!canTick}
        onChange={(e) => {
          setClicked(e.target.checked);
          void Promise.resolve(onToggle(task, e.target.checked)).finally(() => setClicked(null));
        }}
      />
      <div className={styles.itemBody}>
        <label htmlFor={id} className={styles.itemTitle}>
          {task.title}
        </label>
        <div className={styles.meta}>
          {overdue && (
            <span className={styles.overdueTag}>
              <span aria-hidden="true">⚠</span>
              {t('tasks.overdueBy', { count: -days })}
            </span>
          )}
          {task.done && <span className={styles.doneTag}>✓ {t('tasks.doneTag')}</span>}
          {showPartner && (
            <span>
              <span className="visually-hidden">{t('tasks.company')} : </span>
              {task.partnerId ? <Link to={`/partners/${encodeURIComponent(task.partnerId)}`}>{task.partnerName ?? task.partnerId}</Link> : t('tasks.noPartner')}
            </span>
          )}
          <span>
            <span className={styles.metaLabel}>{t('tasks.due')} : </span>
            <time dateTime={task.due} className={styles.metaValue}>
              {date(task.due)}
            </time>{' '}
            ({relativeDay(locale, days)})
          </span>
          <span>
            <span className={styles.metaLabel}>{t('tasks.owner')} : </span>
            <span className={styles.metaValue}>{ownerName ?? '—'}</span>
          </span>
        </div>
      </div>
    </li>
  );
}
