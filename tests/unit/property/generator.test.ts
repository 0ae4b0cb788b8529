import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import {
  AcademicPartner, ApprenticeshipContract, Booking, BookingInput, Contact, ContactInput, ContractInput, EquipmentItem, Interaction,
  InteractionInput, MaintenanceInput, MaintenanceWindow, Opportunity, OpportunityInput, Partner, PartnerInput, SchoolEvent, Startup, Task,
  TaskInput, TaxPledge, TaxPledgeInput, User, YearlyFigures,
} from '@/contract/entities';
import { checkSiret, isValidSiren, vatNumberFromSiren } from '@/domain/identifiers';
import type { Dataset } from '../../../mocks/data/dataset';
import { generateDataset } from '../../../mocks/data/generator';

/**
 * The demo dataset for any seed, any small scale and any "today": every entity matches its contract
 * schema, and also the input schema the app would check if a person saved it unchanged; every
 * reference points at a row that exists; and the rules the API enforces on writes (SIREN keys, a
 * tutor of the host company, bookings that do not overlap…) already hold. A generation costs about
 * 20 ms at scale 0.1, so the runs are few.
 */

const day = (from: string, to: string) =>
  fc.date({ min: new Date(`${from}T00:00:00Z`), max: new Date(`${to}T00:00:00Z`), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const options = fc.record({
  seed: fc.oneof(fc.integer(), fc.maxSafeInteger(), fc.constant(0)),
  // Smaller scales are the next property's: there the generator must build a dataset or refuse the scale.
  scale: fc.oneof(fc.constantFrom(0.05, 0.1, 0.2), fc.double({ min: 0.05, max: 0.25, noNaN: true })),
  today: day('2020-01-01', '2035-12-31'),
});

type Lists = Omit<Dataset, 'today' | 'seed' | 'scale'>;
/** Each list with the schema of what is stored and, where people create it, of what they type. */
const SCHEMAS: { [K in keyof Lists]: [z.ZodMiniType, z.ZodMiniType | null] } = {
  users: [User, null],
  partners: [Partner, PartnerInput],
  contacts: [Contact, ContactInput],
  interactions: [Interaction, InteractionInput],
  tasks: [Task, TaskInput],
  opportunities: [Opportunity, OpportunityInput],
  contracts: [ApprenticeshipContract, ContractInput],
  equipment: [EquipmentItem, null],
  maintenance: [MaintenanceWindow, MaintenanceInput],
  bookings: [Booking, BookingInput],
  startups: [Startup, null],
  academicPartners: [AcademicPartner, null],
  events: [SchoolEvent, null],
  taxPledges: [TaxPledge, TaxPledgeInput],
  yearlyFigures: [YearlyFigures, null],
};

function expectSchemas(data: Dataset) {
  for (const [name, [stored, input]] of Object.entries(SCHEMAS)) {
    const rows = data[name as keyof Lists] as unknown[];
    for (const schema of input ? [stored, input] : [stored]) {
      const bad = rows.map((row) => [row, schema.safeParse(row)] as const).find(([, r]) => !r.success);
      expect(bad, `${name}: ${bad ? `${JSON.stringify(bad[0])} — ${JSON.stringify(bad[1].error?.issues.slice(0, 2))}` : ''}`).toBeUndefined();
    }
  }
}

const ids = <T extends { id: string }>(rows: readonly T[]) => new Set(rows.map((r) => r.id));

function expectReferences(data: Dataset) {
  const partners = ids(data.partners);
  const users = ids(data.users);
  const equipment = ids(data.equipment);
  const contactPartner = new Map(data.contacts.map((c) => [c.id, c.partnerId]));
  const tutors = new Set(data.contacts.filter((c) => c.isTutor).map((c) => c.id));
  for (const [name, rows] of Object.entries(data)) {
    if (!Array.isArray(rows) || name === 'yearlyFigures') continue;
    expect(ids(rows as { id: string }[]).size, `${name}: unique ids`).toBe(rows.length);
  }
  for (const p of data.partners) if (p.ownerId !== null) expect(users.has(p.ownerId), `${p.id} owner`).toBe(true);
  for (const c of data.contacts) expect(partners.has(c.partnerId), c.id).toBe(true);
  for (const i of data.interactions) {
    expect(partners.has(i.partnerId) && users.has(i.authorId), i.id).toBe(true);
    if (i.contactId !== null) expect(contactPartner.get(i.contactId), `${i.id} contact of its company`).toBe(i.partnerId);
  }
  for (const t of data.tasks) expect(users.has(t.ownerId) && (t.partnerId === null || partners.has(t.partnerId)), t.id).toBe(true);
  for (const o of data.opportunities) expect(partners.has(o.partnerId) && users.has(o.ownerId), o.id).toBe(true);
  for (const c of data.contracts) {
    expect(partners.has(c.partnerId), c.id).toBe(true);
    if (c.tutorContactId !== null) {
      expect(contactPartner.get(c.tutorContactId), `${c.id} tutor of the host company`).toBe(c.partnerId);
      expect(tutors.has(c.tutorContactId), `${c.id} tutor flagged as such`).toBe(true);
    }
  }
  for (const m of data.maintenance) expect(equipment.has(m.equipmentId), m.id).toBe(true);
  for (const b of data.bookings) expect(equipment.has(b.equipmentId) && partners.has(b.partnerId), b.id).toBe(true);
  for (const s of data.startups) if (s.partnerId !== null) expect(partners.has(s.partnerId), s.id).toBe(true);
  for (const e of data.events) for (const p of e.partnerIds) expect(partners.has(p), `${e.id} attendee`).toBe(true);
  for (const t of data.taxPledges) expect(partners.has(t.partnerId), t.id).toBe(true);
}

/** Rules the API checks on every write, which the generated data must not break either. */
function expectBusinessRules(data: Dataset) {
  const sirens = new Set<string>();
  for (const p of data.partners) {
    expect(p.siren !== null && isValidSiren(p.siren), `${p.id} SIREN ${p.siren}`).toBe(true);
    expect(p.siret === null || checkSiret(p.siret, p.siren) === null, `${p.id} SIRET ${p.siret}`).toBe(true);
    expect(p.vatNumber, p.id).toBe(vatNumberFromSiren(p.siren!));
    expect(sirens.has(p.siren!), `${p.id} SIREN unique`).toBe(false);
    sirens.add(p.siren!);
    expect(p.createdAt <= p.updatedAt, `${p.id} created before updated`).toBe(true);
  }
  for (const c of data.contracts) expect(c.start < c.end && (c.brokenOffOn === null || (c.brokenOffOn >= c.start && c.brokenOffOn <= data.today)), c.id).toBe(true);
  for (const w of [...data.bookings, ...data.maintenance]) expect(Date.parse(w.end) > Date.parse(w.start), `${w.id} ends after it starts`).toBe(true);
  // A booking never overlaps another live booking of the same item (the API answers 409).
  const live = new Map<string, { start: number; end: number; id: string }[]>();
  for (const b of data.bookings) if (b.status !== 'cancelled') live.set(b.equipmentId, [...(live.get(b.equipmentId) ?? []), { start: Date.parse(b.start), end: Date.parse(b.end), id: b.id }]);
  for (const slots of live.values()) {
    slots.sort((a, b) => a.start - b.start);
    for (let i = 1; i < slots.length; i++) expect(slots[i]!.start >= slots[i - 1]!.end, `${slots[i - 1]!.id} overlaps ${slots[i]!.id}`).toBe(true);
  }
  // One pledge per company and year (the API answers 409 to a second one).
  const pledges = data.taxPledges.map((t) => `${t.partnerId}/${t.year}`);
  expect(new Set(pledges).size).toBe(pledges.length);
  for (const s of data.startups) expect(s.closedYear === null || s.closedYear >= s.foundedYear, s.id).toBe(true);
  const years = data.yearlyFigures.map((f) => f.year);
  expect(new Set(years).size).toBe(years.length);
  for (const f of data.yearlyFigures) expect(f.apprentices <= f.students, String(f.year)).toBe(true);
}

describe('generated datasets (property)', () => {
  it('validate against the contract, keep their references and the API’s rules, for any seed, small scale and date', () => {
    fc.assert(
      fc.property(options, (opts) => {
        const data = generateDataset(opts);
        expect(data.partners.length).toBeGreaterThan(0);
        expectSchemas(data);
        expectReferences(data);
        expectBusinessRules(data);
      }),
      { numRuns: 15 },
    );
  });

  it('either builds a dataset or refuses the scale with a RangeError, whatever positive scale it is given', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 0.05, noNaN: true }), fc.integer(), (scale, seed) => {
        let data: Dataset | null = null;
        try {
          data = generateDataset({ seed, scale });
        } catch (error) {
          expect(error, `scale ${scale}`).toBeInstanceOf(RangeError);
          expect((error as Error).message).toMatch(/scale/);
        }
        if (data) expectReferences(data);
      }),
      { numRuns: 30 },
    );
  });

  it('is the same for the same options', () => {
    fc.assert(
      fc.property(options, (opts) => {
        expect(JSON.stringify(generateDataset(opts))).toBe(JSON.stringify(generateDataset(opts)));
      }),
      { numRuns: 5 },
    );
  });
});
