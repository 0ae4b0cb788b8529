import { sql } from 'kysely';
import type { Expression, RawBuilder, SqlBool } from 'kysely';
import { searchTokens } from '../../src/domain/text';
import type { Dialect } from '../db/connect';

/**
 * The search box in SQL for the lists of deals, contracts, pledges and start-ups. Each row keeps its
 * own texts folded in a `searchText` column, written with the row (server/db/rows.ts); the names of
 * the records it points to — its company, its tutor — are matched in their own tables' folded
 * columns, so that renaming a company or a contact is seen at once.
 *
 * `LIKE '%word%'` can use no index: it reads a column of every row. So each place a word may be in
 * is a set of ids read from a narrow index that holds the column (`searchText, id`), and the list
 * keeps the rows of those sets: the company and tutor sets reach their rows through the
 * partnerId / tutorContactId indexes, instead of every row being checked against them.
 */

/** True when the search box holds a word: the list is then filtered by LIKE '%…%', which reads every row. */
export const isSearch = (q: string): boolean => searchTokens(q).length > 0;

/** `LIKE '%token%'` with the token's own %, _ and \ taken literally (with `escape '\'`). */
export function containsPattern(token: string): string {
  return `%${token.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** One word of the search box, folded like `fold()`. */
export interface SearchWord {
  /** True when this column of folded text holds the word. */
  in: (folded: Expression<string | null>) => Expression<SqlBool>;
  /** The ids of the companies whose name holds the word (a subquery, in parentheses, for IN). */
  companies: RawBuilder<string>;
  /** The ids of the contacts whose first or last name holds the word. */
  contacts: RawBuilder<string>;
}

/**
 * The search box's rule, `matchesAll(fold(fields.join(' ')), searchTokens(q))`, as conditions: one
 * per word of `q`, which `where` writes from the word's places (a word has no space, so it cannot run
 * from one field into the next). No condition for an empty `q`.
 */
export function eachWord(q: string, dialect: Dialect, where: (word: SearchWord) => Expression<SqlBool>): Expression<SqlBool>[] {
  return searchTokens(q).map((token) => {
    const pattern = containsPattern(token);
    const like = (folded: Expression<string | null>) => sql<SqlBool>`${folded} like ${pattern} escape '\\'`;
    return where({ in: like, companies: companiesNamed(token, like, dialect), contacts: contactsNamed(like) });
  });
}

/** A word with a digit or an apostrophe: partners.nameKey writes those differently from `fold()`. */
const NOT_AS_IN_NAME_KEY = /[\d'’‘`]/;

/**
 * The companies whose name holds the word. partners.nameKey is sortKey(name): fold(name) with every
 * apostrophe written ' and numbers padded with zeros, so a word with neither is in the one exactly
 * when it is in the other — and the (nameKey, id) index is a short read. Another word is looked for
 * in partners.searchText, fold([name, siren, siret, city, ...contacts].join(' | ')) (server/db/derived.ts):
 * in its name part, before the first ' | ' (whose position each dialect finds with its own function).
 */
function companiesNamed(token: string, like: (folded: Expression<string>) => Expression<SqlBool>, dialect: Dialect): RawBuilder<string> {
  if (!NOT_AS_IN_NAME_KEY.test(token)) return sql<string>`(select ${sql.ref('id')} from ${sql.table('partners')} where ${like(sql.ref('nameKey'))})`;
  const text = sql.ref<string>('searchText');
  const at = dialect === 'sqlite' ? sql<number>`instr(${text}, ' | ')` : sql<number>`strpos(${text}, ' | ')`;
  const name = sql<string>`case when ${at} > 0 then substr(${text}, 1, ${at} - 1) else ${text} end`;
  return sql<string>`(select ${sql.ref('id')} from ${sql.table('partners')} where ${like(text)} and ${like(name)})`;
}

/** The contacts whose first or last name holds the word (contacts.nameFold, read from its (nameFold, id) index). */
function contactsNamed(like: (folded: Expression<string>) => Expression<SqlBool>): RawBuilder<string> {
  return sql<string>`(select ${sql.ref('id')} from ${sql.table('contacts')} where ${like(sql.ref('nameFold'))})`;
}
