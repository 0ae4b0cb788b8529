import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/lib/api-client';
import { paths } from '@/contract/endpoints';
import { TaskPage, TaskRow } from '@/contract/api';
import { PartnerRow } from '@/contract/entities';
import type { TaskInput } from '@/contract/entities';

/**
 * The follow-ups domain. Lists are keyed by every input of the fetch under ['tasks', 'list'];
 * writes invalidate ['tasks'] (and the companies, whose summaries count open follow-ups).
 */

export interface TaskListParams {
  owner?: string;
  partnerId?: string;
  status: 'open' | 'done' | 'all';
}
type TaskPageData = { items: TaskRow[]; total: number; page: number; pageSize: number };

/** A person or a company has at most a few hundred follow-ups: one page holds them all. */
const ALL = 1000;

export const taskQueries = {
  all: () => ['tasks'] as const,
  lists: () => [...taskQueries.all(), 'list'] as const,
  list: (params: TaskListParams) =>
    queryOptions({
      queryKey: [...taskQueries.lists(), params] as const,
      queryFn: ({ signal }) => request(TaskPage, paths.tasks, { query: { ...params, pageSize: ALL }, signal }),
      placeholderData: keepPreviousData,
    }),
  /** The company a "Relances" tab belongs to, for its name in the form. */
  partner: (id: string) =>
    queryOptions({
      queryKey: [...taskQueries.all(), 'partner', id] as const,
      queryFn: ({ signal }) => request(PartnerRow, paths.partner(id), { signal }),
      staleTime: 60_000,
    }),
};

const DONE_KEY = ['tasks', 'set-done'] as const;

/**
 * Ticks a follow-up done (or reopens it) at once in every list on screen; the server's refusal puts
 * the lists back as they were. Lists are refetched only when the last of several quick ticks has
 * settled, so an answer for one cannot bring back another that is still on its way.
 */
export function useSetTaskDone() {
  const client = useQueryClient();
  return useMutation({
    mutationKey: DONE_KEY,
    mutationFn: ({ task, done }: { task: TaskRow; done: boolean }) =>
      request(TaskRow, paths.task(task.id), { method: 'PATCH', body: { done, version: task.version } }),
    onMutate: ({ task, done }) => {
      const snapshot = client.getQueriesData<TaskPageData>({ queryKey: taskQueries.lists() });
      // The tick shows in the same frame as the click: the lists change first, then any refetch
      // still on its way is cancelled without putting its old state back (revert: false).
      client.setQueriesData<TaskPageData>({ queryKey: taskQueries.lists() }, (page) =>
        page ? { ...page, items: page.items.map((t) => (t.id === task.id ? { ...t, done } : t)) } : page,
      );
      void client.cancelQueries({ queryKey: taskQueries.lists() }, { revert: false });
      return { snapshot };
    },
    onError: (_error, _vars, context) => {
      for (const [key, data] of context?.snapshot ?? []) client.setQueryData(key, data);
    },
    onSettled: async () => {
      if (client.isMutating({ mutationKey: DONE_KEY }) > 1) return;
      await Promise.all([
        client.invalidateQueries({ queryKey: taskQueries.all() }),
        client.invalidateQueries({ queryKey: ['partners'] }),
      ]);
    },
  });
}

export function useCreateTask() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: TaskInput) => request(TaskRow, paths.tasks, { method: 'POST', body: input }),
    onSuccess: () =>
      Promise.all([client.invalidateQueries({ queryKey: taskQueries.all() }), client.invalidateQueries({ queryKey: ['partners'] })]),
  });
}
