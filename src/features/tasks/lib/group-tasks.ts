import { endOfWeek } from './dates';

export const TASK_GROUPS = ['overdue', 'today', 'week', 'later'] as const;
export type TaskGroup = (typeof TASK_GROUPS)[number];

/**
 * Where an open follow-up falls, seen from `today`: before it (overdue), on it, after it until the
 * Sunday that ends the week, or later. On a Sunday "this week" is empty: Monday starts a new week.
 */
export function groupOf(due: string, today: string): TaskGroup {
  if (due < today) return 'overdue';
  if (due === today) return 'today';
  return due <= endOfWeek(today) ? 'week' : 'later';
}

/** Splits tasks into the four groups, keeping each group in the order given (the API's soonest due first). */
export function groupTasks<T extends { due: string }>(tasks: readonly T[], today: string): Record<TaskGroup, T[]> {
  const groups: Record<TaskGroup, T[]> = { overdue: [], today: [], week: [], later: [] };
  for (const task of tasks) groups[groupOf(task.due, today)].push(task);
  return groups;
}
