import { sql } from 'kysely';
import type { Expression, ExpressionBuilder, Kysely, SqlBool } from 'kysely';
import type * as z from 'zod/mini';
import type { ContactRow } from '../../src/contract/api';
import type { Page } from '../../src/contract/primitives';
import { pageOf } from '../../src/contract/problems';
import type { ContactListQuery } from '../../src/contract/queries';
import { contactHaystack, contactSortText } from '../../src/domain/partner-rules';
import { matchesAll, searchTokens } from '../../src/domain/text';
import { sortRows } from '../../src/domain/sort';
import { contactFromRow, num } from '../db/rows';
import type { Database } from '../db/schema';
import { containsPattern } from '../work/text-sql';

/**
 * The contacts list. A company's contacts are few: they are read whole, then filtered and sorted
 * like the in-browser API does (folded search, French collation). Across all companies, SQL first
 * narrows to the contacts that can match every word, then the same exact rule decides.
 */

type Query = z.infer<typeof ContactListQuery>;
type Eb = ExpressionBuilder<Database, 'contacts' | 'partners'>;

/**
 * A LIKE pattern that a folded word's source text matches whatever its accents and case: letters
 * French writes with accents match any one character, and "oe", "ae", "ss" (œ, æ, ß) any run.
 */
export function accentTolerantPattern(token: string): string {
  const escaped = containsPattern(token);
  return escaped.replace(/oe|ae|ss/g, '%').replace(/[aceinouy]/g, '_');
}

/**
 * A word of the search is in the contact's name or its company's name (both in the company's
 * folded `searchText`), or in its e-mail or role (matched accent-tolerantly). A superset of the
 * exact rule, which is applied afterwards.
 */
function mayMatch(eb: Eb, token: string): Expression<SqlBool> {
  return eb.or([
    sql<SqlBool>`${eb.ref('partners.searchText')} like ${containsPattern(token)} escape '\\'`,
    sql<SqlBool>`lower(${eb.ref('contacts.email')} || ' ' || ${eb.ref('contacts.role')}) like ${accentTolerantPattern(token)} escape '\\'`,
  ]);
}

const toRow = (r: Database['contacts'] & { partnerName: string | null }): ContactRow => ({ ...contactFromRow(r), partnerName: r.partnerName ?? '' });

function baseQuery(db: Kysely<Database>, q: Query) {
  let query = db.selectFrom('contacts').leftJoin('partners', 'partners.id', 'contacts.partnerId');
  if (q.partnerId !== undefined) query = query.where('contacts.partnerId', '=', q.partnerId);
  if (q.tutorsOnly) query = query.where('contacts.isTutor', '=', 1);
  return query;
}

export async function listContacts(db: Kysely<Database>, q: Query): Promise<Page<ContactRow>> {
  const tokens = searchTokens(q.q);
  if (q.partnerId === undefined && tokens.length === 0) return everyContact(db, q);
  let query = baseQuery(db, q);
  if (q.partnerId === undefined) for (const t of tokens) query = query.where((eb) => mayMatch(eb, t));
  // In creation order, which the collated sort keeps for equal names (as the in-browser API does).
  const rows = (await query.selectAll('contacts').select('partners.name as partnerName').orderBy('contacts.id').execute()).map(toRow);
  const matches = tokens.length ? rows.filter((c) => matchesAll(contactHaystack(c, c.partnerName), tokens)) : rows;
  return pageOf(sortRows(matches, contactSortText, 'asc', { collate: true }), q.page, q.pageSize);
}

/**
 * Every contact of every company, unfiltered: a page in SQL. Without a stored sort key, names are
 * ordered by their bytes (last name, first name), which differs from the French collation only for
 * names starting with an accented capital or in lower case.
 */
async function everyContact(db: Kysely<Database>, q: Query): Promise<Page<ContactRow>> {
  const [count, rows] = await Promise.all([
    baseQuery(db, q).select((eb) => eb.fn.countAll().as('n')).executeTakeFirst(),
    baseQuery(db, q)
      .selectAll('contacts')
      .select('partners.name as partnerName')
      .orderBy('contacts.lastName')
      .orderBy('contacts.firstName')
      .orderBy('contacts.id')
      .limit(q.pageSize)
      .offset((q.page - 1) * q.pageSize)
      .execute(),
  ]);
  return { items: rows.map(toRow), total: num(count?.n), page: q.page, pageSize: q.pageSize };
}

export async function contactRowById(db: Kysely<Database>, id: string): Promise<ContactRow | undefined> {
  const row = await db
    .selectFrom('contacts')
    .leftJoin('partners', 'partners.id', 'contacts.partnerId')
    .selectAll('contacts')
    .select('partners.name as partnerName')
    .where('contacts.id', '=', id)
    .executeTakeFirst();
  return row && toRow(row);
}
