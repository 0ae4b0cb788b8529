import { sql } from 'kysely';
import type { Kysely } from 'kysely';
import { EventDetail, EventPage, TaxPledgePage, TaxPledgeRow } from '../../src/contract/api';
import type { EventWithAttendance } from '../../src/contract/api';
import { paths } from '../../src/contract/endpoints';
import { AttendanceInput, TaxPledgeInput, TaxPledgePatch } from '../../src/contract/entities';
import type { SchoolEvent, TaxPledge } from '../../src/contract/entities';
import { checkVersion, found, problem, wholeList } from '../../src/contract/problems';
import { EventListQuery, TaxListQuery } from '../../src/contract/queries';
import type { Page } from '../../src/contract/primitives';
import type * as z from 'zod/mini';
import { attendanceLabel, compareEvents, eventFilter } from '../../src/domain/events';
import { duplicatePledgeDetail } from '../../src/domain/tax-pledge';
import { refreshPartners } from '../db/derived';
import { isTrue, num, taxPledgeFromRow, taxPledgeToRow } from '../db/rows';
import type { Dialect } from '../db/connect';
import type { Database } from '../db/schema';
import { created, get, patch, post, put, readBody, readQuery } from '../http/api';
import type { ApiRoute } from '../http/api';
import { newId } from '../partners/ids';
import { listPage, nullsLastSql, offsetOf, pageFrom, totalSql } from '../work/lists';
import { missingReferences, refuseIfAny } from '../work/refs';
import { eachWord, isSearch } from '../work/text-sql';
import { writeUnique } from '../work/unique';
import { saveVersioned } from '../work/versioned';

/**
 * The apprenticeship-tax campaign (mocks/handlers/tax.ts) and the school's events with who came
 * (mocks/handlers/events.ts). Pledges scale with the companies: filtered, sorted and paged in SQL.
 * The calendar does not (a few dozen events): its rows are filtered and ordered by the shared rules
 * of src/domain/events, while attendance, which scales, is counted and listed in SQL.
 */

/* --------------------------------------- tax pledges --------------------------------------- */

const pledgeJoins = (db: Kysely<Database>) => db.selectFrom('taxPledges as x').leftJoin('partners as p', 'p.id', 'x.partnerId');


const pledgeRowOf = (r: JoinedPledge): TaxPledgeRow => ({ ...taxPledgeFromRow(r), partnerName: r.partnerName ?? '' });

async function pledgeRow(db: Kysely<Database>, id: string): Promise<TaxPledgeRow> {
  const r = await pledgeJoins(db).selectAll('x').select('p.name as partnerName').where('x.id', '=', id).executeTakeFirst();
  return pledgeRowOf(found(r, 'Promesse de taxe d’apprentissage'));
}

const pledgeLabel = (t: Pick<TaxPledge, 'year'>) => `Taxe d’apprentissage ${t.year}`;

type PledgeQuery = z.infer<typeof TaxListQuery>;
type JoinedPledge = Database['taxPledges'] & { partnerName: string | null };

/** The filters on the table alone, so that the COUNT(*) joins nothing. */
function filterPledges(db: Kysely<Database>, q: PledgeQuery, dialect: Dialect) {
  return db.selectFrom('taxPledges as x').where((eb) =>
    eb.and([
      ...(q.year !== undefined ? [eb('x.year', '=', q.year)] : []),
      ...(q.partnerId ? [eb('x.partnerId', '=', q.partnerId)] : []),
      ...(q.status.length ? [eb('x.status', 'in', q.status)] : []),
      // The company's name, like fold(partnerName).
      ...eachWord(q.q, dialect, (word) => eb('x.partnerId', 'in', word.companies)),
    ]),
  );
}

/** One company's pledges, or the companies a search finds: few rows, or a read of every one, sorted whole. */
function pledgesFound(db: Kysely<Database>, q: PledgeQuery, dialect: Dialect): Promise<Page<JoinedPledge>> {
  const filtered = filterPledges(db, q, dialect);
  const sorted = (qb: typeof filtered) =>
    qb.leftJoin('partners as p', 'p.id', 'x.partnerId').orderBy('x.year', 'desc').orderBy(nullsLastSql(sql.ref('p.nameKey'))).orderBy('p.nameKey').orderBy('x.id');
  return listPage(q, isSearch(q.q), {
    count: () => filtered.select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow(),
    ids: (withTotal) => sorted(filtered).select(['x.id', totalSql(withTotal).as('total')]).limit(q.pageSize).offset(offsetOf(q)).execute(),
    rows: (ids) => sorted(db.selectFrom('taxPledges as x').where('x.id', 'in', ids)).selectAll('x').select('p.name as partnerName').execute(),
  });
}

/**
 * Every pledge (of a campaign, of some statuses), latest campaign first then companies by name,
 * without sorting them all: counted by campaign, then each campaign the page reaches is read in the
 * companies' order — their nameKey index, then each one's pledge by the (partnerId, year) index.
 * Every pledge has its company (companies are never deleted), so the join drops none.
 */
async function pledgesByCampaign(db: Kysely<Database>, q: PledgeQuery): Promise<Page<JoinedPledge>> {
  let campaigns = db.selectFrom('taxPledges as x').select(['x.year', (eb) => eb.fn.countAll().as('n')]);
  if (q.year !== undefined) campaigns = campaigns.where('x.year', '=', q.year);
  if (q.status.length) campaigns = campaigns.where('x.status', 'in', q.status);
  const counts = await campaigns.groupBy('x.year').orderBy('x.year', 'desc').execute();
  const items: JoinedPledge[] = [];
  let skip = offsetOf(q);
  for (const { year, n } of counts) {
    if (items.length === q.pageSize) break;
    if (skip >= num(n)) {
      skip -= num(n);
      continue;
    }
    // A cross join: SQLite then reads the companies first, as written (PostgreSQL plans it as a join).
    let rows = db.selectFrom('partners as p').crossJoin('taxPledges as x').whereRef('x.partnerId', '=', 'p.id').where('x.year', '=', year);
    if (q.status.length) rows = rows.where('x.status', 'in', q.status);
    items.push(
      ...(await rows.selectAll('x').select('p.name as partnerName').orderBy('p.nameKey').orderBy('x.id').limit(q.pageSize - items.length).offset(skip).execute()),
    );
    skip = 0;
  }
  return pageFrom(counts.reduce((sum, c) => sum + num(c.n), 0), items, q);
}

const taxRoutes: ApiRoute[] = [
  // Latest campaign first, then companies in alphabetical order.
  get(paths.taxPledges, { summary: 'Promesses de taxe d’apprentissage, dernière campagne d’abord', query: TaxListQuery, response: TaxPledgePage }, async (ctx) => {
    const q = readQuery(ctx, TaxListQuery);
    const page = isSearch(q.q) || q.partnerId ? await pledgesFound(ctx.db, q, ctx.dialect) : await pledgesByCampaign(ctx.db, q);
    return { ...page, items: page.items.map(pledgeRowOf) };
  }),

  // One pledge per company and campaign: a second one is a conflict with the first.
  post(paths.taxPledges, 'crm', { summary: 'Enregistre la promesse d’une entreprise pour une campagne', body: TaxPledgeInput, response: TaxPledgeRow }, async (ctx) => {
    const input = readBody(ctx, TaxPledgeInput);
    refuseIfAny(await missingReferences(ctx.db, input));
    const pledge: TaxPledge = { id: newId('tx'), ...input, updatedAt: ctx.clock.now(), synthetic: false, version: 1 };
    // The UNIQUE index on (partnerId, year) decides, so that two saves at once cannot both pass.
    await writeUnique(
      ctx.db,
      () => ctx.db.insertInto('taxPledges').values(taxPledgeToRow(pledge)).execute(),
      async () => {
        const existing = await ctx.db.selectFrom('taxPledges').select('id').where('partnerId', '=', input.partnerId).where('year', '=', input.year).executeTakeFirst();
        throw problem(409, { detail: duplicatePledgeDetail(input.year), conflictId: existing?.id });
      },
    );
    await refreshPartners(ctx.db, [pledge.partnerId]);
    await ctx.audit({ action: 'create', entity: 'taxPledge', entityId: pledge.id, partnerId: pledge.partnerId, label: pledgeLabel(pledge), after: pledge });
    return created(await pledgeRow(ctx.db, pledge.id));
  }),

  patch(paths.taxPledge, 'crm', { summary: 'Suit une promesse (statut, montant)', body: TaxPledgePatch, response: TaxPledgeRow }, async (ctx) => {
    const { version, amount, status } = readBody(ctx, TaxPledgePatch);
    const row = await ctx.db.selectFrom('taxPledges').selectAll().where('id', '=', ctx.params.id!).executeTakeFirst();
    const current = taxPledgeFromRow(found(row, 'Promesse de taxe d’apprentissage'));
    checkVersion(current, version);
    const next: TaxPledge = {
      ...current,
      ...(amount !== undefined ? { amount } : {}),
      ...(status !== undefined ? { status } : {}),
      updatedAt: ctx.clock.now(),
      version: current.version + 1,
    };
    await saveVersioned(ctx.db, 'taxPledges', taxPledgeToRow(next), current.version);
    await refreshPartners(ctx.db, [next.partnerId]);
    await ctx.audit({ action: 'update', entity: 'taxPledge', entityId: next.id, partnerId: next.partnerId, label: pledgeLabel(next), before: current, after: next });
    return pledgeRow(ctx.db, next.id);
  }),
];

/* ------------------------------------------ events ------------------------------------------ */

type EventRow = Database['events'];

/** The events with who came (partnerIds in a stable order: by id). */
async function withAttendance(db: Kysely<Database>, events: readonly EventRow[]): Promise<EventWithAttendance[]> {
  const ids = events.map((e) => e.id);
  const attendance = ids.length
    ? await db.selectFrom('eventAttendance').select(['eventId', 'partnerId']).where('eventId', 'in', ids).orderBy('eventId').orderBy('partnerId').execute()
    : [];
  const byEvent = new Map<string, string[]>(ids.map((id) => [id, []]));
  for (const a of attendance) byEvent.get(a.eventId)?.push(a.partnerId);
  return events.map((e) => {
    const partnerIds = byEvent.get(e.id) ?? [];
    const event: SchoolEvent = { ...e, partnerIds, synthetic: isTrue(e.synthetic) };
    return { ...event, attendeeCount: partnerIds.length };
  });
}

async function eventDetail(db: Kysely<Database>, id: string): Promise<EventDetail> {
  const row = found(await db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst(), 'Événement');
  const [event] = await withAttendance(db, [row]);
  // The companies that came, in alphabetical order.
  const attendees = await db
    .selectFrom('eventAttendance as a')
    .innerJoin('partners as p', 'p.id', 'a.partnerId')
    .select(['p.id', 'p.name', 'p.sector', 'p.department', 'p.city'])
    .where('a.eventId', '=', id)
    .orderBy('p.nameKey')
    .orderBy('p.id')
    .execute();
  return { ...event!, attendees };
}

const eventRoutes: ApiRoute[] = [
  // Most recent first; `year` is the calendar year of the event.
  get(paths.events, { summary: 'Événements de l’école, du plus récent au plus ancien', query: EventListQuery, response: EventPage }, async (ctx) => {
    const q = readQuery(ctx, EventListQuery);
    let events = ctx.db.selectFrom('events').selectAll();
    if (q.partnerId) events = events.where('id', 'in', ctx.db.selectFrom('eventAttendance').select('eventId').where('partnerId', '=', q.partnerId));
    const rows = (await events.execute()).filter(eventFilter(q)).sort(compareEvents);
    return wholeList(await withAttendance(ctx.db, rows));
  }),

  get(paths.event, { summary: 'Un événement et les entreprises venues', response: EventDetail }, (ctx) => eventDetail(ctx.db, ctx.params.id!)),

  // Idempotent: marking present twice keeps one attendance.
  put(paths.eventAttendance, 'crm', { summary: 'Marque une entreprise présente ou absente à un événement', body: AttendanceInput, response: EventDetail }, async (ctx) => {
    const { partnerId, present } = readBody(ctx, AttendanceInput);
    const event = found(await ctx.db.selectFrom('events').select(['id', 'title']).where('id', '=', ctx.params.id!).executeTakeFirst(), 'Événement');
    refuseIfAny(await missingReferences(ctx.db, { partnerId }));
    const mark = { eventId: event.id, partnerId };
    const already = (await ctx.db.selectFrom('eventAttendance').select('partnerId').where('eventId', '=', event.id).where('partnerId', '=', partnerId).executeTakeFirst()) !== undefined;
    if (present !== already) {
      if (present) await ctx.db.insertInto('eventAttendance').values(mark).onConflict((oc) => oc.doNothing()).execute();
      else await ctx.db.deleteFrom('eventAttendance').where('eventId', '=', event.id).where('partnerId', '=', partnerId).execute();
      // The company's "events" kind.
      await refreshPartners(ctx.db, [partnerId]);
      await ctx.audit({ action: 'update', entity: 'event', entityId: event.id, partnerId, label: attendanceLabel(event), before: { present: already }, after: { present } });
    }
    return eventDetail(ctx.db, event.id);
  }),
];

export const campaignRoutes: ApiRoute[] = [...taxRoutes, ...eventRoutes];
