import type { Kysely } from 'kysely';
import type { Partner, PartnerRow } from '../../src/contract/entities';
import { found } from '../../src/contract/problems';
import { partnerKeys, tagRows } from '../db/derived';
import { partnerFromRow, partnerToRow } from '../db/rows';
import type { Database, PartnerTable } from '../db/schema';
import { withFigures } from './list';

/** Reading and writing company records (their derived columns included). */

/** How the audit trail names a company. */
export const partnerLabel = (p: Pick<Partner, 'name'>) => `Entreprise ${p.name}`;

export async function partnerById(db: Kysely<Database>, id: string): Promise<Partner> {
  const row = await db.selectFrom('partners').selectAll().where('id', '=', id).executeTakeFirst();
  return partnerFromRow(found(row, 'Entreprise'));
}

/** One company as the list shows it (GET /partners/:id and every write's answer). */
export async function partnerRowById(db: Kysely<Database>, id: string, today: string): Promise<PartnerRow> {
  const row = await db.selectFrom('partners').selectAll().where('id', '=', id).executeTakeFirst();
  const [out] = await withFigures(db, [found(row, 'Entreprise')], today);
  return out!;
}

export async function userExists(db: Kysely<Database>, id: string | null | undefined): Promise<boolean> {
  if (!id) return false;
  return (await db.selectFrom('users').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** The first company (in creation order) with this SIREN, other than `excludeId`. */
export async function partnerBySiren(db: Kysely<Database>, siren: string | null, excludeId?: string): Promise<Partner | undefined> {
  if (!siren) return undefined;
  let query = db.selectFrom('partners').selectAll().where('siren', '=', siren);
  if (excludeId) query = query.where('id', '!=', excludeId);
  const row = await query.orderBy('id').limit(1).executeTakeFirst();
  return row && partnerFromRow(row);
}

/** Both SQLite (32,766) and PostgreSQL (65,535) cap the parameters of one statement. */
const MAX_PARAMS = 30_000;

export async function insertChunked<T extends keyof Database>(db: Kysely<Database>, table: T, rows: readonly Database[T][]): Promise<void> {
  if (rows.length === 0) return;
  const size = Math.max(1, Math.floor(MAX_PARAMS / Object.keys(rows[0] as object).length));
  for (let i = 0; i < rows.length; i += size) await db.insertInto(table).values(rows.slice(i, i + size) as never).execute();
}

/** Splits a long id list so that `in (…)` stays under the parameter cap. */
export function chunks<T>(items: readonly T[], size = 5_000): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/**
 * A company's stored row with its derived columns computed here, for records whose figures are known
 * without asking the database: a new company has no interaction, opportunity or relationship yet.
 */
export function newPartnerRow(p: Partner, contactNames: readonly string[]): PartnerTable {
  return { ...partnerToRow(p), ...partnerKeys(p, contactNames), lastInteraction: null, openOpportunitiesAmount: 0 };
}

/** New companies and their tag rows, in multi-row statements. */
export async function insertPartners(db: Kysely<Database>, rows: readonly { partner: Partner; contactNames: readonly string[] }[]): Promise<void> {
  await insertChunked(db, 'partners', rows.map((r) => newPartnerRow(r.partner, r.contactNames)));
  await insertChunked(db, 'partnerTags', rows.flatMap((r) => tagRows(r.partner.id, r.partner.tags)));
}
