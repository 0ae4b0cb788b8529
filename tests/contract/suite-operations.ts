import { describe, expect, it } from 'vitest';
import {
  BookingPage, BookingRow, ContactRow, ContractPage, ContractRow, EquipmentDetail, EquipmentPage, EventDetail, EventPage, PartnerPage,
} from '../../src/contract/api';
import { paths } from '../../src/contract/endpoints';
import { MaintenanceWindow, PartnerRow } from '../../src/contract/entities';
import { overlaps } from '../../src/domain/booking';
import { apiClient, expectOk, expectProblem, partnerInput } from './client';
import type { ApiTarget } from './client';

export function operationsContract(target: ApiTarget) {
  const api = apiClient(target);
  const newPartner = async (name: string) => expectOk(await api.post(paths.partners, partnerInput({ name })), PartnerRow, 201);
  const newTutor = async (partnerId: string) =>
    expectOk(await api.post(paths.contacts, { partnerId, firstName: 'Rémi', lastName: 'Tuteur', role: 'Chef de projet', email: '', phone: '', isTutor: true }), ContactRow, 201);

  describe('apprenticeship contracts', () => {
    const contract = (partnerId: string, tutorContactId: string | null, birthDate = '2004-05-12') => ({
      apprenticeFirstName: 'Inès', apprenticeLastName: 'Fabre', birthDate, speciality: 'cmc', partnerId, tutorContactId, start: '2027-09-01', end: '2030-08-31',
    });

    it('creates a contract with its host and tutor', async () => {
      const host = await newPartner('Bâtisseurs du Gardon');
      const tutor = await newTutor(host.id);
      const created = expectOk(await api.post(paths.contracts, contract(host.id, tutor.id)), ContractRow, 201);
      expect(created).toMatchObject({ cohortYear: 2027, status: 'active', partnerName: host.name, tutorName: 'Rémi Tuteur', brokenOffOn: null });
      const listed = expectOk(await api.get(paths.contracts, { partnerId: host.id, cohort: 2027 }), ContractPage);
      expect(listed.items.map((c) => c.id)).toEqual([created.id]);
    });

    it('refuses a 31-year-old apprentice (422 on birthDate)', async () => {
      const host = await newPartner('Bâtisseurs du Gardon');
      const problem = expectProblem(await api.post(paths.contracts, contract(host.id, null, '1996-01-15')), 422);
      expect(problem.errors?.map((e) => e.field)).toEqual(['birthDate']);
      expect(problem.errors?.[0]?.message).toMatch(/entre 16 et 29 ans/);
    });

    it('refuses a tutor who is not a contact of the host company', async () => {
      const host = await newPartner('Bâtisseurs du Gardon');
      const elsewhere = await newTutor((await newPartner('Ailleurs Industries')).id);
      const problem = expectProblem(await api.post(paths.contracts, contract(host.id, elsewhere.id)), 422);
      expect(problem.errors?.map((e) => e.field)).toEqual(['tutorContactId']);
    });

    it('lists contracts ending soon and breaks one off', async () => {
      const ending = expectOk(await api.get(paths.contracts, { endingWithinDays: 365, pageSize: 1000 }), ContractPage);
      expect(ending.total).toBeGreaterThan(0);
      expect(ending.items.every((c) => c.status === 'active')).toBe(true);
      const first = ending.items[0]!;
      const broken = expectOk(await api.patch(paths.contract(first.id), { status: 'broken-off', version: first.version }), ContractRow);
      expect(broken.status).toBe('broken-off');
      expect(broken.brokenOffOn).not.toBeNull();
    });
  });

  describe('equipment and bookings', () => {
    const openItem = async () => {
      const page = expectOk(await api.get(paths.equipment, { openOnly: true }), EquipmentPage);
      expect(page.items.length).toBeGreaterThan(0);
      for (const item of page.items) {
        expect(item.utilisation12m).toBeGreaterThanOrEqual(0);
        expect(item.utilisation12m).toBeLessThanOrEqual(1);
      }
      return page.items[0]!;
    };
    const slot = (day: string, from: string, to: string) => ({ start: `${day}T${from}:00.000Z`, end: `${day}T${to}:00.000Z` });

    it('refuses an overlapping booking with the conflict and a free slot of the same length', async () => {
      const item = await openItem();
      const a = await newPartner('Essais Feu Méditerranée');
      const b = await newPartner('Laboratoire Client Témoin');
      const first = expectOk(await api.post(paths.bookings, { equipmentId: item.id, partnerId: a.id, purpose: 'Essai de réaction au feu', ...slot('2031-03-04', '08:00', '12:00') }), BookingRow, 201);
      expect(first.status).not.toBe('cancelled');
      const candidate = slot('2031-03-04', '10:00', '14:00');
      const problem = expectProblem(await api.post(paths.bookings, { equipmentId: item.id, partnerId: b.id, purpose: 'Autre essai', ...candidate }), 409);
      expect(problem.conflictId).toBe(first.id);
      const suggestion = problem.suggestion!;
      expect(Date.parse(suggestion.end) - Date.parse(suggestion.start)).toBe(4 * 3_600_000);
      expect(overlaps(suggestion, first)).toBe(false);
      expect(Date.parse(suggestion.start)).toBeGreaterThanOrEqual(Date.parse(candidate.start));
      expectOk(await api.post(paths.bookings, { equipmentId: item.id, partnerId: b.id, purpose: 'Autre essai', ...suggestion }), BookingRow, 201);

      // Once the first is cancelled, its slot is free again.
      expectOk(await api.patch(paths.booking(first.id), { status: 'cancelled', version: first.version }), BookingRow);
      expectOk(await api.post(paths.bookings, { equipmentId: item.id, partnerId: b.id, purpose: 'Reprise', ...slot('2031-03-04', '08:00', '10:00') }), BookingRow, 201);
      const listed = expectOk(await api.get(paths.bookings, { equipmentId: item.id, from: '2031-03-04', to: '2031-03-04' }), BookingPage);
      expect(listed.items).toHaveLength(3);
      expect(expectOk(await api.get(paths.partner(a.id)), PartnerRow).kinds).not.toContain('equipment');
      expect(expectOk(await api.get(paths.partner(b.id)), PartnerRow).kinds).toContain('equipment');
    });

    it('keeps maintenance windows and bookings apart (409 both ways)', async () => {
      const item = await openItem();
      const partner = await newPartner('Essais Feu Méditerranée');
      const window = expectOk(await api.post(paths.maintenance(item.id), { ...slot('2031-05-12', '08:00', '18:00'), reason: 'Étalonnage annuel' }), MaintenanceWindow, 201);
      const detail = expectOk(await api.get(paths.equipmentItem(item.id)), EquipmentDetail);
      expect(detail.maintenance.map((m) => m.id)).toContain(window.id);
      const overMaintenance = expectProblem(await api.post(paths.bookings, { equipmentId: item.id, partnerId: partner.id, purpose: 'Essai', ...slot('2031-05-12', '09:00', '11:00') }), 409);
      expect(overMaintenance.conflictId).toBe(window.id);
      expect(overMaintenance.detail).toMatch(/maintenance/i);
      expect(overlaps(overMaintenance.suggestion!, window)).toBe(false);

      const booking = expectOk(await api.post(paths.bookings, { equipmentId: item.id, partnerId: partner.id, purpose: 'Essai', ...slot('2031-05-20', '08:00', '12:00') }), BookingRow, 201);
      const overBooking = expectProblem(await api.post(paths.maintenance(item.id), { ...slot('2031-05-20', '10:00', '16:00'), reason: 'Révision' }), 409);
      expect(overBooking.conflictId).toBe(booking.id);
    });

    it('refuses a booking on an item not open to companies (422) and an unknown item (404)', async () => {
      const all = expectOk(await api.get(paths.equipment), EquipmentPage).items;
      const closed = all.find((e) => !e.openToCompanies);
      const partner = await newPartner('Essais Feu Méditerranée');
      if (closed) {
        const problem = expectProblem(await api.post(paths.bookings, { equipmentId: closed.id, partnerId: partner.id, purpose: 'Essai', ...slot('2031-06-02', '08:00', '12:00') }), 422);
        expect(problem.errors?.map((e) => e.field)).toEqual(['equipmentId']);
      }
      expectProblem(await api.get(paths.equipmentItem('eq-nope')), 404);
      const backwards = expectProblem(await api.post(paths.bookings, { equipmentId: all[0]!.id, partnerId: partner.id, purpose: 'Essai', ...slot('2031-06-02', '12:00', '08:00') }), 422);
      expect(backwards.errors?.map((e) => e.field)).toContain('end');
    });
  });

  describe('events', () => {
    it('marks a company present or absent, idempotently', async () => {
      const events = expectOk(await api.get(paths.events, { kind: 'forum' }), EventPage).items;
      expect(events.length).toBeGreaterThan(0);
      const event = events[0]!;
      const partner = await newPartner('Visiteurs du Forum');
      const present = expectOk(await api.put(paths.eventAttendance(event.id), { partnerId: partner.id, present: true }), EventDetail);
      expect(present.attendeeCount).toBe(event.attendeeCount + 1);
      expect(present.attendees.map((a) => a.id)).toContain(partner.id);
      const again = expectOk(await api.put(paths.eventAttendance(event.id), { partnerId: partner.id, present: true }), EventDetail);
      expect(again.attendeeCount).toBe(event.attendeeCount + 1);
      expect(expectOk(await api.get(paths.partner(partner.id)), PartnerRow).kinds).toContain('events');
      expect(expectOk(await api.get(paths.events, { partnerId: partner.id }), EventPage).items.map((e) => e.id)).toEqual([event.id]);
      const absent = expectOk(await api.put(paths.eventAttendance(event.id), { partnerId: partner.id, present: false }), EventDetail);
      expect(absent.attendeeCount).toBe(event.attendeeCount);
      expect(expectOk(await api.get(paths.partners, { q: 'visiteurs du forum', kind: 'events' }), PartnerPage).total).toBe(0);
    });
  });
}
