import type { Kysely } from 'kysely';
import type { Contact, Partner, PartnerRow } from '../../src/contract/entities';
import { found } from '../../src/contract/problems';
import { insertChunked } from '../db/batches';
import { partnerKeys, tagRows } from '../db/derived';
import { partnerFromRow, partnerToRow } from '../db/rows';
import type { Database, PartnerTable } from '../db/schema';
import { listRows } from './list';

/** Reading and writing company records (their derived columns included). */

type ContactName = Pick<Contact, 'firstName' | 'lastName'>;

/** How the audit trail names a company. */
export const partnerLabel = (p: Pick<Partner, 'name'>) => `Entreprise ${p.name}`;

export async function partnerById(db: Kysely<Database>, id: string): Promise<Partner> {
  const row = await db.selectFrom('partners').selectAll().where('id', '=', id).executeTakeFirst();
  return partnerFromRow(found(row, 'Entreprise'));
}

/** One company as the list shows it (GET /partners/:id and every write's answer). */
export async function partnerRowById(db: Kysely<Database>, id: string, today: string): Promise<PartnerRow> {
  const [row] = await listRows(db, [id], today);
  return found(row, 'Entreprise');
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

/**
 * A company's stored row with its derived columns computed here, for records whose figures are known
 * without asking the database: a new company has no interaction, opportunity or relationship yet.
 */
export function newPartnerRow(p: Partner, contacts: readonly ContactName[]): PartnerTable {
  return { ...partnerToRow(p), ...partnerKeys(p, contacts), lastInteraction: null, openOpportunitiesAmount: 0 };
}

/** New companies and their tag rows, in multi-row statements. */
export async function insertPartners(db: Kysely<Database>, rows: readonly { partner: Partner; contacts: readonly ContactName[] }[]): Promise<void> {
  await insertChunked(db, 'partners', rows.map((r) => newPartnerRow(r.partner, r.contacts)));
  await insertChunked(db, 'partnerTags', rows.flatMap((r) => tagRows(r.partner.id, r.partner.tags)));
}
