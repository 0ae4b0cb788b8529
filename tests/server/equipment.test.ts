import { describe, expect, it } from 'vitest';
import { DEMO_TODAY } from '../../mocks/data/dataset';
import { generateDataset } from '../../mocks/data/generator';
import { BookingPage, BookingRow, EquipmentPage } from '../../src/contract/api';
import { AuditPage, authPaths } from '../../src/contract/auth';
import { paths } from '../../src/contract/endpoints';
import { MaintenanceWindow, PartnerRow } from '../../src/contract/entities';
import { Problem } from '../../src/contract/problem';
import { overlaps } from '../../src/domain/booking';
import { partnerInput } from '../contract/client';
import { ROLE_EMAILS, setUpTestServer } from './harness';

/** What only the server does with equipment: concurrent bookings, the lock, the history, roles. */

const t = setUpTestServer({}, { fresh: true });

async function openItem() {
  return EquipmentPage.parse((await t.api.get(paths.equipment, { openOnly: 'true' })).body).items[0]!;
}
async function newPartner(name: string) {
  const res = await t.api.post(paths.partners, partnerInput({ name }));
  expect(res.status).toBe(201);
  return PartnerRow.parse(res.body);
}
const slot = (day: string, from: string, to: string) => ({ start: `${day}T${from}:00.000Z`, end: `${day}T${to}:00.000Z` });

describe('bookings on the server', () => {
  it('refuses an overlap with the booking in the way and the next free slot of the same length', async () => {
    const item = await openItem();
    const a = await newPartner('Essais Feu Méditerranée');
    const b = await newPartner('Laboratoire Client Témoin');
    const first = BookingRow.parse((await t.api.post(paths.bookings, { equipmentId: item.id, partnerId: a.id, purpose: 'Essai', ...slot('2031-03-04', '08:00', '12:00') })).body);
    // Another booking right after the first: the suggestion must jump over both.
    await t.api.post(paths.bookings, { equipmentId: item.id, partnerId: a.id, purpose: 'Suite', ...slot('2031-03-04', '12:00', '15:00') });

    const refused = await t.api.post(paths.bookings, { equipmentId: item.id, partnerId: b.id, purpose: 'Autre essai', ...slot('2031-03-04', '10:00', '12:00') });
    expect(refused.status).toBe(409);
    const problem = Problem.parse(refused.body);
    expect(problem.conflictId).toBe(first.id);
    expect(problem.detail).toBe('Ce créneau chevauche une réservation de Essais Feu Méditerranée.');
    expect(problem.suggestion).toEqual(slot('2031-03-04', '15:00', '17:00'));

    // An instant written with an offset is the same instant: still refused.
    const offset = await t.api.post(paths.bookings, { equipmentId: item.id, partnerId: b.id, purpose: 'Autre essai', start: '2031-03-04T09:00:00+01:00', end: '2031-03-04T10:00:00+01:00' });
    expect(offset.status).toBe(409);
    expect(Problem.parse(offset.body).suggestion).toEqual(slot('2031-03-04', '15:00', '16:00'));
  });

  it('lets exactly one of five simultaneous overlapping requests through', async () => {
    const item = await openItem();
    const partner = await newPartner('Essais Feu Méditerranée');
    const replies = await Promise.all(
      ['08:00', '08:30', '09:00', '09:30', '10:00'].map((from, i) =>
        t.api.post(paths.bookings, { equipmentId: item.id, partnerId: partner.id, purpose: `Essai ${i + 1}`, start: `2031-04-08T${from}:00.000Z`, end: '2031-04-08T11:00:00.000Z' }),
      ),
    );
    expect(replies.map((r) => r.status).sort()).toEqual([201, 409, 409, 409, 409]);
    const listed = BookingPage.parse((await t.api.get(paths.bookings, { equipmentId: item.id, from: '2031-04-08', to: '2031-04-08' })).body);
    expect(listed.total).toBe(1);
    const winner = BookingRow.parse(replies.find((r) => r.status === 201)!.body);
    for (const r of replies.filter((x) => x.status === 409)) {
      const p = Problem.parse(r.body);
      expect(p.conflictId).toBe(winner.id);
      expect(overlaps(p.suggestion!, winner)).toBe(false);
    }
  });

  it('refuses a stale version and lets one of two simultaneous status changes through', async () => {
    const item = await openItem();
    const partner = await newPartner('Essais Feu Méditerranée');
    const booking = BookingRow.parse((await t.api.post(paths.bookings, { equipmentId: item.id, partnerId: partner.id, purpose: 'Essai', ...slot('2031-05-06', '08:00', '12:00') })).body);
    const replies = await Promise.all(
      (['confirmed', 'cancelled'] as const).map((status) => t.api.patch(paths.booking(booking.id), { status, version: booking.version })),
    );
    expect(replies.map((r) => r.status).sort()).toEqual([200, 409]);
    expect(BookingRow.parse(replies.find((r) => r.status === 200)!.body).version).toBe(booking.version + 1);
  });

  it('records bookings and maintenance in the history and keeps the company’s relationships', async () => {
    const item = await openItem();
    const partner = await newPartner('Essais Feu Méditerranée');
    const booking = BookingRow.parse((await t.api.post(paths.bookings, { equipmentId: item.id, partnerId: partner.id, purpose: 'Essai', ...slot('2031-05-06', '08:00', '12:00') })).body);
    expect(PartnerRow.parse((await t.api.get(paths.partner(partner.id))).body).kinds).toContain('equipment');
    await t.api.patch(paths.booking(booking.id), { status: 'cancelled', version: booking.version });
    expect(PartnerRow.parse((await t.api.get(paths.partner(partner.id))).body).kinds).not.toContain('equipment');

    const history = AuditPage.parse((await t.api.get(authPaths.audit, { partnerId: partner.id, pageSize: '100' })).body).items;
    const bookingEntries = history.filter((e) => e.entity === 'booking');
    expect(bookingEntries.map((e) => e.action).sort()).toEqual(['create', 'update']);
    expect(bookingEntries.every((e) => e.label === `Réservation « ${item.name} » du 06/05/2031`)).toBe(true);
    expect(bookingEntries.find((e) => e.action === 'update')?.changes).toEqual([{ field: 'status', before: 'requested', after: 'cancelled' }]);

    const window = MaintenanceWindow.parse((await t.api.post(paths.maintenance(item.id), { ...slot('2031-05-07', '08:00', '18:00'), reason: 'Étalonnage' })).body);
    const all = AuditPage.parse((await t.api.get(authPaths.audit, { pageSize: '100' })).body).items;
    expect(all.find((e) => e.entityId === window.id)).toMatchObject({ action: 'create', entity: 'maintenance', partnerId: null });
  });

  it('lets the platform manager book and refuses the director (403)', async () => {
    const item = await openItem();
    const partner = await newPartner('Essais Feu Méditerranée');
    const body = { equipmentId: item.id, partnerId: partner.id, purpose: 'Essai', ...slot('2031-06-03', '08:00', '12:00') };
    const director = await t.server.signIn(ROLE_EMAILS.director);
    expect((await t.as(director).post(paths.bookings, body)).status).toBe(403);
    expect((await t.as(director).post(paths.maintenance(item.id), { ...slot('2031-06-04', '08:00', '12:00'), reason: 'Révision' })).status).toBe(403);
    const manager = await t.server.signIn(ROLE_EMAILS['platform-manager']);
    expect((await t.as(manager).post(paths.bookings, body)).status).toBe(201);
  });
});

describe('the bookings list', () => {
  it('filters by item, company, period and status, by start, page by page', async () => {
    const data = generateDataset({ today: DEMO_TODAY });
    const itemId = data.equipment.find((e) => e.openToCompanies)!.id;
    const from = '2025-01-01';
    const to = '2025-12-31';
    const expected = data.bookings
      .filter((b) => b.equipmentId === itemId && b.status === 'completed' && b.end > `${from}T00:00:00.000Z` && b.start < '2026-01-01T00:00:00.000Z')
      .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1));
    expect(expected.length).toBeGreaterThan(10);
    const first = BookingPage.parse((await t.api.get(paths.bookings, { equipmentId: itemId, from, to, status: 'completed', pageSize: '10' })).body);
    const second = BookingPage.parse((await t.api.get(paths.bookings, { equipmentId: itemId, from, to, status: 'completed', pageSize: '10', page: '2' })).body);
    expect(first.total).toBe(expected.length);
    expect([...first.items, ...second.items].map((b) => b.id)).toEqual(expected.slice(0, 20).map((b) => b.id));
    const partner = data.partners.find((p) => p.id === expected[0]!.partnerId)!;
    expect(first.items[0]).toMatchObject({ partnerName: partner.name, equipmentName: data.equipment.find((e) => e.id === itemId)!.name });

    const ofPartner = BookingPage.parse((await t.api.get(paths.bookings, { partnerId: partner.id })).body);
    expect(ofPartner.items.map((b) => b.id)).toEqual(
      data.bookings
        .filter((b) => b.partnerId === partner.id)
        .sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.id < b.id ? -1 : 1))
        .map((b) => b.id),
    );
  });
});
