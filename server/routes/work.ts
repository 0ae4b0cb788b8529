import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { OpportunityPage, OpportunityRow, TaskPage, TaskRow } from '../../src/contract/api';
import { paths } from '../../src/contract/endpoints';
import { OpportunityInput, OpportunityPatch, TaskInput, TaskPatch } from '../../src/contract/entities';
import type { Opportunity, Task } from '../../src/contract/entities';
import { checkVersion, found } from '../../src/contract/problems';
import { OpportunityListQuery, TaskListQuery } from '../../src/contract/queries';
import type * as z from 'zod/mini';
import { OPPORTUNITY_KINDS, OPPORTUNITY_STAGES } from '../../src/contract/reference';
import { changedDealClose, newDealClose } from '../../src/domain/opportunity';
import { definedFields } from '../../src/domain/patch';
import { refreshPartners } from '../db/derived';
import { opportunityFromRow, opportunityToRow, taskFromRow, taskToRow } from '../db/rows';
import type { Dialect } from '../db/connect';
import type { Database } from '../db/schema';
import { created, get, patch, post, readBody, readQuery } from '../http/api';
import type { ApiRoute } from '../http/api';
import { newId } from '../partners/ids';
import { listPage, nullsLastSql, offsetOf, pageFrom, rankSql, totalSql } from '../work/lists';
import { missingReferences, refuseIfAny } from '../work/refs';
import { eachWord, isSearch } from '../work/text-sql';
import { saveVersioned } from '../work/versioned';

/**
 * Follow-ups (tasks) and the opportunities pipeline, as mocks/handlers/tasks.ts and
 * opportunities.ts answer them: filters, sorts and pages in SQL, the close rules of
 * src/domain/opportunity, and each write in the company's history.
 */

/* ------------------------------------------ tasks ------------------------------------------ */

const taskRows = (db: Kysely<Database>) =>
  db.selectFrom('tasks as t').leftJoin('partners as p', 'p.id', 't.partnerId').selectAll('t').select('p.name as partnerName');

async function taskRow(db: Kysely<Database>, id: string): Promise<TaskRow> {
  const r = found(await taskRows(db).where('t.id', '=', id).executeTakeFirst(), 'Tâche');
  return { ...taskFromRow(r), partnerName: r.partnerName };
}

const taskLabel = (t: Pick<Task, 'title'>) => `Relance « ${t.title} »`;

const taskRoutes: ApiRoute[] = [
  // Soonest due first: the follow-up view groups them as overdue, today, this week, later.
  get(paths.tasks, { summary: 'Relances, de la plus proche à la plus lointaine', query: TaskListQuery, response: TaskPage }, async (ctx) => {
    const q = readQuery(ctx, TaskListQuery);
    const filtered = ctx.db.selectFrom('tasks as t').where((eb) =>
      eb.and([
        ...(q.owner ? [eb('t.ownerId', '=', q.owner)] : []),
        ...(q.partnerId ? [eb('t.partnerId', '=', q.partnerId)] : []),
        ...(q.status === 'all' ? [] : [eb('t.done', '=', q.status === 'done' ? 1 : 0)]),
      ]),
    );
    const [count, rows] = await Promise.all([
      filtered.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
      filtered
        .leftJoin('partners as p', 'p.id', 't.partnerId')
        .selectAll('t')
        .select('p.name as partnerName')
        .orderBy('t.due')
        .orderBy('t.createdAt')
        .orderBy('t.id')
        .limit(q.pageSize)
        .offset(offsetOf(q))
        .execute(),
    ]);
    return pageFrom(count.n, rows.map((r) => ({ ...taskFromRow(r), partnerName: r.partnerName })), q);
  }),

  post(paths.tasks, 'crm', { summary: 'Crée une relance', body: TaskInput, response: TaskRow }, async (ctx) => {
    const input = readBody(ctx, TaskInput);
    refuseIfAny(await missingReferences(ctx.db, input));
    const task: Task = { id: newId('t'), ...input, done: false, createdAt: ctx.clock.now(), synthetic: false, version: 1 };
    await ctx.db.insertInto('tasks').values(taskToRow(task)).execute();
    await ctx.audit({ action: 'create', entity: 'task', entityId: task.id, partnerId: task.partnerId, label: taskLabel(task), after: task });
    return created(await taskRow(ctx.db, task.id));
  }),

  patch(paths.task, 'crm', { summary: 'Modifie une relance (faite, échéance…)', body: TaskPatch, response: TaskRow }, async (ctx) => {
    const { version, ...changes } = readBody(ctx, TaskPatch);
    const current = taskFromRow(found(await ctx.db.selectFrom('tasks').selectAll().where('id', '=', ctx.params.id!).executeTakeFirst(), 'Tâche'));
    checkVersion(current, version);
    refuseIfAny(await missingReferences(ctx.db, { partnerId: changes.partnerId, ownerId: changes.ownerId }));
    const next: Task = { ...current, ...definedFields(changes), version: current.version + 1 };
    await saveVersioned(ctx.db, 'tasks', taskToRow(next), current.version);
    await ctx.audit({ action: 'update', entity: 'task', entityId: next.id, partnerId: next.partnerId, label: taskLabel(next), before: current, after: next });
    return taskRow(ctx.db, next.id);
  }),
];

/* -------------------------------------- opportunities -------------------------------------- */

type OpportunityQuery = z.infer<typeof OpportunityListQuery>;

/** The filters on the table alone, so that the COUNT(*) joins nothing. */
function filterOpportunities(db: Kysely<Database>, q: OpportunityQuery, dialect: Dialect) {
  return db.selectFrom('opportunities as o').where((eb) =>
    eb.and([
      ...(q.kind.length ? [eb('o.kind', 'in', q.kind)] : []),
      ...(q.stage.length ? [eb('o.stage', 'in', q.stage)] : []),
      ...(q.owner.length ? [eb('o.ownerId', 'in', q.owner)] : []),
      ...(q.partnerId ? [eb('o.partnerId', '=', q.partnerId)] : []),
      // Title and company, like fold(`${title} ${partnerName}`).
      ...eachWord(q.q, dialect, (word) =>
        eb(
          'o.id',
          'in',
          eb
            .selectFrom('opportunities')
            .select('id')
            .where((t) => word.in(t.ref('searchText')))
            .unionAll(eb.selectFrom('opportunities').select('id').where('partnerId', 'in', word.companies)),
        ),
      ),
    ]),
  );
}

/** With the company (its name, and its sort key) and the owner (whose name the list can sort on). */
const opportunityJoins = (qb: ReturnType<typeof filterOpportunities>) =>
  qb.leftJoin('partners as p', 'p.id', 'o.partnerId').leftJoin('users as u', 'u.id', 'o.ownerId');
type OpportunityJoins = ReturnType<typeof opportunityJoins>;

/** Each sort of OPPORTUNITY_SORT_KEYS, empty values last; ties in the order of creation (id). */
function sortOpportunities(qb: OpportunityJoins, q: OpportunityQuery): OpportunityJoins {
  const o = q.order;
  switch (q.sort) {
    case 'title':
      return qb.orderBy('o.titleKey', o);
    case 'partner':
      return qb.orderBy(nullsLastSql(sql.ref('p.nameKey'))).orderBy('p.nameKey', o);
    case 'kind':
      return qb.orderBy(rankSql(sql.ref('o.kind'), OPPORTUNITY_KINDS), o);
    case 'amount':
      return qb.orderBy('o.amount', o);
    case 'stage':
      return qb.orderBy(rankSql(sql.ref('o.stage'), OPPORTUNITY_STAGES), o);
    case 'owner':
      return qb.orderBy(nullsLastSql(sql.ref('u.nameKey'))).orderBy('u.nameKey', o);
    default:
      return qb.orderBy('o.expectedClose', o);
  }
}

const opportunityRowOf = (r: Database['opportunities'] & { partnerName: string | null }): OpportunityRow => ({
  ...opportunityFromRow(r),
  partnerName: r.partnerName ?? '',
});

async function opportunityRow(db: Kysely<Database>, id: string): Promise<OpportunityRow> {
  const r = await opportunityJoins(db.selectFrom('opportunities as o')).selectAll('o').select('p.name as partnerName').where('o.id', '=', id).executeTakeFirst();
  return opportunityRowOf(found(r, 'Opportunité'));
}

const opportunityLabel = (o: Pick<Opportunity, 'title'>) => `Opportunité « ${o.title} »`;

const opportunityRoutes: ApiRoute[] = [
  get(paths.opportunities, { summary: 'Opportunités : filtres, tri et pages', query: OpportunityListQuery, response: OpportunityPage }, async (ctx) => {
    const q = readQuery(ctx, OpportunityListQuery);
    const filtered = filterOpportunities(ctx.db, q, ctx.dialect);
    const sorted = (qb: ReturnType<typeof filterOpportunities>) => sortOpportunities(opportunityJoins(qb), q).orderBy('o.id');
    const columns = (qb: OpportunityJoins) => qb.selectAll('o').select('p.name as partnerName');
    const page = await listPage(q, isSearch(q.q), {
      count: () => filtered.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
      ids: (withTotal) => sorted(filtered).select(['o.id', totalSql(withTotal).as('total')]).limit(q.pageSize).offset(offsetOf(q)).execute(),
      rows: (ids) => columns(sorted(ctx.db.selectFrom('opportunities as o').where('o.id', 'in', ids))).execute(),
    });
    return { ...page, items: page.items.map(opportunityRowOf) };
  }),

  post(paths.opportunities, 'crm', { summary: 'Crée une opportunité', body: OpportunityInput, response: OpportunityRow }, async (ctx) => {
    const input = readBody(ctx, OpportunityInput);
    const close = newDealClose(input, ctx.clock.today());
    refuseIfAny([...(await missingReferences(ctx.db, input)), ...close.errors]);
    const opportunity: Opportunity = { id: newId('o'), ...input, closedAt: close.closedAt, createdAt: ctx.clock.now(), synthetic: false, version: 1 };
    await ctx.db.insertInto('opportunities').values(opportunityToRow(opportunity)).execute();
    // The company's open amount and, for a research deal created won, its kinds.
    await refreshPartners(ctx.db, [opportunity.partnerId]);
    await ctx.audit({ action: 'create', entity: 'opportunity', entityId: opportunity.id, partnerId: opportunity.partnerId, label: opportunityLabel(opportunity), after: opportunity });
    return created(await opportunityRow(ctx.db, opportunity.id));
  }),

  patch(paths.opportunity, 'crm', { summary: 'Modifie une opportunité (étape, montant…) ; la clôturer demande un motif', body: OpportunityPatch, response: OpportunityRow }, async (ctx) => {
    const { version, ...changes } = readBody(ctx, OpportunityPatch);
    const row = await ctx.db.selectFrom('opportunities').selectAll().where('id', '=', ctx.params.id!).executeTakeFirst();
    const current = opportunityFromRow(found(row, 'Opportunité'));
    checkVersion(current, version);
    const close = changedDealClose(current, changes, ctx.clock.today());
    refuseIfAny([...(await missingReferences(ctx.db, { partnerId: changes.partnerId, ownerId: changes.ownerId })), ...close.errors]);
    const next: Opportunity = { ...current, ...definedFields(changes), closeReason: close.closeReason, closedAt: close.closedAt, version: current.version + 1 };
    await saveVersioned(ctx.db, 'opportunities', opportunityToRow(next), current.version);
    await refreshPartners(ctx.db, [current.partnerId, next.partnerId]);
    await ctx.audit({ action: 'update', entity: 'opportunity', entityId: next.id, partnerId: next.partnerId, label: opportunityLabel(next), before: current, after: next });
    return opportunityRow(ctx.db, next.id);
  }),
];

export const workRoutes: ApiRoute[] = [...taskRoutes, ...opportunityRoutes];
