import * as z from 'zod/mini';
import { Count, Euros, Id, IsoDate, IsoDateTime, RequiredText, Text } from './primitives';
import { Department, SectorSchema } from './enums';
import {
  BOOKING_STATUSES, CONTRACT_STATUSES, EQUIPMENT_CATEGORIES, EVENT_KINDS, INTERACTION_KINDS,
  OPPORTUNITY_KINDS, OPPORTUNITY_STAGES, PARTNER_STAGES, RATE_UNITS, RELATIONSHIP_KINDS, RESEARCH_UNITS,
  SIZE_BANDS, SPECIALITIES, STARTUP_LINKS, STARTUP_STATUSES, TAX_STATUSES,
} from './reference';

/**
 * Every entity of DATA.md as the API speaks it. `synthetic: true` marks demo rows ("données de
 * démonstration"); `version` increases on every write so that a stale save can be refused (409).
 */

export { Department, SectorSchema };

export { User } from './user';

export const Partner = z.object({
  id: Id,
  name: z.string(),
  siren: z.nullable(z.string()),
  siret: z.nullable(z.string()),
  vatNumber: z.nullable(z.string()),
  nafCode: z.nullable(z.string()),
  sector: SectorSchema,
  department: Department,
  city: z.string(),
  sizeBand: z.enum(SIZE_BANDS),
  stage: z.enum(PARTNER_STAGES),
  /** Derived from the data (contracts, bookings, opportunities, start-ups, tax, events). */
  kinds: z.array(z.enum(RELATIONSHIP_KINDS)),
  ownerId: z.nullable(Id),
  partnerSince: z.nullable(IsoDate),
  tags: z.array(z.string()),
  website: z.nullable(z.string()),
  notes: z.string(),
  archived: z.boolean(),
  synthetic: z.boolean(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
  version: Count,
});
export type Partner = z.infer<typeof Partner>;

/** A row of the companies list: the partner plus what the list shows about it. */
export const PartnerRow = z.extend(Partner, {
  lastInteraction: z.nullable(IsoDate),
  openOpportunitiesAmount: Euros,
  activeApprentices: Count,
});
export type PartnerRow = z.infer<typeof PartnerRow>;

export const Contact = z.object({
  id: Id,
  partnerId: Id,
  firstName: z.string(),
  lastName: z.string(),
  role: z.string(),
  email: z.string(),
  phone: z.string(),
  isTutor: z.boolean(),
  synthetic: z.boolean(),
  version: Count,
});
export type Contact = z.infer<typeof Contact>;

export const Interaction = z.object({
  id: Id,
  partnerId: Id,
  contactId: z.nullable(Id),
  date: IsoDate,
  kind: z.enum(INTERACTION_KINDS),
  authorId: Id,
  summary: z.string(),
  synthetic: z.boolean(),
});
export type Interaction = z.infer<typeof Interaction>;

export const Task = z.object({
  id: Id,
  partnerId: z.nullable(Id),
  title: z.string(),
  due: IsoDate,
  ownerId: Id,
  done: z.boolean(),
  createdAt: IsoDateTime,
  synthetic: z.boolean(),
  version: Count,
});
export type Task = z.infer<typeof Task>;

export const Opportunity = z.object({
  id: Id,
  partnerId: Id,
  title: z.string(),
  kind: z.enum(OPPORTUNITY_KINDS),
  amount: Euros,
  stage: z.enum(OPPORTUNITY_STAGES),
  ownerId: Id,
  expectedClose: IsoDate,
  closedAt: z.nullable(IsoDate),
  closeReason: z.nullable(z.string()),
  createdAt: IsoDateTime,
  synthetic: z.boolean(),
  version: Count,
});
export type Opportunity = z.infer<typeof Opportunity>;

export const ApprenticeshipContract = z.object({
  id: Id,
  apprenticeFirstName: z.string(),
  apprenticeLastName: z.string(),
  birthDate: IsoDate,
  speciality: z.enum(SPECIALITIES),
  /** The year the 3-year contract starts (1 September). */
  cohortYear: z.int(),
  partnerId: Id,
  tutorContactId: z.nullable(Id),
  start: IsoDate,
  end: IsoDate,
  /** Set when the contract was broken off before its end. */
  brokenOffOn: z.nullable(IsoDate),
  status: z.enum(CONTRACT_STATUSES),
  synthetic: z.boolean(),
  version: Count,
});
export type ApprenticeshipContract = z.infer<typeof ApprenticeshipContract>;

export const MaintenanceWindow = z.object({
  id: Id,
  equipmentId: Id,
  start: IsoDateTime,
  end: IsoDateTime,
  reason: z.string(),
});
export type MaintenanceWindow = z.infer<typeof MaintenanceWindow>;

export const EquipmentItem = z.object({
  id: Id,
  name: z.string(),
  platform: z.string(),
  researchUnit: z.enum(RESEARCH_UNITS),
  category: z.enum(EQUIPMENT_CATEGORIES),
  description: z.string(),
  rateUnit: z.enum(RATE_UNITS),
  rate: Euros,
  openToCompanies: z.boolean(),
  synthetic: z.boolean(),
});
export type EquipmentItem = z.infer<typeof EquipmentItem>;

export const Booking = z.object({
  id: Id,
  equipmentId: Id,
  partnerId: Id,
  start: IsoDateTime,
  end: IsoDateTime,
  purpose: z.string(),
  status: z.enum(BOOKING_STATUSES),
  invoiced: Euros,
  synthetic: z.boolean(),
  version: Count,
});
export type Booking = z.infer<typeof Booking>;

export const Startup = z.object({
  id: Id,
  name: z.string(),
  foundedYear: z.int(),
  incubationStart: z.nullable(IsoDate),
  incubationEnd: z.nullable(IsoDate),
  sector: SectorSchema,
  department: Department,
  city: z.string(),
  status: z.enum(STARTUP_STATUSES),
  closedYear: z.nullable(z.int()),
  jobs: Count,
  fundsRaised: Euros,
  link: z.enum(STARTUP_LINKS),
  partnerId: z.nullable(Id),
  story: z.nullable(z.string()),
  synthetic: z.boolean(),
});
export type Startup = z.infer<typeof Startup>;

export const AcademicPartner = z.object({
  id: Id,
  school: z.string(),
  country: z.string(),
  city: z.string(),
  scope: z.enum(['national', 'international']),
  doubleDegree: z.boolean(),
  since: z.int(),
  renewalDate: IsoDate,
  field: z.string(),
  active: z.boolean(),
  synthetic: z.boolean(),
  version: Count,
});
export type AcademicPartner = z.infer<typeof AcademicPartner>;

export const SchoolEvent = z.object({
  id: Id,
  kind: z.enum(EVENT_KINDS),
  title: z.string(),
  date: IsoDate,
  place: z.string(),
  partnerIds: z.array(Id),
  synthetic: z.boolean(),
});
export type SchoolEvent = z.infer<typeof SchoolEvent>;

export const TaxPledge = z.object({
  id: Id,
  partnerId: Id,
  year: z.int(),
  amount: Euros,
  status: z.enum(TAX_STATUSES),
  updatedAt: IsoDateTime,
  synthetic: z.boolean(),
  version: Count,
});
export type TaxPledge = z.infer<typeof TaxPledge>;

/** Yearly school figures; `year` is the academic year's first year (2022 = 2022–23). */
export const YearlyFigures = z.object({
  year: z.int(),
  students: Count,
  apprentices: Count,
});
export type YearlyFigures = z.infer<typeof YearlyFigures>;

/* ------------------------------- inputs: what people type ------------------------------- */

export const PartnerInput = z.object({
  name: RequiredText(160),
  siren: z.nullable(Text(9)),
  siret: z.nullable(Text(14)),
  nafCode: z.nullable(Text(6)),
  sector: SectorSchema,
  department: Department,
  city: RequiredText(80),
  sizeBand: z.enum(SIZE_BANDS),
  stage: z.enum(PARTNER_STAGES),
  ownerId: z.nullable(Id),
  partnerSince: z.nullable(IsoDate),
  tags: z.array(Text(40)).check(z.maxLength(20)),
  website: z.nullable(Text(200)),
  notes: Text(4000),
});
export type PartnerInput = z.infer<typeof PartnerInput>;
export const PartnerPatch = z.extend(z.partial(PartnerInput), { version: z.optional(Count) });
export type PartnerPatch = z.infer<typeof PartnerPatch>;

export const ContactInput = z.object({
  partnerId: Id,
  firstName: RequiredText(80),
  lastName: RequiredText(80),
  role: Text(120),
  email: z.union([z.literal(''), z.email({ error: 'Adresse e-mail invalide' })]),
  phone: Text(30),
  isTutor: z.boolean(),
});
export type ContactInput = z.infer<typeof ContactInput>;
export const ContactPatch = z.extend(z.partial(z.omit(ContactInput, { partnerId: true })), { version: z.optional(Count) });

export const InteractionInput = z.object({
  partnerId: Id,
  contactId: z.nullable(Id),
  date: IsoDate,
  kind: z.enum(INTERACTION_KINDS),
  authorId: Id,
  summary: RequiredText(4000),
});
export type InteractionInput = z.infer<typeof InteractionInput>;

export const TaskInput = z.object({
  partnerId: z.nullable(Id),
  title: RequiredText(200),
  due: IsoDate,
  ownerId: Id,
});
export type TaskInput = z.infer<typeof TaskInput>;
export const TaskPatch = z.extend(z.partial(z.extend(TaskInput, { done: z.boolean() })), { version: z.optional(Count) });

export const OpportunityInput = z.object({
  partnerId: Id,
  title: RequiredText(200),
  kind: z.enum(OPPORTUNITY_KINDS),
  amount: Euros,
  stage: z.enum(OPPORTUNITY_STAGES),
  ownerId: Id,
  expectedClose: IsoDate,
  closeReason: z.nullable(Text(500)),
});
export type OpportunityInput = z.infer<typeof OpportunityInput>;
export const OpportunityPatch = z.extend(z.partial(OpportunityInput), { version: z.optional(Count) });

export const ContractInput = z.object({
  apprenticeFirstName: RequiredText(80),
  apprenticeLastName: RequiredText(80),
  birthDate: IsoDate,
  speciality: z.enum(SPECIALITIES),
  partnerId: Id,
  tutorContactId: z.nullable(Id),
  start: IsoDate,
  end: IsoDate,
});
export type ContractInput = z.infer<typeof ContractInput>;
export const ContractPatch = z.extend(z.partial(z.extend(ContractInput, { status: z.enum(CONTRACT_STATUSES), brokenOffOn: z.nullable(IsoDate) })), {
  version: z.optional(Count),
});

export const BookingInput = z.object({
  equipmentId: Id,
  partnerId: Id,
  start: IsoDateTime,
  end: IsoDateTime,
  purpose: RequiredText(500),
});
export type BookingInput = z.infer<typeof BookingInput>;
export const BookingPatch = z.object({ status: z.optional(z.enum(BOOKING_STATUSES)), version: z.optional(Count) });

export const MaintenanceInput = z.object({ start: IsoDateTime, end: IsoDateTime, reason: RequiredText(200) });

export const AcademicPartnerPatch = z.object({
  renewalDate: z.optional(IsoDate),
  doubleDegree: z.optional(z.boolean()),
  field: z.optional(Text(120)),
  active: z.optional(z.boolean()),
  version: z.optional(Count),
});

export const AttendanceInput = z.object({ partnerId: Id, present: z.boolean() });

export const TaxPledgeInput = z.object({
  partnerId: Id,
  year: z.int().check(z.minimum(2000), z.maximum(2100)),
  amount: Euros,
  status: z.enum(TAX_STATUSES),
});
export const TaxPledgePatch = z.object({
  amount: z.optional(Euros),
  status: z.optional(z.enum(TAX_STATUSES)),
  version: z.optional(Count),
});
