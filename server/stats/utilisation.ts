import type { Kysely } from 'kysely';
import type { UtilisationStats } from '../../src/contract/stats';
import { addDays } from '../../src/domain/dates';
import { lastMonths } from '../../src/domain/statistics';
import { utilisationAnswer } from '../../mocks/store/stats-utilisation';
import type { UtilisationRow } from '../../mocks/store/stats-utilisation';
import { num } from '../db/rows';
import type { Database } from '../db/schema';
import { spanEnd, spanStart, spanTime, spanTotals, startMonth } from './sql';

/**
 * Utilisation of one item or of the whole park over the last months (shaped by
 * mocks/store/stats-utilisation.ts): the period's bookings grouped by company, month and span —
 * bounded by the number of items and months, whatever the number of companies.
 */
export async function utilisationStats(db: Kysely<Database>, today: string, q: { equipmentId?: string | undefined; months: number }): Promise<UtilisationStats> {
  const { from } = lastMonths(today, q.months);
  let query = db
    .selectFrom('bookings as b')
    .innerJoin('equipment as e', 'e.id', 'b.equipmentId')
    .leftJoin('partners as p', 'p.id', 'b.partnerId')
    .select(['b.partnerId', 'p.name', 'p.sector', startMonth.as('month'), spanStart.as('spanStart'), spanEnd.as('spanEnd'), ...spanTotals])
    .where('b.status', '<>', 'cancelled')
    .where('b.start', '>=', from)
    .where('b.start', '<', addDays(today, 1))
    .groupBy(['b.partnerId', 'p.name', 'p.sector', startMonth, spanStart, spanEnd]);
  if (q.equipmentId) query = query.where('b.equipmentId', '=', q.equipmentId);
  const [rows, items] = await Promise.all([
    query.execute(),
    q.equipmentId ? Promise.resolve(1) : db.selectFrom('equipment').select((eb) => eb.fn.countAll().as('n')).executeTakeFirst().then((r) => num(r?.n)),
  ]);
  const time = rows.map(
    (r): UtilisationRow => ({ month: r.month, partnerId: r.partnerId, partnerName: r.name, sector: r.sector, ...spanTime(r) }),
  );
  return utilisationAnswer(today, q.months, items, time);
}
