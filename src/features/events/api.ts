import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { request } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import { notify } from '@/lib/notify';
import { describeError } from '@/components/feedback/describe-error';
import { EventDetail, EventPage, TaskPage, TaskRow } from '@/contract/api';
import type { EventWithAttendance } from '@/contract/api';
import type { Page } from '@/contract/primitives';
import { paths } from '@/contract/endpoints';
import type { TaskInput } from '@/contract/entities';
import type { EventKind } from '@/contract/reference';
import { withAttendance } from './lib/events';
import type { Attendee } from './lib/events';
import './messages';

/**
 * The events domain: lists under ['events', 'list', params], one event under ['events', 'detail', id].
 * Follow-ups are the tasks domain's, asked of the API from here (a feature never imports another):
 * the set of companies with an open follow-up lives under ['tasks', …] so that any task write
 * anywhere in the app (which invalidates ['tasks']) refreshes it.
 */

export interface EventListParams {
  q?: string;
  kind?: readonly EventKind[];
  year?: number;
  partnerId?: string;
}

type EventPageData = Page<EventWithAttendance>;

export const eventQueries = {
  all: () => ['events'] as const,
  lists: () => [...eventQueries.all(), 'list'] as const,
  /** Short list: the API answers every matching event at once, most recent first. */
  list: (params: EventListParams) =>
    queryOptions({
      queryKey: [...eventQueries.lists(), params] as const,
      queryFn: ({ signal }) => request(EventPage, paths.events, { query: { ...params }, signal }),
      placeholderData: keepPreviousData,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: [...eventQueries.all(), 'detail', id] as const,
      queryFn: ({ signal }) => request(EventDetail, paths.event(id), { signal }),
    }),
  /** Ids of the companies that have at least one open follow-up. */
  withOpenFollowUp: () =>
    queryOptions({
      queryKey: ['tasks', 'events-open-partners'] as const,
      queryFn: async ({ signal }) => {
        const ids = new Set<string>();
        // The API pages at 1 000 at most; a few hundred open follow-ups fit in one request.
        for (let page = 1; ; page++) {
          const answer = await request(TaskPage, paths.tasks, { query: { status: 'open', page, pageSize: 1000 }, signal });
          for (const task of answer.items) if (task.partnerId) ids.add(task.partnerId);
          if (page * answer.pageSize >= answer.total || answer.items.length === 0) break;
        }
        return [...ids];
      },
    }),
};

/** A company's attendance and the overview's counts follow every change here. */
function useInvalidateAttendance() {
  const client = useQueryClient();
  return (eventId: string) =>
    Promise.all([
      client.invalidateQueries({ queryKey: eventQueries.all() }),
      client.invalidateQueries({ queryKey: eventQueries.detail(eventId).queryKey }),
      client.invalidateQueries({ queryKey: ['partners'] }),
    ]);
}

export interface AttendanceVariables {
  attendee: Attendee;
  present: boolean;
}

const ATTENDANCE_KEY = ['events', 'attendance'] as const;

/**
 * Marks a company present or absent at once; the server's refusal takes exactly that change back
 * (other changes made meanwhile stay) and says why. Removing offers an undo.
 */
export function useSetAttendance(eventId: string) {
  const client = useQueryClient();
  const { t } = useI18n();
  const invalidate = useInvalidateAttendance();
  const detailKey = eventQueries.detail(eventId).queryKey;
  const apply = (attendee: Attendee, present: boolean) => {
    client.setQueryData(detailKey, (d) => (d ? withAttendance(d, attendee, present) : d));
    const count = client.getQueryData(detailKey)?.attendeeCount;
    if (count !== undefined) {
      client.setQueriesData<EventPageData>({ queryKey: eventQueries.lists() }, (page) =>
        page ? { ...page, items: page.items.map((e) => (e.id === eventId ? { ...e, attendeeCount: count } : e)) } : page,
      );
    }
  };
  const mutation = useMutation({
    mutationKey: ATTENDANCE_KEY,
    mutationFn: ({ attendee, present }: AttendanceVariables) =>
      request(EventDetail, paths.eventAttendance(eventId), { method: 'PUT', body: { partnerId: attendee.id, present } }),
    onMutate: async ({ attendee, present }) => {
      await client.cancelQueries({ queryKey: detailKey });
      const wasPresent = client.getQueryData(detailKey)?.attendees.some((a) => a.id === attendee.id) ?? !present;
      apply(attendee, present);
      return { wasPresent };
    },
    onSuccess: (_saved, { attendee, present }) => {
      if (present) notify.success(t('events.attendees.added', { name: attendee.name }));
      else
        notify.success(t('events.attendees.removed', { name: attendee.name }), {
          label: t('common.undo'),
          onClick: () => mutation.mutate({ attendee, present: true }),
        });
    },
    onError: (error, { attendee }, context) => {
      if (context) apply(attendee, context.wasPresent);
      notify.error(t('events.attendees.failed', { name: attendee.name, reason: describeError(t, error) }));
    },
    onSettled: () => {
      // While another change is on its way, a refetch would briefly undo it on screen.
      if (client.isMutating({ mutationKey: ATTENDANCE_KEY }) === 1) void invalidate(eventId);
    },
  });
  return mutation;
}

const FOLLOW_UP_KEY = ['events', 'follow-up'] as const;
const openKey = eventQueries.withOpenFollowUp().queryKey;

/** How many follow-ups are created at once by "for all": enough to be quick, not a flood. */
const PARALLEL = 4;

async function createAll(inputs: readonly TaskInput[]): Promise<{ failed: { input: TaskInput; error: unknown }[] }> {
  const failed: { input: TaskInput; error: unknown }[] = [];
  let next = 0;
  const worker = async () => {
    while (next < inputs.length) {
      const input = inputs[next++]!;
      try {
        await request(TaskRow, paths.tasks, { method: 'POST', body: input });
      } catch (error) {
        failed.push({ input, error });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, inputs.length) }, worker));
  return { failed };
}

export interface FollowUpVariables {
  /** The companies to follow up, with the name for the messages. */
  companies: readonly { id: string; name: string }[];
  title: string;
  due: string;
  ownerId: string;
}

/**
 * Plans follow-ups for one or many attendees. They leave the "no follow-up" list at once; a company
 * whose task the server refuses comes back, with the reason.
 */
export function usePlanFollowUps() {
  const client = useQueryClient();
  const i18n = useI18n();
  const { t } = i18n;
  const setOpen = (update: (ids: string[]) => string[]) => client.setQueryData(openKey, (ids) => (ids ? update(ids) : ids));
  return useMutation({
    mutationKey: FOLLOW_UP_KEY,
    mutationFn: ({ companies, title, due, ownerId }: FollowUpVariables) =>
      createAll(companies.map((c) => ({ partnerId: c.id, title, due, ownerId }))),
    onMutate: async ({ companies }) => {
      await client.cancelQueries({ queryKey: openKey });
      const before = new Set(client.getQueryData(openKey) ?? []);
      const added = companies.map((c) => c.id).filter((id) => !before.has(id));
      setOpen((ids) => [...ids, ...added]);
      return { added: new Set(added) };
    },
    onSuccess: ({ failed }, { companies, due }, context) => {
      const back = new Set(failed.map((f) => f.input.partnerId).filter((id): id is string => !!id && context.added.has(id)));
      if (back.size) setOpen((ids) => ids.filter((id) => !back.has(id)));
      const done = companies.length - failed.length;
      const date = i18n.date(due);
      if (companies.length === 1 && done === 1) notify.success(t('events.followUp.done', { name: companies[0]!.name, date }));
      else if (done > 0) notify.success(t('events.followUp.doneAll', { count: done, date }));
      if (failed.length === 1) {
        const name = companies.find((c) => c.id === failed[0]!.input.partnerId)?.name ?? '';
        notify.error(t('events.followUp.failed', { name, reason: describeError(t, failed[0]!.error) }));
      } else if (failed.length > 1) {
        notify.error(t('events.followUp.failedSome', { count: failed.length, reason: describeError(t, failed[0]!.error) }));
      }
    },
    onError: (error, _vars, context) => {
      if (context) setOpen((ids) => ids.filter((id) => !context.added.has(id)));
      notify.error(t('events.followUp.failedSome', { count: _vars.companies.length, reason: describeError(t, error) }));
    },
    onSettled: () => {
      if (client.isMutating({ mutationKey: FOLLOW_UP_KEY }) > 1) return;
      void Promise.all([client.invalidateQueries({ queryKey: ['tasks'] }), client.invalidateQueries({ queryKey: ['partners'] })]);
    },
  });
}
