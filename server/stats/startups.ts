import type { Kysely } from 'kysely';
import type { StartupCount } from '../../mocks/store/stats-common';
import { num, numOrNull } from '../db/rows';
import type { Database } from '../db/schema';
import { inScope } from './sql';
import type { Scope } from './sql';

/**
 * Start-ups in scope counted by what their survival depends on (founding year, status, closing
 * year): a few hundred rows at most, from which the rules of src/domain/survival.ts count.
 */
export async function startupCounts(db: Kysely<Database>, q: Scope): Promise<StartupCount[]> {
  const rows = await db
    .selectFrom('startups as s')
    .select(['s.foundedYear', 's.status', 's.closedYear', (eb) => eb.fn.countAll().as('count')])
    .where(inScope(q, 's'))
    .groupBy(['s.foundedYear', 's.status', 's.closedYear'])
    .execute();
  return rows.map((r) => ({ foundedYear: num(r.foundedYear), status: r.status, closedYear: numOrNull(r.closedYear), count: num(r.count) }));
}
