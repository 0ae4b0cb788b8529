import { describe, expect, it } from 'vitest';
import { RESEARCH_UNITS } from '../../src/contract/reference';
import { durationHours, overlaps } from '../../src/domain/booking';
import { generateDataset } from '../../mocks/data/generator';

/** Shared equipment and events of the default dataset, checked against DATA.md. */
const data = generateDataset();
const today = data.today;
const todayMs = Date.parse(`${today}T00:00:00Z`);
const DAY = 86_400_000;
const partners = new Map(data.partners.map((p) => [p.id, p]));

describe('shared equipment', () => {
  it('lists 12–15 items of the school’s platforms, most of them open to companies', () => {
    expect(data.equipment.length).toBeGreaterThanOrEqual(12);
    expect(data.equipment.length).toBeLessThanOrEqual(15);
    const platforms = new Set(data.equipment.map((e) => e.platform));
    expect(platforms.has('Institut des Sciences des Risques')).toBe(true);
    for (const category of ['fire', 'flood', 'explosion', 'dispersion', 'simulation', 'motion']) {
      expect(data.equipment.some((e) => e.category === category), category).toBe(true);
    }
    for (const e of data.equipment) {
      expect(RESEARCH_UNITS).toContain(e.researchUnit);
      expect(e.rate, e.id).toBeGreaterThan(0);
    }
    expect(data.equipment.some((e) => e.rateUnit === 'hour') && data.equipment.some((e) => e.rateUnit === 'day')).toBe(true);
    expect(data.equipment.filter((e) => e.openToCompanies).length / data.equipment.length).toBeGreaterThanOrEqual(0.8);
  });

  it('has maintenance windows on every item, some past and some to come', () => {
    const items = new Set(data.maintenance.map((m) => m.equipmentId));
    expect(items.size).toBe(data.equipment.length);
    expect(data.maintenance.some((m) => Date.parse(m.start) > todayMs)).toBe(true);
    expect(data.maintenance.some((m) => Date.parse(m.end) < todayMs)).toBe(true);
    for (const m of data.maintenance) expect(Date.parse(m.end), m.id).toBeGreaterThan(Date.parse(m.start));
  });

  it('holds about three years of bookings by active companies, on open items only', () => {
    const starts = data.bookings.map((b) => Date.parse(b.start));
    expect(Math.min(...starts)).toBeLessThanOrEqual(todayMs - 1050 * DAY);
    expect(Math.max(...starts)).toBeGreaterThan(todayMs);
    const open = new Set(data.equipment.filter((e) => e.openToCompanies).map((e) => e.id));
    for (const b of data.bookings) {
      expect(open.has(b.equipmentId), b.id).toBe(true);
      expect(partners.get(b.partnerId)?.stage, b.id).toBe('active');
      expect(Date.parse(b.end), b.id).toBeGreaterThan(Date.parse(b.start));
    }
    expect(data.bookings.length).toBeGreaterThan(500);
  });

  it('never books an item twice at once, nor during its maintenance', () => {
    const byItem = new Map<string, { start: string; end: string; id: string }[]>();
    for (const b of data.bookings) {
      let list = byItem.get(b.equipmentId);
      if (!list) byItem.set(b.equipmentId, (list = []));
      list.push(b);
    }
    for (const [item, list] of byItem) {
      list.sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
      for (let i = 1; i < list.length; i++) expect(overlaps(list[i - 1]!, list[i]!), `${item}: ${list[i - 1]!.id} / ${list[i]!.id}`).toBe(false);
      const windows = data.maintenance.filter((m) => m.equipmentId === item);
      for (const b of list) for (const m of windows) expect(overlaps(b, m), `${b.id} / ${m.id}`).toBe(false);
    }
  });

  it('completes past bookings and invoices them at rate × duration; future ones are confirmed or requested', () => {
    const items = new Map(data.equipment.map((e) => [e.id, e]));
    expect(new Set(data.bookings.map((b) => b.status))).toEqual(new Set(['completed', 'confirmed', 'requested', 'cancelled']));
    for (const b of data.bookings) {
      const item = items.get(b.equipmentId)!;
      if (b.status === 'completed') {
        expect(Date.parse(b.end), b.id).toBeLessThan(todayMs);
        const units = item.rateUnit === 'hour' ? durationHours(b) : workingDaysBetween(b.start, b.end);
        expect(b.invoiced, b.id).toBe(item.rate * units);
      } else {
        expect(b.invoiced, b.id).toBe(0);
      }
      if (b.status === 'requested') expect(Date.parse(b.start), b.id).toBeGreaterThan(todayMs);
      if (b.status === 'confirmed') expect(Date.parse(b.end), b.id).toBeGreaterThan(todayMs);
    }
    expect(data.bookings.filter((b) => b.status === 'cancelled').length / data.bookings.length).toBeLessThan(0.1);
  });

  it('gives every company that booked (not cancelled) the equipment badge', () => {
    for (const b of data.bookings.filter((x) => x.status !== 'cancelled')) expect(partners.get(b.partnerId)?.kinds, b.id).toContain('equipment');
  });
});

/** Calendar days Monday–Friday from the start's day to the end's day, both included. */
function workingDaysBetween(start: string, end: string): number {
  let n = 0;
  for (let d = Date.parse(start.slice(0, 10)); d <= Date.parse(end.slice(0, 10)); d += DAY) {
    const wd = new Date(d).getUTCDay();
    if (wd !== 0 && wd !== 6) n++;
  }
  return n;
}

describe('events', () => {
  const todayYear = Number(today.slice(0, 4));
  const years = Array.from({ length: 5 }, (_, i) => todayYear - 4 + i);

  it('holds a company forum every November with ~80 companies', () => {
    for (const year of years) {
      const forums = data.events.filter((e) => e.kind === 'forum' && e.date.startsWith(`${year}-11`));
      expect(forums, String(year)).toHaveLength(1);
      const forum = forums[0]!;
      if (forum.date > today) continue;
      expect(forum.partnerIds.length, String(year)).toBeGreaterThanOrEqual(70);
      expect(forum.partnerIds.length, String(year)).toBeLessThanOrEqual(90);
      expect(new Set(forum.partnerIds).size).toBe(forum.partnerIds.length);
    }
    expect(data.events.filter((e) => e.kind === 'forum').every((e) => e.date.slice(5, 7) === '11')).toBe(true);
  });

  it('holds the Semaine de l’industrie every March, open days, and Hub créativité workshops from 2021 on', () => {
    for (const year of years) {
      expect(data.events.filter((e) => e.kind === 'semaine-industrie' && e.date.startsWith(`${year}-03`)), String(year)).toHaveLength(1);
    }
    expect(data.events.filter((e) => e.kind === 'semaine-industrie').every((e) => e.date.slice(5, 7) === '03')).toBe(true);
    expect(data.events.some((e) => e.kind === 'open-day')).toBe(true);
    const hub = data.events.filter((e) => e.place.includes('Hub créativité'));
    expect(hub.length).toBeGreaterThan(5);
    expect(hub.every((e) => e.date >= '2021-01-01')).toBe(true);
  });

  it('plans a few events after today, with nobody registered yet', () => {
    const planned = data.events.filter((e) => e.date > today);
    expect(planned.length).toBeGreaterThanOrEqual(2);
    expect(planned.every((e) => e.partnerIds.length === 0)).toBe(true);
    expect(data.events.filter((e) => e.date <= today).every((e) => e.partnerIds.length > 0)).toBe(true);
    const first = data.events.map((e) => e.date).sort()[0]!;
    expect(Number(first.slice(0, 4))).toBe(todayYear - 4);
  });
});
