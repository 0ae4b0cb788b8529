import { sql } from 'kysely';
import type { Expression, Kysely, SqlBool } from 'kysely';
import type * as z from 'zod/mini';
import type { PartnerDuplicate } from '../../src/contract/api';
import type { PartnerDuplicatesQuery } from '../../src/contract/queries';
import { normaliseDigits } from '../../src/domain/identifiers';
import { companyKey, similarCompanyKeys } from '../../src/domain/text';
import { partnerFromRow } from '../db/rows';
import type { Database } from '../db/schema';
import { containsPattern } from '../work/text-sql';

/**
 * Companies that may be the one being typed (the in-browser API's rule): the same SIREN anywhere,
 * or a name whose key (`dupKey`) is similar — same words in any order, or at most two typos — in the
 * same department when one is given. SQL narrows the 100,000 keys to a few candidates that can
 * possibly be similar; `similarCompanyKeys` decides on those.
 */

const MAX_TYPOS = 2;
const LIMIT = 20;

/**
 * Pieces of the key that a similar key must contain. Two typos leave at least one of three disjoint
 * pieces of the key intact (pigeonhole); the same words in any order contain the longest word.
 */
export function requiredPieces(key: string): string[] {
  const longestWord = key.split(' ').reduce((a, b) => (b.length > a.length ? b : a), '');
  const third = Math.ceil(key.length / (MAX_TYPOS + 1));
  const pieces = [0, 1, 2].map((i) => key.slice(i * third, (i + 1) * third)).filter(Boolean);
  return [...new Set([longestWord, ...pieces])];
}

export async function findDuplicates(db: Kysely<Database>, q: z.infer<typeof PartnerDuplicatesQuery>): Promise<PartnerDuplicate[]> {
  const siren = q.siren ? normaliseDigits(q.siren) : '';
  const key = q.name ? companyKey(q.name) : '';
  if (!siren && !key) return [];
  const rows = await db
    .selectFrom('partners')
    .selectAll()
    .where((eb) => {
      const either: Expression<SqlBool>[] = [];
      if (siren) either.push(eb('siren', '=', siren));
      if (key) {
        const byName: Expression<SqlBool>[] = [
          // A key shorter than 5 characters only matches with the same words: the same length.
          eb(eb.fn('length', ['dupKey']), '>=', Math.max(1, key.length - MAX_TYPOS)),
          eb(eb.fn('length', ['dupKey']), '<=', key.length + MAX_TYPOS),
          eb.or(requiredPieces(key).map((piece) => sql<SqlBool>`${eb.ref('dupKey')} like ${containsPattern(piece)} escape '\\'`)),
        ];
        if (q.department) byName.unshift(eb('department', '=', q.department));
        either.push(eb.and(byName));
      }
      const candidates = eb.or(either);
      return q.excludeId ? eb.and([eb('id', '!=', q.excludeId), candidates]) : candidates;
    })
    // Creation order, like the in-browser API's scan of its rows.
    .orderBy('id')
    .execute();
  const out: PartnerDuplicate[] = [];
  for (const row of rows) {
    if (siren && row.siren === siren) out.push({ ...partnerFromRow(row), matchReason: 'siren' });
    else if (key && (!q.department || row.department === q.department) && similarCompanyKeys(key, row.dupKey)) out.push({ ...partnerFromRow(row), matchReason: 'name' });
    if (out.length === LIMIT) break;
  }
  return out;
}
