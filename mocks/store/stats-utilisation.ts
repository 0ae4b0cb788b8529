import type { Booking } from '../../src/contract/entities';
import type { UtilisationStats } from '../../src/contract/stats';
import { addDays, addMonths } from '../../src/domain/dates';
import type { Store } from './database';
import { bookingHours, bookingRevenue, HOURS_PER_WEEKDAY, round, weekdaysBetween } from './stats-common';

/**
 * Equipment utilisation: booked hours over bookable hours (weekdays × 10 h), for one item or the
 * whole park, over the last `months` calendar months up to today (the current month included).
 */
export function utilisationStats(store: Store, q: { equipmentId?: string | undefined; months: number }): UtilisationStats {
  const items = q.equipmentId ? store.equipment.rows.filter((e) => e.id === q.equipmentId) : store.equipment.rows;
  const ids = new Set(items.map((e) => e.id));
  const months = Math.max(1, Math.round(q.months));
  const from = addMonths(`${store.today.slice(0, 7)}-01`, -(months - 1));
  const labels = Array.from({ length: months }, (_, i) => addMonths(from, i).slice(0, 7));

  const perMonth = new Map(labels.map((month) => [month, { month, hours: 0, revenue: 0 }]));
  const bySector = new Map<string, number>();
  const byPartner = new Map<string, { hours: number; revenue: number }>();
  let booked = 0;
  for (const b of bookingsOf(store, ids, from, store.today)) {
    const hours = bookingHours(b);
    const revenue = bookingRevenue(b, store.equipment.get(b.equipmentId));
    booked += hours;
    const bucket = perMonth.get(b.start.slice(0, 7));
    if (bucket) {
      bucket.hours += hours;
      bucket.revenue += revenue;
    }
    const partner = store.partners.get(b.partnerId);
    if (partner) bySector.set(partner.sector, (bySector.get(partner.sector) ?? 0) + hours);
    const p = byPartner.get(b.partnerId) ?? { hours: 0, revenue: 0 };
    p.hours += hours;
    p.revenue += revenue;
    byPartner.set(b.partnerId, p);
  }

  const available = weekdaysBetween(from, store.today) * HOURS_PER_WEEKDAY * items.length;
  return {
    months: [...perMonth.values()].map((m) => ({ month: m.month, hours: round(m.hours, 2), revenue: round(m.revenue, 2) })),
    bySector: [...bySector.entries()]
      .map(([sector, hours]) => ({ sector: sector as UtilisationStats['bySector'][number]['sector'], hours: round(hours, 2) }))
      .sort((a, b) => b.hours - a.hours),
    byPartner: [...byPartner.entries()]
      .map(([partnerId, v]) => ({ partnerId, name: store.partnerName(partnerId) ?? '', revenue: round(v.revenue, 2), hours: round(v.hours, 2) }))
      .sort((a, b) => b.revenue - a.revenue || a.name.localeCompare(b.name, 'fr'))
      .slice(0, 20),
    utilisation: available === 0 ? 0 : round(Math.min(1, booked / available)),
  };
}

/** Non-cancelled bookings of these items starting on a day in [from, to]. */
export function bookingsOf(store: Store, equipmentIds: ReadonlySet<string>, from: string, to: string): Booking[] {
  const out: Booking[] = [];
  for (const id of equipmentIds) {
    for (const b of store.bookings.by('equipment', id)) {
      const day = b.start.slice(0, 10);
      if (b.status !== 'cancelled' && day >= from && day <= to) out.push(b);
    }
  }
  return out;
}

/** An item's last-12-months utilisation, shown in the catalogue. */
export function utilisation12m(store: Store, equipmentId: string): number {
  const from = addDays(addMonths(store.today, -12), 1);
  const booked = bookingsOf(store, new Set([equipmentId]), from, store.today).reduce((s, b) => s + bookingHours(b), 0);
  const available = weekdaysBetween(from, store.today) * HOURS_PER_WEEKDAY;
  return available === 0 ? 0 : round(Math.min(1, booked / available));
}
