import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Dataset } from '../../mocks/data/dataset';
import { generateDataset } from '../../mocks/data/generator';
import { sortKey } from '../../src/domain/text';
import type { ServerConfig } from '../config';
import { generatePassword, hashPassword } from '../auth/passwords';
import { makeClock } from '../http/clock';
import { connect } from './connect';
import type { Db } from './connect';
import { migrateToLatest } from './migrations';
import { isEmpty, loadDataset } from './seed';

/**
 * Opening the database: connect, migrate, and on the very first start load the demo dataset (or
 * nothing with PASSERELLES_SEED=empty) and create the first administrator.
 */

let demo: { key: string; data: Dataset } | null = null;
let demoOptions = { scale: 1, today: '' };

/**
 * The generated demo dataset the reset endpoint goes back to: generated at the first reset and kept
 * for the next ones (the tests reset before each test). Shared: loading it reads it, nothing may
 * change it.
 */
export function demoDataset(): Dataset {
  const key = JSON.stringify(demoOptions);
  if (demo?.key !== key) demo = { key, data: generateDataset(demoOptions) };
  return demo.data;
}

export interface OpenedDatabase extends Db {
  /** Set when this start created the first administrator without a configured password. */
  createdAdmin: { email: string; password: string; generated: boolean } | null;
  seeded: boolean;
}

export async function openDatabase(config: ServerConfig): Promise<OpenedDatabase> {
  const clock = makeClock(config.today);
  demoOptions = { scale: config.scale, today: clock.today() };
  const database = connect(config);
  await migrateToLatest(database.db as never);
  let seeded = false;
  if (await isEmpty(database.db)) {
    if (config.seed === 'demo') {
      // Not kept: a server may run for months without a reset (100,000 companies weigh ~500 MB).
      await loadDataset(database.db, generateDataset(demoOptions), clock.now());
      // PostgreSQL plans from statistics, which a bulk load leaves empty until autovacuum comes by
      // (at 100,000 companies it then read the whole table for a list page): gather them now.
      if (database.dialect === 'postgres') await sql`analyze`.execute(database.db);
      seeded = true;
    }
  }
  const createdAdmin = await ensureAdministrator(database, config, clock.now());
  return { ...database, createdAdmin, seeded };
}

/**
 * The first administrator comes from ADMIN_EMAIL/ADMIN_PASSWORD, or is created with a generated
 * password that the start prints once. Nothing happens when an administrator with a password exists.
 */
async function ensureAdministrator(database: Db, config: ServerConfig, at: string): Promise<OpenedDatabase['createdAdmin']> {
  const { db } = database;
  const admin = await db.selectFrom('users').select('id').where('role', '=', 'admin').where('passwordHash', 'is not', null).limit(1).executeTakeFirst();
  if (admin) return null;
  const email = (config.adminEmail ?? 'admin@mines-ales.fr').toLowerCase();
  const generated = !config.adminPassword;
  const password = config.adminPassword ?? generatePassword();
  const passwordHash = await hashPassword(password);
  const existing = await db.selectFrom('users').select('id').where('email', '=', email).executeTakeFirst();
  if (existing) {
    await db.updateTable('users').set({ role: 'admin', passwordHash, active: 1 }).where('id', '=', existing.id).execute();
  } else {
    const name = 'Administrateur';
    await db.insertInto('users').values({ id: `u-${randomUUID()}`, name, nameKey: sortKey(name), email, role: 'admin', passwordHash, active: 1, createdAt: at }).execute();
  }
  return { email, password, generated };
}
