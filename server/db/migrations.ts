import { Migrator, PostgresAdapter, sql } from 'kysely';
import type { CreateTableBuilder, Kysely, Migration, MigrationProvider } from 'kysely';

/**
 * Versioned migrations, applied in order at start (Kysely records them in its own table). Types
 * are the ones SQLite and PostgreSQL share: text, integer, double precision. Never edit a migration
 * that has shipped: add the next one.
 */

type Col = [name: string, type: 'text' | 'integer' | 'double precision', options?: { notNull?: boolean; primaryKey?: boolean }];

/**
 * PostgreSQL compares text by the database's locale; the keys are made to sort as bytes (as SQLite
 * does), so every text column is declared `collate "C"` there: the same order on both, and LIKE and
 * ORDER BY can use the indexes whatever locale the database was created with.
 */
const isPostgres = (db: Kysely<unknown>) => db.getExecutor().adapter instanceof PostgresAdapter;

function table(db: Kysely<unknown>, name: string, columns: Col[], primaryKey?: string[]) {
  let builder: CreateTableBuilder<string, string> = db.schema.createTable(name);
  const postgres = isPostgres(db);
  for (const [column, type, options = {}] of columns) {
    builder = builder.addColumn(column, type, (c) => {
      let col = postgres && type === 'text' ? c.modifyFront(sql`collate "C"`) : c;
      if (options.primaryKey) col = col.primaryKey();
      if (options.notNull !== false && !options.primaryKey) col = col.notNull();
      return col;
    });
  }
  if (primaryKey) builder = builder.addPrimaryKeyConstraint(`${name}_pk`, primaryKey);
  return builder.execute();
}

const id: Col = ['id', 'text', { primaryKey: true }];
const text = (name: string, notNull = true): Col => [name, 'text', { notNull }];
const int = (name: string, notNull = true): Col => [name, 'integer', { notNull }];
const real = (name: string): Col => [name, 'double precision'];

/** Columns may carry a direction ('titleKey desc'). */
async function index(db: Kysely<unknown>, tableName: string, columns: string[], unique = false) {
  let b = db.schema.createIndex(`${tableName}_${columns.join('_').replace(/ /g, '_')}_idx`).on(tableName).columns(columns);
  if (unique) b = b.unique();
  await b.execute();
}

const initial: Migration = {
  async up(db) {
    await table(db, 'meta', [['key', 'text', { primaryKey: true }], text('value')]);
    await table(db, 'users', [id, text('name'), text('nameKey'), text('email'), text('role'), text('passwordHash', false), int('active'), text('createdAt')]);
    await index(db, 'users', ['email'], true);
    await table(db, 'sessions', [id, text('userId'), text('csrfToken'), text('createdAt'), text('expiresAt')]);
    await index(db, 'sessions', ['expiresAt']);
    await index(db, 'sessions', ['userId']);
    await table(db, 'audit', [id, text('at'), text('userId', false), text('userName'), text('action'), text('entity'), text('entityId'), text('partnerId', false), text('label'), text('changes')]);
    await index(db, 'audit', ['partnerId', 'at']);
    await index(db, 'audit', ['at']);

    await table(db, 'partners', [
      id, text('name'), text('siren', false), text('siret', false), text('vatNumber', false), text('nafCode', false), text('sector'), text('department'),
      text('city'), text('sizeBand'), text('stage'), text('kinds'), text('ownerId', false), text('partnerSince', false), text('tags'), text('website', false),
      text('notes'), int('archived'), int('synthetic'), text('createdAt'), text('updatedAt'), int('version'),
      text('nameKey'), text('cityKey'), text('dupKey'), text('searchText'), text('lastInteraction', false), real('openOpportunitiesAmount'),
    ]);
    // The list reads companies not archived in the order asked: `archived` first, or SQLite sorts the whole table.
    await index(db, 'partners', ['archived', 'nameKey', 'id', 'searchText']);
    for (const c of ['sector', 'department', 'cityKey', 'lastInteraction', 'openOpportunitiesAmount', 'partnerSince', 'stage', 'ownerId']) await index(db, 'partners', ['archived', c, 'nameKey', 'id']);
    await index(db, 'partners', ['archived', 'department', 'sector', 'stage', 'ownerId']);
    // With the id: the list's tie-break, and the company-name search's narrow read (server/work/text-sql.ts).
    await index(db, 'partners', ['nameKey', 'id']);
    for (const c of ['siren', 'dupKey']) await index(db, 'partners', [c]);
    await table(db, 'partnerTags', [text('partnerId'), text('tag')], ['partnerId', 'tag']);
    await index(db, 'partnerTags', ['tag', 'partnerId']);
    await table(db, 'partnerKinds', [text('partnerId'), text('kind')], ['partnerId', 'kind']);
    await index(db, 'partnerKinds', ['kind', 'partnerId']);

    await table(db, 'contacts', [
      id, text('partnerId'), text('firstName'), text('lastName'), text('role'), text('email'), text('phone'), int('isTutor'), int('synthetic'), int('version'),
      text('nameFold'),
    ]);
    await index(db, 'contacts', ['partnerId']);
    await index(db, 'contacts', ['nameFold', 'id']);
    await table(db, 'interactions', [id, text('partnerId'), text('contactId', false), text('date'), text('kind'), text('authorId'), text('summary'), int('synthetic')]);
    await index(db, 'interactions', ['partnerId', 'date']);
    await table(db, 'tasks', [id, text('partnerId', false), text('title'), text('due'), text('ownerId'), int('done'), text('createdAt'), int('synthetic'), int('version')]);
    // The follow-ups' order (due, then creation), open ones or all, with or without an owner.
    await index(db, 'tasks', ['ownerId', 'done', 'due', 'createdAt', 'id']);
    await index(db, 'tasks', ['partnerId']);
    await index(db, 'tasks', ['done', 'due', 'createdAt', 'id']);
    await index(db, 'tasks', ['due', 'createdAt', 'id']);
    await table(db, 'opportunities', [
      id, text('partnerId'), text('title'), text('kind'), real('amount'), text('stage'), text('ownerId'), text('expectedClose'), text('closedAt', false),
      text('closeReason', false), text('createdAt'), int('synthetic'), int('version'), text('titleKey'), text('searchText'),
    ]);
    // With the id, so that the search's company sets give ids without reading rows (server/work/text-sql.ts).
    await index(db, 'opportunities', ['partnerId', 'id']);
    await index(db, 'opportunities', ['stage']);
    await index(db, 'opportunities', ['expectedClose']);
    // Text sorts: ties in the order of creation (id) in both directions, so one index per direction.
    await index(db, 'opportunities', ['titleKey', 'id']);
    await index(db, 'opportunities', ['titleKey desc', 'id']);
    // LIKE '%…%' reads a column of every row: from these narrow indexes rather than the tables (server/work/text-sql.ts).
    await index(db, 'opportunities', ['searchText', 'id']);
    await table(db, 'contracts', [
      id, text('apprenticeFirstName'), text('apprenticeLastName'), text('birthDate'), text('speciality'), int('cohortYear'), text('partnerId'),
      text('tutorContactId', false), text('start'), text('end'), text('brokenOffOn', false), text('status'), int('synthetic'), int('version'),
      text('apprenticeKey'), text('searchText'),
    ]);
    for (const c of ['partnerId', 'tutorContactId']) await index(db, 'contracts', [c, 'id']);
    for (const c of ['cohortYear', 'end', 'start']) await index(db, 'contracts', [c]);
    await index(db, 'contracts', ['apprenticeKey', 'id']);
    await index(db, 'contracts', ['apprenticeKey desc', 'id']);
    await index(db, 'contracts', ['searchText', 'id']);
    // Active on a day, per company: the list's activeApprentices and the statistics.
    await index(db, 'contracts', ['partnerId', 'start', 'end', 'brokenOffOn']);
    await index(db, 'contracts', ['end', 'start', 'brokenOffOn', 'partnerId']);
    await table(db, 'equipment', [
      id, text('name'), text('platform'), text('researchUnit'), text('category'), text('description'), text('rateUnit'), real('rate'), int('openToCompanies'), int('synthetic'),
    ]);
    await table(db, 'maintenance', [id, text('equipmentId'), text('start'), text('end'), text('reason')]);
    await index(db, 'maintenance', ['equipmentId', 'start']);
    await table(db, 'bookings', [
      id, text('equipmentId'), text('partnerId'), text('start'), text('end'), text('purpose'), text('status'), real('invoiced'), int('synthetic'), int('version'),
    ]);
    await index(db, 'bookings', ['equipmentId', 'start']);
    await index(db, 'bookings', ['partnerId']);
    await index(db, 'bookings', ['start']);
    // Covers the equipment statistics (a period of bookings with what they are summed by).
    await index(db, 'bookings', ['start', 'status', 'end', 'equipmentId', 'partnerId', 'invoiced']);
    await table(db, 'startups', [
      id, text('name'), int('foundedYear'), text('incubationStart', false), text('incubationEnd', false), text('sector'), text('department'), text('city'),
      text('status'), int('closedYear', false), int('jobs'), real('fundsRaised'), text('link'), text('partnerId', false), text('story', false), int('synthetic'),
      text('nameKey'), text('searchText'),
    ]);
    await index(db, 'startups', ['nameKey', 'id']);
    await index(db, 'startups', ['nameKey desc', 'id']);
    await index(db, 'startups', ['partnerId']);
    await index(db, 'startups', ['foundedYear']);
    await table(db, 'academicPartners', [
      id, text('school'), text('country'), text('city'), text('scope'), int('doubleDegree'), int('since'), text('renewalDate'), text('field'), int('active'), int('synthetic'), int('version'),
    ]);
    await table(db, 'events', [id, text('kind'), text('title'), text('date'), text('place'), int('synthetic')]);
    await index(db, 'events', ['date']);
    await table(db, 'eventAttendance', [text('eventId'), text('partnerId')], ['eventId', 'partnerId']);
    await index(db, 'eventAttendance', ['partnerId']);
    await table(db, 'taxPledges', [id, text('partnerId'), int('year'), real('amount'), text('status'), text('updatedAt'), int('synthetic'), int('version')]);
    // One pledge per company and campaign, even when two saves race (the route answers 409).
    await index(db, 'taxPledges', ['partnerId', 'year'], true);
    // Pledges counted by campaign (and status).
    await index(db, 'taxPledges', ['year', 'status']);
    await table(db, 'yearlyFigures', [['year', 'integer', { primaryKey: true }], int('students'), int('apprentices')]);
  },
};

/**
 * Indexes found missing by measuring at 100,000 companies (bench/api.bench.mjs):
 * - the list sorted on a column, descending, breaks ties by name and id ascending: an index read
 *   backwards gives them descending, so SQLite sorted every company of the first values. One index
 *   per column in that order, empty values last as the list wants them (PostgreSQL puts them first
 *   in a descending index unless told);
 * - the search within a sector, and the list's total counted per sector, read the search text from
 *   the sector's index instead of each company's row;
 * - the map's companies layer groups every company by kinds and place from an index, not the table.
 */
const listAndMapIndexes: Migration = {
  async up(db) {
    const postgres = isPostgres(db);
    for (const c of ['sector', 'department', 'cityKey', 'lastInteraction', 'openOpportunitiesAmount', 'partnerSince']) {
      const column = sql`${sql.ref(c)} desc${postgres ? sql` nulls last` : sql``}`;
      await sql`create index ${sql.id(`partners_archived_${c}_desc_nameKey_id_idx`)} on ${sql.table('partners')} (${sql.ref('archived')}, ${column}, ${sql.ref('nameKey')}, ${sql.ref('id')})`.execute(db);
    }
    // Replaced by the same columns with the search text (server/partners/list.ts).
    await db.schema.dropIndex('partners_archived_sector_nameKey_id_idx').execute();
    await index(db, 'partners', ['archived', 'sector', 'nameKey', 'id', 'searchText']);
    await index(db, 'partners', ['kinds', 'department', 'sector', 'archived']);
  },
};

/** Every migration, by name; names sort in the order they apply. */
export const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-list-and-map-indexes': listAndMapIndexes,
};

const provider: MigrationProvider = { getMigrations: () => Promise.resolve(migrations) };

export async function migrateToLatest(db: Kysely<unknown>): Promise<void> {
  const { error, results } = await new Migrator({ db, provider }).migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${String(error)}`);
}
