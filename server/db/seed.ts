import type { Kysely } from 'kysely';
import type { Dataset } from '../../mocks/data/dataset';
import { OPEN_OPPORTUNITY_STAGES } from '../../src/contract/reference';
import { sortKey } from '../../src/domain/text';
import { partnerKeys, kindRows, tagRows } from './derived';
import {
  academicToRow, bookingToRow, contactToRow, contractToRow, equipmentToRow, interactionToRow, opportunityToRow, partnerToRow,
  startupToRow, taskToRow, taxPledgeToRow,
} from './rows';
import type { Database } from './schema';

/** Both SQLite (32,766) and PostgreSQL (65,535) cap the parameters of one statement. */
const MAX_PARAMS = 30_000;

async function insertAll<T extends keyof Database>(db: Kysely<Database>, table: T, rows: readonly Database[T][]): Promise<void> {
  if (rows.length === 0) return;
  const perRow = Object.keys(rows[0] as object).length;
  const size = Math.max(1, Math.floor(MAX_PARAMS / perRow));
  for (let i = 0; i < rows.length; i += size) {
    await db.insertInto(table).values(rows.slice(i, i + size) as never).execute();
  }
}

/** True when the database holds no company and no account: the first start. */
export async function isEmpty(db: Kysely<Database>): Promise<boolean> {
  const [p, u] = await Promise.all([
    db.selectFrom('partners').select('id').limit(1).execute(),
    db.selectFrom('users').select('id').limit(1).execute(),
  ]);
  return p.length === 0 && u.length === 0;
}

/**
 * Loads a generated dataset into an empty database, in one transaction: the demo's people become
 * accounts that cannot sign in (no password) until an administrator gives them one.
 */
export async function loadDataset(db: Kysely<Database>, data: Dataset, createdAt: string): Promise<void> {
  await db.transaction().execute((trx) => loadDatasetInto(trx, data, createdAt));
}

async function loadDatasetInto(trx: Kysely<Database>, data: Dataset, createdAt: string): Promise<void> {
  {
    const contactNames = new Map<string, string[]>();
    for (const c of data.contacts) {
      const names = contactNames.get(c.partnerId) ?? [];
      names.push(`${c.firstName} ${c.lastName}`);
      contactNames.set(c.partnerId, names);
    }
    const last = new Map<string, string>();
    for (const i of data.interactions) if ((last.get(i.partnerId) ?? '') < i.date) last.set(i.partnerId, i.date);
    const open = new Map<string, number>();
    const openStages = new Set<string>(OPEN_OPPORTUNITY_STAGES);
    for (const o of data.opportunities) if (openStages.has(o.stage)) open.set(o.partnerId, (open.get(o.partnerId) ?? 0) + o.amount);

    await insertAll(trx, 'users', data.users.map((u) => ({ ...u, nameKey: sortKey(u.name), passwordHash: null, active: 1 as const, createdAt })));
    await insertAll(
      trx,
      'partners',
      data.partners.map((p) => ({
        ...partnerToRow(p),
        ...partnerKeys(p, contactNames.get(p.id) ?? []),
        lastInteraction: last.get(p.id) ?? null,
        openOpportunitiesAmount: open.get(p.id) ?? 0,
      })),
    );
    await insertAll(trx, 'partnerTags', data.partners.flatMap((p) => tagRows(p.id, p.tags)));
    await insertAll(trx, 'partnerKinds', data.partners.flatMap((p) => kindRows(p.id, p.kinds)));
    await insertAll(trx, 'contacts', data.contacts.map(contactToRow));
    await insertAll(trx, 'interactions', data.interactions.map(interactionToRow));
    await insertAll(trx, 'tasks', data.tasks.map(taskToRow));
    await insertAll(trx, 'opportunities', data.opportunities.map(opportunityToRow));
    await insertAll(trx, 'contracts', data.contracts.map(contractToRow));
    await insertAll(trx, 'equipment', data.equipment.map(equipmentToRow));
    await insertAll(trx, 'maintenance', data.maintenance);
    await insertAll(trx, 'bookings', data.bookings.map(bookingToRow));
    await insertAll(trx, 'startups', data.startups.map(startupToRow));
    await insertAll(trx, 'academicPartners', data.academicPartners.map(academicToRow));
    await insertAll(trx, 'events', data.events.map(({ partnerIds: _ids, ...e }) => ({ ...e, synthetic: e.synthetic ? (1 as const) : (0 as const) })));
    await insertAll(trx, 'eventAttendance', data.events.flatMap((e) => [...new Set(e.partnerIds)].map((partnerId) => ({ eventId: e.id, partnerId }))));
    await insertAll(trx, 'taxPledges', data.taxPledges.map(taxPledgeToRow));
    await insertAll(trx, 'yearlyFigures', data.yearlyFigures);
    await trx.insertInto('meta').values([
      { key: 'dataset', value: JSON.stringify({ seed: data.seed, scale: data.scale, today: data.today, loadedAt: createdAt }) },
    ]).execute();
  }
}

/** Every table the dataset fills, children first (for a wipe). */
export const DATA_TABLES = [
  'audit', 'sessions', 'eventAttendance', 'events', 'taxPledges', 'academicPartners', 'startups', 'bookings', 'maintenance', 'equipment',
  'contracts', 'opportunities', 'tasks', 'interactions', 'contacts', 'partnerKinds', 'partnerTags', 'partners', 'yearlyFigures', 'users', 'meta',
] as const;

/**
 * Back to a generated dataset (the demo reset): every business record and the audit trail are
 * replaced (call it in a transaction); accounts and their sessions stay, and the dataset's people are
 * added back if they were removed.
 */
export async function resetToDataset(trx: Kysely<Database>, data: Dataset, at: string): Promise<void> {
  {
    for (const table of DATA_TABLES) {
      if (table === 'users' || table === 'sessions') continue;
      await trx.deleteFrom(table).execute();
    }
    const existing = new Set((await trx.selectFrom('users').select('id').execute()).map((u) => u.id));
    await loadDatasetInto(trx, { ...data, users: data.users.filter((u) => !existing.has(u.id)) }, at);
  }
}
