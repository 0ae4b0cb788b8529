import type { Kysely } from 'kysely';
import type { Dataset } from '../../mocks/data/dataset';
import { OPEN_OPPORTUNITY_STAGES } from '../../src/contract/reference';
import { sortKey } from '../../src/domain/text';
import { insertChunked } from './batches';
import { partnerKeys, kindRows, tagRows } from './derived';
import {
  academicToRow, bookingToRow, contactToRow, contractToRow, equipmentToRow, interactionToRow, opportunityToRow, partnerToRow,
  startupToRow, taskToRow, taxPledgeToRow,
} from './rows';
import type { Database } from './schema';
import { bumpDataVersion } from './version';

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
    const contactsOf = new Map<string, Dataset['contacts']>();
    for (const c of data.contacts) {
      const list = contactsOf.get(c.partnerId);
      if (list) list.push(c);
      else contactsOf.set(c.partnerId, [c]);
    }
    const last = new Map<string, string>();
    for (const i of data.interactions) if ((last.get(i.partnerId) ?? '') < i.date) last.set(i.partnerId, i.date);
    const open = new Map<string, number>();
    const openStages = new Set<string>(OPEN_OPPORTUNITY_STAGES);
    for (const o of data.opportunities) if (openStages.has(o.stage)) open.set(o.partnerId, (open.get(o.partnerId) ?? 0) + o.amount);

    await insertChunked(trx, 'users', data.users.map((u) => ({ ...u, nameKey: sortKey(u.name), passwordHash: null, active: 1 as const, createdAt })));
    await insertChunked(
      trx,
      'partners',
      data.partners.map((p) => ({
        ...partnerToRow(p),
        ...partnerKeys(p, contactsOf.get(p.id) ?? []),
        lastInteraction: last.get(p.id) ?? null,
        openOpportunitiesAmount: open.get(p.id) ?? 0,
      })),
    );
    await insertChunked(trx, 'partnerTags', data.partners.flatMap((p) => tagRows(p.id, p.tags)));
    await insertChunked(trx, 'partnerKinds', data.partners.flatMap((p) => kindRows(p.id, p.kinds)));
    await insertChunked(trx, 'contacts', data.contacts.map(contactToRow));
    await insertChunked(trx, 'interactions', data.interactions.map(interactionToRow));
    await insertChunked(trx, 'tasks', data.tasks.map(taskToRow));
    await insertChunked(trx, 'opportunities', data.opportunities.map(opportunityToRow));
    await insertChunked(trx, 'contracts', data.contracts.map(contractToRow));
    await insertChunked(trx, 'equipment', data.equipment.map(equipmentToRow));
    await insertChunked(trx, 'maintenance', data.maintenance);
    await insertChunked(trx, 'bookings', data.bookings.map(bookingToRow));
    await insertChunked(trx, 'startups', data.startups.map(startupToRow));
    await insertChunked(trx, 'academicPartners', data.academicPartners.map(academicToRow));
    await insertChunked(trx, 'events', data.events.map(({ partnerIds: _ids, ...e }) => ({ ...e, synthetic: e.synthetic ? (1 as const) : (0 as const) })));
    await insertChunked(trx, 'eventAttendance', data.events.flatMap((e) => [...new Set(e.partnerIds)].map((partnerId) => ({ eventId: e.id, partnerId }))));
    await insertChunked(trx, 'taxPledges', data.taxPledges.map(taxPledgeToRow));
    await insertChunked(trx, 'yearlyFigures', data.yearlyFigures);
    await trx.insertInto('meta').values([
      { key: 'dataset', value: JSON.stringify({ seed: data.seed, scale: data.scale, today: data.today, loadedAt: createdAt }) },
    ]).execute();
    // Loading (and the demo reset) is a write like any other: figures kept before it are stale.
    await bumpDataVersion(trx);
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
