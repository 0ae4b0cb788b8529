import { sql } from 'kysely';
import type { Expression, Kysely, SqlBool } from 'kysely';
import type * as z from 'zod/mini';
import { AcademicPage, StartupPage, StartupRow } from '../../src/contract/api';
import { paths } from '../../src/contract/endpoints';
import { AcademicPartner, AcademicPartnerPatch } from '../../src/contract/entities';
import { checkVersion, found, wholeList } from '../../src/contract/problems';
import { AcademicListQuery, StartupListQuery } from '../../src/contract/queries';
import { STARTUP_STATUSES } from '../../src/contract/reference';
import { academicFilter, ACADEMIC_SORTS } from '../../src/domain/academic';
import { definedFields } from '../../src/domain/patch';
import { sortRows } from '../../src/domain/sort';
import { academicFromRow, academicToRow, startupFromRow } from '../db/rows';
import type { Dialect } from '../db/connect';
import type { Database } from '../db/schema';
import { get, patch, readBody, readQuery } from '../http/api';
import type { ApiRoute } from '../http/api';
import { listPage, offsetOf, rankSql, totalSql } from '../work/lists';
import { eachWord, isSearch } from '../work/text-sql';
import { saveVersioned } from '../work/versioned';

/**
 * The incubator's start-ups (mocks/handlers/startups.ts: they scale with the dataset, so filtered,
 * sorted and paged in SQL) and the partner schools (mocks/handlers/academic.ts: a fixed list of a
 * few dozen, filtered and sorted by the shared rules of src/domain/academic).
 */

/* ----------------------------------------- start-ups ----------------------------------------- */

type StartupQuery = z.infer<typeof StartupListQuery>;

function filterStartups(db: Kysely<Database>, q: StartupQuery, today: string, dialect: Dialect) {
  return db.selectFrom('startups as s').where((eb) => {
    const where: Expression<SqlBool>[] = [];
    if (q.sector.length) where.push(eb('s.sector', 'in', q.sector));
    if (q.department.length) where.push(eb('s.department', 'in', q.department));
    if (q.status.length) where.push(eb('s.status', 'in', q.status));
    if (q.link.length) where.push(eb('s.link', 'in', q.link));
    if (q.partnerId) where.push(eb('s.partnerId', '=', q.partnerId));
    if (q.incubatingNow) {
      where.push(eb('s.incubationStart', 'is not', null), eb('s.incubationStart', '<=', today), eb.or([eb('s.incubationEnd', 'is', null), eb('s.incubationEnd', '>=', today)]));
    }
    // Name, city and story, like fold(`${name} ${city} ${story}`).
    where.push(...eachWord(q.q, dialect, (word) => word.in(eb.ref('s.searchText'))));
    return eb.and(where);
  });
}

/** With the linked company's name. */
const startupJoins = (qb: ReturnType<typeof filterStartups>) => qb.leftJoin('partners as p', 'p.id', 's.partnerId');
type StartupJoins = ReturnType<typeof startupJoins>;

/** Each sort of STARTUP_SORT_KEYS; ties in the order of creation (id). Sector and department codes are plain ASCII. */
function sortStartups(qb: StartupJoins, q: StartupQuery): StartupJoins {
  const o = q.order;
  switch (q.sort) {
    case 'foundedYear':
      return qb.orderBy('s.foundedYear', o);
    case 'sector':
      return qb.orderBy('s.sector', o);
    case 'department':
      return qb.orderBy('s.department', o);
    case 'status':
      return qb.orderBy(rankSql(sql.ref('s.status'), STARTUP_STATUSES), o);
    case 'jobs':
      return qb.orderBy('s.jobs', o);
    case 'fundsRaised':
      return qb.orderBy('s.fundsRaised', o);
    default:
      return qb.orderBy('s.nameKey', o);
  }
}

const startupRowOf = (r: Database['startups'] & { partnerName: string | null }): StartupRow => ({ ...startupFromRow(r), partnerName: r.partnerName });

const startupRoutes: ApiRoute[] = [
  get(paths.startups, { summary: 'Start-ups de l’incubateur : filtres, tri et pages', query: StartupListQuery, response: StartupPage }, async (ctx) => {
    const q = readQuery(ctx, StartupListQuery);
    const filtered = filterStartups(ctx.db, q, ctx.clock.today(), ctx.dialect);
    const sorted = (qb: ReturnType<typeof filterStartups>) => sortStartups(startupJoins(qb), q).orderBy('s.id');
    const columns = (qb: StartupJoins) => qb.selectAll('s').select('p.name as partnerName');
    const page = await listPage(q, isSearch(q.q), {
      count: () => filtered.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
      ids: (withTotal) => sorted(filtered).select(['s.id', totalSql(withTotal).as('total')]).limit(q.pageSize).offset(offsetOf(q)).execute(),
      rows: (ids) => columns(sorted(ctx.db.selectFrom('startups as s').where('s.id', 'in', ids))).execute(),
    });
    return { ...page, items: page.items.map(startupRowOf) };
  }),

  get(paths.startup, { summary: 'Une start-up', response: StartupRow }, async (ctx) => {
    const r = await startupJoins(ctx.db.selectFrom('startups as s')).selectAll('s').select('p.name as partnerName').where('s.id', '=', ctx.params.id!).executeTakeFirst();
    return startupRowOf(found(r, 'Start-up'));
  }),
];

/* ------------------------------------- partner schools ------------------------------------- */

const academicRoutes: ApiRoute[] = [
  get(paths.academic, { summary: 'Établissements partenaires (doubles diplômes, renouvellements)', query: AcademicListQuery, response: AcademicPage }, async (ctx) => {
    const q = readQuery(ctx, AcademicListQuery);
    const all = (await ctx.db.selectFrom('academicPartners').selectAll().orderBy('id').execute()).map(academicFromRow);
    const { key, collate } = ACADEMIC_SORTS[q.sort];
    return wholeList(sortRows(all.filter(academicFilter(q, ctx.clock.today())), key, q.order, { collate }));
  }),

  patch(paths.academicPartner, 'crm', { summary: 'Modifie un accord (renouvellement, double diplôme…)', body: AcademicPartnerPatch, response: AcademicPartner }, async (ctx) => {
    const { version, ...changes } = readBody(ctx, AcademicPartnerPatch);
    const row = await ctx.db.selectFrom('academicPartners').selectAll().where('id', '=', ctx.params.id!).executeTakeFirst();
    const current = academicFromRow(found(row, 'Établissement partenaire'));
    checkVersion(current, version);
    const next: AcademicPartner = { ...current, ...definedFields(changes), version: current.version + 1 };
    await saveVersioned(ctx.db, 'academicPartners', academicToRow(next), current.version);
    await ctx.audit({ action: 'update', entity: 'academicPartner', entityId: next.id, partnerId: null, label: `Établissement ${next.school}`, before: current, after: next });
    return next;
  }),
];

export const catalogueRoutes: ApiRoute[] = [...startupRoutes, ...academicRoutes];
