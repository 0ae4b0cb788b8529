import type { TaskRow } from '../../src/contract/api';
import { paths } from '../../src/contract/endpoints';
import { TaskInput, TaskPatch } from '../../src/contract/entities';
import type { Task } from '../../src/contract/entities';
import { parseQuery, TaskListQuery } from '../../src/contract/queries';
import type { Store } from '../store/database';
import { checkVersion, found, json, pageOf, readBody, route, unprocessable } from './http';
import { referenceErrors } from './refs';

const taskRow = (store: Store, t: Task): TaskRow => ({ ...t, partnerName: store.partnerName(t.partnerId) });

export const taskHandlers = [
  // Soonest due first: the follow-up view groups them as overdue, today, this week, later.
  route('get', paths.tasks, ({ url, store }) => {
    const q = parseQuery(TaskListQuery, url.searchParams);
    const source = q.partnerId ? store.tasks.by('partner', q.partnerId) : store.tasks.rows;
    const matches = source.filter(
      (t) => (!q.owner || t.ownerId === q.owner) && (q.status === 'all' || (q.status === 'done') === t.done),
    );
    const sorted = [...matches].sort((a, b) => (a.due === b.due ? (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0) : a.due < b.due ? -1 : 1));
    const page = pageOf(sorted, q.page, q.pageSize);
    return json({ ...page, items: page.items.map((t) => taskRow(store, t)) });
  }),

  route('post', paths.tasks, async ({ request, store }) => {
    const input = await readBody(request, TaskInput);
    const errors = referenceErrors(store, input);
    if (errors.length) throw unprocessable(errors);
    const task = store.tasks.insert({
      id: store.newId('tasks', store.tasks.rows, 't'),
      ...input,
      done: false,
      createdAt: store.now(),
      synthetic: false,
      version: 1,
    });
    store.touch([task.partnerId]);
    return json(taskRow(store, task), 201);
  }),

  route('patch', paths.task, async ({ request, params, store }) => {
    const { version, ...changes } = await readBody(request, TaskPatch);
    const task = found(store.tasks.get(params.id!), 'Tâche');
    checkVersion(task, version);
    const errors = referenceErrors(store, { partnerId: changes.partnerId, ownerId: changes.ownerId });
    if (errors.length) throw unprocessable(errors);
    const before = task.partnerId;
    store.tasks.update(task, { ...changes, version: task.version + 1 });
    store.touch([before, task.partnerId]);
    return json(taskRow(store, task));
  }),
];
