import type { Booking } from '../../src/contract/entities';
import type { UtilisationStats } from '../../src/contract/stats';
import { bookingHours, round, twelveMonthsFrom, utilisationShare } from '../../src/domain/booking-time';
import { lastMonths } from '../../src/domain/statistics';
import type { Store } from './database';
import { bookingTime } from './stats-common';

/** Hours and revenue of bookings of one company in one month (one booking, or several counted together). */
export type UtilisationRow = { month: string; partnerId: string; partnerName: string | null; sector: string | null; hours: number; revenue: number };

/**
 * Equipment utilisation: booked hours over bookable hours (weekdays × 10 h), for one item or the
 * whole park, over the last `months` calendar months up to today (the current month included).
 */
export function utilisationStats(store: Store, q: { equipmentId?: string | undefined; months: number }): UtilisationStats {
  const items = q.equipmentId ? store.equipment.rows.filter((e) => e.id === q.equipmentId) : store.equipment.rows;
  const { from } = lastMonths(store.today, q.months);
  const rows = bookingsOf(store, new Set(items.map((e) => e.id)), from, store.today).map((b): UtilisationRow => {
    const partner = store.partners.get(b.partnerId);
    return { month: b.start.slice(0, 7), partnerId: b.partnerId, partnerName: partner?.name ?? null, sector: partner?.sector ?? null, ...bookingTime(store, b) };
  });
  return utilisationAnswer(store.today, q.months, items.length, rows);
}

/** The answer from the bookings of the period: by month, by sector of the company, the top 20 companies, and the overall share. */
export function utilisationAnswer(today: string, months: number, itemCount: number, rows: readonly UtilisationRow[]): UtilisationStats {
  const { from, labels } = lastMonths(today, months);
  const perMonth = new Map(labels.map((month) => [month, { month, hours: 0, revenue: 0 }]));
  const bySector = new Map<string, number>();
  const byPartner = new Map<string, { name: string; hours: number; revenue: number }>();
  let booked = 0;
  for (const r of rows) {
    booked += r.hours;
    const bucket = perMonth.get(r.month);
    if (bucket) {
      bucket.hours += r.hours;
      bucket.revenue += r.revenue;
    }
    if (r.sector !== null) bySector.set(r.sector, (bySector.get(r.sector) ?? 0) + r.hours);
    const p = byPartner.get(r.partnerId) ?? { name: r.partnerName ?? '', hours: 0, revenue: 0 };
    p.hours += r.hours;
    p.revenue += r.revenue;
    byPartner.set(r.partnerId, p);
  }

  return {
    months: [...perMonth.values()].map((m) => ({ month: m.month, hours: round(m.hours, 2), revenue: round(m.revenue, 2) })),
    bySector: [...bySector.entries()]
      .map(([sector, hours]) => ({ sector: sector as UtilisationStats['bySector'][number]['sector'], hours: round(hours, 2) }))
      .sort((a, b) => b.hours - a.hours || (a.sector < b.sector ? -1 : 1)),
    byPartner: [...byPartner.entries()]
      .map(([partnerId, v]) => ({ partnerId, name: v.name, revenue: round(v.revenue, 2), hours: round(v.hours, 2) }))
      .sort((a, b) => b.revenue - a.revenue || a.name.localeCompare(b.name, 'fr') || (a.partnerId < b.partnerId ? -1 : 1))
      .slice(0, 20),
    utilisation: utilisationShare(booked, from, today, itemCount),
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
  const from = twelveMonthsFrom(store.today);
  const booked = bookingsOf(store, new Set([equipmentId]), from, store.today).reduce((s, b) => s + bookingHours(b), 0);
  return utilisationShare(booked, from, store.today);
}
