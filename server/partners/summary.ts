import type { Kysely } from 'kysely';
import { OPEN_OPPORTUNITY_STAGES } from '../../src/contract/reference';
import type { PartnerSummary } from '../../src/contract/stats';
import { num } from '../db/rows';
import type { Database } from '../db/schema';
import { activeContractOn } from '../stats/sql';

/** Everything the school does with a company, counted by the database in one statement. */
export async function partnerSummary(db: Kysely<Database>, partnerId: string, today: string): Promise<PartnerSummary> {
  const open = [...OPEN_OPPORTUNITY_STAGES];
  const row = await db
    .selectNoFrom((eb) => [
      eb.selectFrom('contacts').select(eb.fn.countAll().as('n')).where('partnerId', '=', partnerId).as('contacts'),
      eb.selectFrom('interactions').select(eb.fn.countAll().as('n')).where('partnerId', '=', partnerId).as('interactions'),
      eb.selectFrom('tasks').select(eb.fn.countAll().as('n')).where('partnerId', '=', partnerId).where('done', '=', 0).as('openTasks'),
      eb.selectFrom('opportunities').select(eb.fn.countAll().as('n')).where('partnerId', '=', partnerId).where('stage', 'in', open).as('openOpportunities'),
      eb.selectFrom('opportunities').select((o) => o.fn.sum('amount').as('s')).where('partnerId', '=', partnerId).where('stage', 'in', open).as('openOpportunitiesAmount'),
      eb
        .selectFrom('contracts')
        .select(eb.fn.countAll().as('n'))
        .where('contracts.partnerId', '=', partnerId)
        .where(activeContractOn(today, 'contracts'))
        .as('activeApprentices'),
      eb.selectFrom('contracts').select(eb.fn.countAll().as('n')).where('partnerId', '=', partnerId).as('apprenticesTotal'),
      eb.selectFrom('bookings').select(eb.fn.countAll().as('n')).where('partnerId', '=', partnerId).where('status', '!=', 'cancelled').as('bookings'),
      eb.selectFrom('bookings').select((o) => o.fn.sum('invoiced').as('s')).where('partnerId', '=', partnerId).where('status', '!=', 'cancelled').as('bookingRevenue'),
      eb.selectFrom('startups').select(eb.fn.countAll().as('n')).where('partnerId', '=', partnerId).as('startups'),
      eb.selectFrom('eventAttendance').select(eb.fn.countAll().as('n')).where('partnerId', '=', partnerId).as('eventsAttended'),
      eb.selectFrom('taxPledges').select((o) => o.fn.sum('amount').as('s')).where('partnerId', '=', partnerId).where('status', '=', 'received').as('taxReceivedTotal'),
    ])
    .executeTakeFirstOrThrow();
  return {
    contacts: num(row.contacts),
    interactions: num(row.interactions),
    openTasks: num(row.openTasks),
    openOpportunities: num(row.openOpportunities),
    openOpportunitiesAmount: num(row.openOpportunitiesAmount),
    activeApprentices: num(row.activeApprentices),
    apprenticesTotal: num(row.apprenticesTotal),
    bookings: num(row.bookings),
    bookingRevenue: num(row.bookingRevenue),
    startups: num(row.startups),
    eventsAttended: num(row.eventsAttended),
    taxReceivedTotal: num(row.taxReceivedTotal),
  };
}
