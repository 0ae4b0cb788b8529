import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from 'zod/mini';
import {
  AcademicPartner, ApprenticeshipContract, Booking, Contact, EquipmentItem, Interaction, MaintenanceWindow, Opportunity,
  Partner, SchoolEvent, Startup, Task, TaxPledge, User, YearlyFigures,
} from '../../src/contract/entities';
import { SECTOR_NAF } from '../../src/contract/reference';
import { checkSiret, isValidSiren, vatNumberFromSiren } from '../../src/domain/identifiers';
import { DEFAULT_SEED, DEMO_TODAY } from '../../mocks/data/dataset';
import { generateDataset } from '../../mocks/data/generator';
import { partnerKinds } from '../../mocks/data/kinds';

/** Integrity of the default demo dataset: contract schemas, identifiers, references, determinism. */
const data = generateDataset();

const byId = <T extends { id: string }>(rows: readonly T[]) => new Map(rows.map((r) => [r.id, r]));

describe('demo dataset — contract and integrity', () => {
  it('is dated and seeded as documented', () => {
    expect(data.today).toBe(DEMO_TODAY);
    expect(data.seed).toBe(DEFAULT_SEED);
    expect(data.scale).toBe(1);
  });

  it('validates every entity against its zod schema', () => {
    const lists: [string, z.ZodMiniType, unknown[]][] = [
      ['users', User, data.users],
      ['partners', Partner, data.partners],
      ['contacts', Contact, data.contacts],
      ['interactions', Interaction, data.interactions],
      ['tasks', Task, data.tasks],
      ['opportunities', Opportunity, data.opportunities],
      ['contracts', ApprenticeshipContract, data.contracts],
      ['equipment', EquipmentItem, data.equipment],
      ['maintenance', MaintenanceWindow, data.maintenance],
      ['bookings', Booking, data.bookings],
      ['startups', Startup, data.startups],
      ['academicPartners', AcademicPartner, data.academicPartners],
      ['events', SchoolEvent, data.events],
      ['taxPledges', TaxPledge, data.taxPledges],
      ['yearlyFigures', YearlyFigures, data.yearlyFigures],
    ];
    for (const [name, schema, rows] of lists) {
      const result = z.array(schema).safeParse(rows);
      expect(result.success, `${name}: ${result.success ? '' : JSON.stringify(result.error.issues.slice(0, 3))}`).toBe(true);
      expect(rows.length, name).toBeGreaterThan(0);
    }
  });

  it('has unique ids in every list', () => {
    for (const [name, rows] of Object.entries(data)) {
      if (!Array.isArray(rows) || name === 'yearlyFigures') continue;
      const ids = (rows as { id: string }[]).map((r) => r.id);
      expect(new Set(ids).size, name).toBe(ids.length);
    }
  });

  it('marks synthetic rows, and only the real success stories and named schools as real', () => {
    expect(data.partners.every((p) => p.synthetic)).toBe(true);
    expect(data.contacts.every((c) => c.synthetic)).toBe(true);
    expect(data.contracts.every((c) => c.synthetic)).toBe(true);
    expect(data.startups.filter((s) => !s.synthetic).map((s) => s.name).sort()).toEqual(['Quantum Surgical', 'SD Tech', 'Vogo']);
    expect(data.academicPartners.filter((a) => !a.synthetic)).toHaveLength(3);
  });

  it('gives every company a valid SIREN, a SIRET of that SIREN and the matching VAT number', () => {
    for (const p of data.partners) {
      expect(p.siren !== null && isValidSiren(p.siren), `${p.id} SIREN ${p.siren}`).toBe(true);
      expect(p.siret !== null && checkSiret(p.siret, p.siren), `${p.id} SIRET ${p.siret}`).toBeNull();
      expect(p.vatNumber).toBe(vatNumberFromSiren(p.siren!));
    }
    expect(new Set(data.partners.map((p) => p.siren)).size).toBe(data.partners.length);
  });

  it('takes each NAF code from its sector and gives companies business developers as owners', () => {
    const developers = new Set(data.users.filter((u) => u.role === 'business-developer').map((u) => u.id));
    for (const p of data.partners) {
      expect(SECTOR_NAF[p.sector], p.id).toContain(p.nafCode);
      if (p.ownerId !== null) expect(developers.has(p.ownerId), p.id).toBe(true);
    }
    expect(data.partners.filter((p) => p.ownerId === null).every((p) => p.stage === 'prospect')).toBe(true);
  });

  it('names companies without duplicates in a department', () => {
    const seen = new Set<string>();
    for (const p of data.partners) {
      const key = `${p.department}/${p.name.toLowerCase()}`;
      expect(seen.has(key), key).toBe(false);
      seen.add(key);
    }
  });

  it('keeps every reference pointing at an existing row', () => {
    const partners = byId(data.partners);
    const contacts = byId(data.contacts);
    const users = byId(data.users);
    const equipment = byId(data.equipment);
    for (const c of data.contacts) expect(partners.has(c.partnerId)).toBe(true);
    for (const i of data.interactions) {
      expect(partners.has(i.partnerId)).toBe(true);
      expect(users.has(i.authorId)).toBe(true);
      if (i.contactId !== null) expect(contacts.get(i.contactId)?.partnerId).toBe(i.partnerId);
    }
    for (const t of data.tasks) {
      expect(users.has(t.ownerId)).toBe(true);
      if (t.partnerId !== null) expect(partners.has(t.partnerId)).toBe(true);
    }
    for (const o of data.opportunities) {
      expect(partners.has(o.partnerId)).toBe(true);
      expect(users.has(o.ownerId)).toBe(true);
    }
    for (const b of data.bookings) {
      expect(partners.has(b.partnerId)).toBe(true);
      expect(equipment.has(b.equipmentId)).toBe(true);
    }
    for (const m of data.maintenance) expect(equipment.has(m.equipmentId)).toBe(true);
    for (const s of data.startups) if (s.partnerId !== null) expect(partners.has(s.partnerId)).toBe(true);
    for (const e of data.events) for (const id of e.partnerIds) expect(partners.has(id)).toBe(true);
    for (const t of data.taxPledges) expect(partners.has(t.partnerId)).toBe(true);
  });

  it('gives every apprentice a tutor who works at the host company', () => {
    const contacts = byId(data.contacts);
    for (const c of data.contracts) {
      const tutor = c.tutorContactId === null ? undefined : contacts.get(c.tutorContactId);
      expect(tutor?.partnerId, c.id).toBe(c.partnerId);
      expect(tutor?.isTutor, c.id).toBe(true);
    }
  });

  it('derives each company’s relationship kinds from the other lists', () => {
    const hosts = new Set(data.contracts.map((c) => c.partnerId));
    const bookers = new Set(data.bookings.filter((b) => b.status !== 'cancelled').map((b) => b.partnerId));
    const linked = new Set(data.startups.map((s) => s.partnerId));
    const attendees = new Set(data.events.flatMap((e) => e.partnerIds));
    const payers = new Set(data.taxPledges.filter((t) => t.status !== 'approached').map((t) => t.partnerId));
    const research = new Set(data.opportunities.filter((o) => (o.kind === 'research-contract' || o.kind === 'chair') && o.stage === 'won').map((o) => o.partnerId));
    for (const p of data.partners) {
      expect(p.kinds.includes('apprentices'), p.id).toBe(hosts.has(p.id));
      expect(p.kinds.includes('equipment'), p.id).toBe(bookers.has(p.id));
      expect(p.kinds.includes('incubator'), p.id).toBe(linked.has(p.id));
      expect(p.kinds.includes('events'), p.id).toBe(attendees.has(p.id));
      expect(p.kinds.includes('tax'), p.id).toBe(payers.has(p.id));
      expect(p.kinds.includes('research'), p.id).toBe(research.has(p.id));
    }
    for (const kind of ['apprentices', 'equipment', 'research', 'incubator', 'tax', 'events'] as const) {
      expect(data.partners.some((p) => p.kinds.includes(kind)), kind).toBe(true);
    }
    const recomputed = partnerKinds(data);
    expect(data.partners.every((p) => JSON.stringify(recomputed.get(p.id) ?? []) === JSON.stringify(p.kinds))).toBe(true);
  });

  it('has the people of the school, with the roles the product serves', () => {
    expect(data.users.length).toBeGreaterThanOrEqual(6);
    expect(data.users.length).toBeLessThanOrEqual(10);
    expect(new Set(data.users.map((u) => u.role))).toEqual(new Set(['admin', 'business-developer', 'platform-manager', 'apprenticeship-office', 'director']));
    expect(data.users.filter((u) => u.role === 'business-developer').length).toBeGreaterThanOrEqual(3);
  });
});

describe('demo dataset — determinism', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('gives the same JSON for the same options, whatever the clock says', () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-07-14T12:00:00Z'));
    const random = vi.spyOn(Math, 'random');
    const again = generateDataset({ seed: DEFAULT_SEED, scale: 1, today: DEMO_TODAY });
    expect(random).not.toHaveBeenCalled();
    expect(JSON.stringify(again)).toBe(JSON.stringify(data));
  });

  it('gives different data for a different seed', () => {
    const other = generateDataset({ seed: DEFAULT_SEED + 1 });
    expect(other.partners.map((p) => p.name)).not.toEqual(data.partners.map((p) => p.name));
    expect(other.partners).toHaveLength(data.partners.length);
  });

  it('dates everything relative to options.today', () => {
    const earlier = generateDataset({ today: '2024-05-10' });
    expect(earlier.today).toBe('2024-05-10');
    expect(earlier.yearlyFigures.at(-1)?.year).toBe(2023);
    expect(earlier.interactions.every((i) => i.date <= '2024-05-10')).toBe(true);
    expect(earlier.events.filter((e) => e.date > '2024-05-10').every((e) => e.partnerIds.length === 0)).toBe(true);
    expect(earlier.contracts.every((c) => c.brokenOffOn === null || c.brokenOffOn <= '2024-05-10')).toBe(true);
    expect(earlier.startups.every((s) => s.foundedYear <= 2024 && (s.closedYear ?? 0) <= 2024)).toBe(true);
  });

  it('refuses a scale that is not a positive number', () => {
    expect(() => generateDataset({ scale: 0 })).toThrow(RangeError);
    expect(() => generateDataset({ scale: Number.NaN })).toThrow(RangeError);
  });
});
