import type {
  AcademicPartner, ApprenticeshipContract, Booking, Contact, EquipmentItem, Interaction, Opportunity, Partner, PartnerRow,
  Startup, Task, TaxPledge,
} from '../../src/contract/entities';
import type { RelationshipKind } from '../../src/contract/reference';
import { fold, sortKey } from '../../src/domain/text';
import type { Bool, ContactTable, ContractTable, Database, OpportunityTable, PartnerTable, StartupTable } from './schema';

/**
 * Rows ⇄ entities: the only place that knows booleans are 0/1 and lists are JSON. PostgreSQL gives
 * numbers of aggregates as strings (bigint, numeric); `num` takes both.
 */

export const bool = (b: boolean): Bool => (b ? 1 : 0);
export const isTrue = (v: unknown): boolean => v === 1 || v === true || v === '1';
export const num = (v: unknown): number => (v === null || v === undefined ? 0 : typeof v === 'number' ? v : Number(v));
export const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : num(v));
const list = <T = string>(v: string): T[] => JSON.parse(v) as T[];

type Row<K extends keyof Database> = Database[K];

/*
 * Contacts, deals, contracts and start-ups also store folded copies of their texts (sort keys, search
 * text): the xxxToRow below compute them from the entity, so that every write keeps them right, and
 * the xxxFromRow build the entity from its own fields, so that they never reach an answer. Those
 * take any row with the entity's columns, with or without the stored copies.
 */
type Entity<T> = Omit<T, 'nameFold' | 'titleKey' | 'apprenticeKey' | 'nameKey' | 'searchText'>;

/** A partner's row without the keys and search text kept for sorting and filtering (the list does not read them). */
export type PartnerShownRow = Omit<Row<'partners'>, 'nameKey' | 'cityKey' | 'dupKey' | 'searchText'>;

/** The stored columns of a partner; derived columns (figures, keys) are added by partners/derived.ts. */
export function partnerFromRow(r: PartnerShownRow): Partner {
  return {
    id: r.id, name: r.name, siren: r.siren, siret: r.siret, vatNumber: r.vatNumber, nafCode: r.nafCode, sector: r.sector,
    department: r.department, city: r.city, sizeBand: r.sizeBand, stage: r.stage, kinds: list<RelationshipKind>(r.kinds), ownerId: r.ownerId,
    partnerSince: r.partnerSince, tags: list(r.tags), website: r.website, notes: r.notes, archived: isTrue(r.archived),
    synthetic: isTrue(r.synthetic), createdAt: r.createdAt, updatedAt: r.updatedAt, version: num(r.version),
  };
}

/**
 * A companies-list row: the partner and its figures (`activeApprentices` is counted by the query,
 * for today). Built by adding to the partner rather than spreading it or the row: spreading a
 * database row costs more than reading it (a list page builds fifty).
 */
export function partnerRowFromRow(r: PartnerShownRow, activeApprentices: number): PartnerRow {
  const row = partnerFromRow(r) as PartnerRow;
  row.lastInteraction = r.lastInteraction;
  row.openOpportunitiesAmount = num(r.openOpportunitiesAmount);
  row.activeApprentices = activeApprentices;
  return row;
}

/** The stored part of a partner; the derived keys and figures are filled in by the caller. */
export function partnerToRow(p: Partner): Omit<PartnerTable, 'nameKey' | 'cityKey' | 'dupKey' | 'searchText' | 'lastInteraction' | 'openOpportunitiesAmount'> {
  return { ...p, tags: JSON.stringify(p.tags), kinds: JSON.stringify(p.kinds), archived: bool(p.archived), synthetic: bool(p.synthetic) };
}

export const contactFromRow = (r: Entity<ContactTable>): Contact => ({
  id: r.id, partnerId: r.partnerId, firstName: r.firstName, lastName: r.lastName, role: r.role, email: r.email, phone: r.phone,
  isTutor: isTrue(r.isTutor), synthetic: isTrue(r.synthetic), version: num(r.version),
});
export const contactToRow = (c: Contact): Row<'contacts'> => ({
  ...c, isTutor: bool(c.isTutor), synthetic: bool(c.synthetic), nameFold: fold(`${c.firstName} ${c.lastName}`),
});

export const interactionFromRow = (r: Row<'interactions'>): Interaction => ({ ...r, synthetic: isTrue(r.synthetic) });
export const interactionToRow = (i: Interaction): Row<'interactions'> => ({ ...i, synthetic: bool(i.synthetic) });

export const taskFromRow = (r: Row<'tasks'>): Task => ({ ...r, done: isTrue(r.done), synthetic: isTrue(r.synthetic), version: num(r.version) });
export const taskToRow = (t: Task): Row<'tasks'> => ({ ...t, done: bool(t.done), synthetic: bool(t.synthetic) });

export const opportunityFromRow = (r: Entity<OpportunityTable>): Opportunity => ({
  id: r.id, partnerId: r.partnerId, title: r.title, kind: r.kind, amount: num(r.amount), stage: r.stage, ownerId: r.ownerId, expectedClose: r.expectedClose,
  closedAt: r.closedAt, closeReason: r.closeReason, createdAt: r.createdAt, synthetic: isTrue(r.synthetic), version: num(r.version),
});
export const opportunityToRow = (o: Opportunity): Row<'opportunities'> => ({ ...o, synthetic: bool(o.synthetic), titleKey: sortKey(o.title), searchText: fold(o.title) });

export const contractFromRow = (r: Entity<ContractTable>): ApprenticeshipContract => ({
  id: r.id, apprenticeFirstName: r.apprenticeFirstName, apprenticeLastName: r.apprenticeLastName, birthDate: r.birthDate, speciality: r.speciality,
  cohortYear: num(r.cohortYear), partnerId: r.partnerId, tutorContactId: r.tutorContactId, start: r.start, end: r.end, brokenOffOn: r.brokenOffOn,
  status: r.status, synthetic: isTrue(r.synthetic), version: num(r.version),
});
export const contractToRow = (c: ApprenticeshipContract): Row<'contracts'> => ({
  ...c,
  synthetic: bool(c.synthetic),
  // The list's "apprentice" order is by last name, then first name.
  apprenticeKey: sortKey(`${c.apprenticeLastName} ${c.apprenticeFirstName}`),
  searchText: fold(`${c.apprenticeFirstName} ${c.apprenticeLastName}`),
});

export const equipmentFromRow = (r: Row<'equipment'>): EquipmentItem => ({ ...r, rate: num(r.rate), openToCompanies: isTrue(r.openToCompanies), synthetic: isTrue(r.synthetic) });
export const equipmentToRow = (e: EquipmentItem): Row<'equipment'> => ({ ...e, openToCompanies: bool(e.openToCompanies), synthetic: bool(e.synthetic) });

export const bookingFromRow = (r: Row<'bookings'>): Booking => ({ ...r, invoiced: num(r.invoiced), synthetic: isTrue(r.synthetic), version: num(r.version) });
export const bookingToRow = (b: Booking): Row<'bookings'> => ({ ...b, synthetic: bool(b.synthetic) });

export const startupFromRow = (r: Entity<StartupTable>): Startup => ({
  id: r.id, name: r.name, foundedYear: num(r.foundedYear), incubationStart: r.incubationStart, incubationEnd: r.incubationEnd, sector: r.sector,
  department: r.department, city: r.city, status: r.status, closedYear: numOrNull(r.closedYear), jobs: num(r.jobs), fundsRaised: num(r.fundsRaised),
  link: r.link, partnerId: r.partnerId, story: r.story, synthetic: isTrue(r.synthetic),
});
export const startupToRow = (s: Startup): Row<'startups'> => ({
  ...s, synthetic: bool(s.synthetic), nameKey: sortKey(s.name), searchText: fold(`${s.name} ${s.city} ${s.story ?? ''}`),
});

export const academicFromRow = (r: Row<'academicPartners'>): AcademicPartner => ({
  ...r, since: num(r.since), doubleDegree: isTrue(r.doubleDegree), active: isTrue(r.active), synthetic: isTrue(r.synthetic), version: num(r.version),
});
export const academicToRow = (a: AcademicPartner): Row<'academicPartners'> => ({ ...a, doubleDegree: bool(a.doubleDegree), active: bool(a.active), synthetic: bool(a.synthetic) });

export const taxPledgeFromRow = (r: Row<'taxPledges'>): TaxPledge => ({ ...r, year: num(r.year), amount: num(r.amount), synthetic: isTrue(r.synthetic), version: num(r.version) });
export const taxPledgeToRow = (t: TaxPledge): Row<'taxPledges'> => ({ ...t, synthetic: bool(t.synthetic) });
