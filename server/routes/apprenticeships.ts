import { sql } from 'kysely';
import type { Expression, Kysely, SqlBool } from 'kysely';
import type * as z from 'zod/mini';
import { ContractPage, ContractRow } from '../../src/contract/api';
import { paths } from '../../src/contract/endpoints';
import { ContractInput, ContractPatch } from '../../src/contract/entities';
import type { ApprenticeshipContract } from '../../src/contract/entities';
import { checkVersion, found } from '../../src/contract/problems';
import { ContractListQuery } from '../../src/contract/queries';
import { CONTRACT_STATUSES, SPECIALITIES } from '../../src/contract/reference';
import { contractStatusOn } from '../../src/domain/apprenticeship';
import { contractFigures, contractRuleErrors, patchedContract } from '../../src/domain/contract-edits';
import type { ContractChecks } from '../../src/domain/contract-edits';
import { addDays } from '../../src/domain/dates';
import { refreshPartners } from '../db/derived';
import { contractFromRow, contractToRow } from '../db/rows';
import type { Dialect } from '../db/connect';
import type { Database } from '../db/schema';
import { created, get, patch, post, readBody, readQuery } from '../http/api';
import type { ApiRoute } from '../http/api';
import { newId } from '../partners/ids';
import { listPage, nullsLastSql, offsetOf, rankSql, totalSql } from '../work/lists';
import { missingReferences, refuseIfAny } from '../work/refs';
import { eachWord, isSearch } from '../work/text-sql';
import { saveVersioned } from '../work/versioned';

/**
 * Apprenticeship contracts, as mocks/handlers/apprenticeships.ts answers them: the status follows
 * from the dates and today (never stored as typed), the host's sector and department filter through
 * a subquery, and writes follow the rules of src/domain/contract-edits.
 */

type ContractQuery = z.infer<typeof ContractListQuery>;

/** src/domain/apprenticeship contractStatusOn, in SQL: a break-off dated after the end never took effect. */
function statusSql(today: string): Expression<string> {
  const broken = sql.ref('c.brokenOffOn');
  const end = sql.ref('c.end');
  return sql<string>`case when ${broken} is not null and ${broken} <= ${end} and ${broken} <= ${today} then 'broken-off' when ${end} < ${today} then 'completed' else 'active' end`;
}

/** The filters on the table alone (the host's sector and department through a subquery), so that the COUNT(*) joins nothing. */
function filterContracts(db: Kysely<Database>, q: ContractQuery, today: string, dialect: Dialect) {
  const status = statusSql(today);
  return db.selectFrom('contracts as c').where((eb) => {
    const where: Expression<SqlBool>[] = [];
    if (q.cohort.length) where.push(eb('c.cohortYear', 'in', q.cohort));
    if (q.speciality.length) where.push(eb('c.speciality', 'in', q.speciality));
    if (q.status.length) where.push(eb(status, 'in', q.status));
    if (q.sector.length || q.department.length) {
      let hosts = eb.selectFrom('partners as h').select('h.id');
      if (q.sector.length) hosts = hosts.where('h.sector', 'in', q.sector);
      if (q.department.length) hosts = hosts.where('h.department', 'in', q.department);
      where.push(eb('c.partnerId', 'in', hosts));
    }
    if (q.partnerId) where.push(eb('c.partnerId', '=', q.partnerId));
    if (q.tutorContactId) where.push(eb('c.tutorContactId', '=', q.tutorContactId));
    if (q.endingWithinDays !== undefined) {
      where.push(eb(status, '=', 'active'), eb('c.end', '>=', today), eb('c.end', '<=', addDays(today, q.endingWithinDays)));
    }
    if (q.activeInYear !== undefined) {
      // Active at some point of the academic year: started by its end, not finished or broken off before its start.
      const from = `${q.activeInYear}-09-01`;
      where.push(eb('c.start', '<=', `${q.activeInYear + 1}-08-31`), eb('c.end', '>=', from), eb.or([eb('c.brokenOffOn', 'is', null), eb('c.brokenOffOn', '>', from)]));
    }
    // Apprentice, host and tutor, like fold(`${first} ${last} ${host} ${tutor}`).
    where.push(
      ...eachWord(q.q, dialect, (word) =>
        eb(
          'c.id',
          'in',
          eb
            .selectFrom('contracts')
            .select('id')
            .where((t) => word.in(t.ref('searchText')))
            .unionAll(eb.selectFrom('contracts').select('id').where('partnerId', 'in', word.companies))
            .unionAll(eb.selectFrom('contracts').select('id').where('tutorContactId', 'in', word.contacts)),
        ),
      ),
    );
    return eb.and(where);
  });
}

/** With the host company and the tutor (a contact of it). */
const contractJoins = (qb: ReturnType<typeof filterContracts>) =>
  qb.leftJoin('partners as p', 'p.id', 'c.partnerId').leftJoin('contacts as tc', 'tc.id', 'c.tutorContactId');
type ContractJoins = ReturnType<typeof contractJoins>;

/** Each sort of CONTRACT_SORT_KEYS; ties in the order of creation (id). */
function sortContracts(qb: ContractJoins, q: ContractQuery, today: string): ContractJoins {
  const o = q.order;
  switch (q.sort) {
    case 'apprentice':
      return qb.orderBy('c.apprenticeKey', o);
    case 'speciality':
      return qb.orderBy(rankSql(sql.ref('c.speciality'), SPECIALITIES), o);
    case 'cohortYear':
      return qb.orderBy('c.cohortYear', o);
    case 'partner':
      return qb.orderBy(nullsLastSql(sql.ref('p.nameKey'))).orderBy('p.nameKey', o);
    case 'start':
      return qb.orderBy('c.start', o);
    case 'status':
      return qb.orderBy(rankSql(statusSql(today), CONTRACT_STATUSES), o);
    default:
      return qb.orderBy('c.end', o);
  }
}

const withNames = (qb: ContractJoins) => qb.selectAll('c').select(['p.name as partnerName', 'tc.firstName as tutorFirstName', 'tc.lastName as tutorLastName']);
type Joined = Database['contracts'] & { partnerName: string | null; tutorFirstName: string | null; tutorLastName: string | null };

function contractRowOf(r: Joined, today: string): ContractRow {
  const c = contractFromRow(r);
  return {
    ...c,
    status: contractStatusOn(c, today),
    partnerName: r.partnerName ?? '',
    tutorName: r.tutorFirstName === null ? null : `${r.tutorFirstName} ${r.tutorLastName ?? ''}`,
  };
}

async function contractRow(db: Kysely<Database>, id: string, today: string): Promise<ContractRow> {
  return contractRowOf(found(await withNames(contractJoins(db.selectFrom('contracts as c'))).where('c.id', '=', id).executeTakeFirst(), 'Contrat'), today);
}

/** A known host, the legal rules, and a tutor who works at the host (mocks' order of errors). */
async function contractErrors(db: Kysely<Database>, c: ApprenticeshipContract | z.infer<typeof ContractInput>, check?: ContractChecks) {
  const tutor = c.tutorContactId === null ? undefined : await db.selectFrom('contacts').select('partnerId').where('id', '=', c.tutorContactId).executeTakeFirst();
  return [...(await missingReferences(db, { partnerId: c.partnerId })), ...contractRuleErrors(c, tutor?.partnerId, check)];
}

const contractLabel = (c: Pick<ApprenticeshipContract, 'apprenticeFirstName' | 'apprenticeLastName'>) =>
  `Contrat d’apprentissage de ${c.apprenticeFirstName} ${c.apprenticeLastName}`;

export const contractRoutes: ApiRoute[] = [
  get(paths.contracts, { summary: 'Contrats d’apprentissage : filtres, tri et pages', query: ContractListQuery, response: ContractPage }, async (ctx) => {
    const q = readQuery(ctx, ContractListQuery);
    const today = ctx.clock.today();
    const filtered = filterContracts(ctx.db, q, today, ctx.dialect);
    const sorted = (qb: ReturnType<typeof filterContracts>) => sortContracts(contractJoins(qb), q, today).orderBy('c.id');
    const page = await listPage(q, isSearch(q.q), {
      count: () => filtered.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
      ids: (withTotal) => sorted(filtered).select(['c.id', totalSql(withTotal).as('total')]).limit(q.pageSize).offset(offsetOf(q)).execute(),
      rows: (ids) => withNames(sorted(ctx.db.selectFrom('contracts as c').where('c.id', 'in', ids))).execute(),
    });
    return { ...page, items: page.items.map((r) => contractRowOf(r, today)) };
  }),

  post(paths.contracts, 'contracts', { summary: 'Enregistre un contrat d’apprentissage (âge, durée, tuteur vérifiés)', body: ContractInput, response: ContractRow }, async (ctx) => {
    const input = readBody(ctx, ContractInput);
    refuseIfAny(await contractErrors(ctx.db, input));
    const draft = { ...input, brokenOffOn: null };
    const contract: ApprenticeshipContract = { id: newId('ac'), ...draft, ...contractFigures(draft, ctx.clock.today()), synthetic: false, version: 1 };
    await ctx.db.insertInto('contracts').values(contractToRow(contract)).execute();
    await refreshPartners(ctx.db, [contract.partnerId]);
    await ctx.audit({ action: 'create', entity: 'contract', entityId: contract.id, partnerId: contract.partnerId, label: contractLabel(contract), after: contract });
    return created(await contractRow(ctx.db, contract.id, ctx.clock.today()));
  }),

  patch(paths.contract, 'contracts', { summary: 'Modifie un contrat ; « broken-off » sans date le rompt aujourd’hui', body: ContractPatch, response: ContractRow }, async (ctx) => {
    const { version, ...changes } = readBody(ctx, ContractPatch);
    const today = ctx.clock.today();
    const row = await ctx.db.selectFrom('contracts').selectAll().where('id', '=', ctx.params.id!).executeTakeFirst();
    const stored = contractFromRow(found(row, 'Contrat'));
    // The stored status is the one of its last write: the history compares with today's.
    const current = { ...stored, status: contractStatusOn(stored, today) };
    checkVersion(current, version);
    const { next, check, errors } = patchedContract(current, changes, today);
    refuseIfAny([...(await contractErrors(ctx.db, next, check)), ...errors]);
    const saved: ApprenticeshipContract = { ...next, version: current.version + 1 };
    await saveVersioned(ctx.db, 'contracts', contractToRow(saved), current.version);
    await refreshPartners(ctx.db, [current.partnerId, saved.partnerId]);
    await ctx.audit({ action: 'update', entity: 'contract', entityId: saved.id, partnerId: saved.partnerId, label: contractLabel(saved), before: current, after: saved });
    return contractRow(ctx.db, saved.id, today);
  }),
];
