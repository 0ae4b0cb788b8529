import * as z from 'zod/mini';
import { Count, Id, IsoDateTime, page } from './primitives';
import {
  AcademicPartner, ApprenticeshipContract, Booking, Contact, ContactInput, EquipmentItem, Interaction, MaintenanceWindow,
  Opportunity, Partner, PartnerInput, PartnerRow, SchoolEvent, Startup, Task, TaxPledge, YearlyFigures,
} from './entities';
import { EquipmentRow } from './stats';

/**
 * Request and response shapes of the API beyond the bare entities: list rows that carry the names a
 * table shows (so the UI never joins), detail views, the CSV import. Every list answers a page
 * (`{ items, total, page, pageSize }`), also the short unpaginated ones (page 1, everything).
 */

/* ------------------------------------ list rows ------------------------------------ */

export const ContactRow = z.extend(Contact, { partnerName: z.string() });
export type ContactRow = z.infer<typeof ContactRow>;

export const InteractionRow = z.extend(Interaction, {
  authorName: z.string(),
  contactName: z.nullable(z.string()),
});
export type InteractionRow = z.infer<typeof InteractionRow>;

export const TaskRow = z.extend(Task, { partnerName: z.nullable(z.string()) });
export type TaskRow = z.infer<typeof TaskRow>;

export const OpportunityRow = z.extend(Opportunity, { partnerName: z.string() });
export type OpportunityRow = z.infer<typeof OpportunityRow>;

export const ContractRow = z.extend(ApprenticeshipContract, {
  partnerName: z.string(),
  tutorName: z.nullable(z.string()),
});
export type ContractRow = z.infer<typeof ContractRow>;

/** An equipment item with its last-12-months utilisation (0..1) and the start of its next free slot. */
export const EquipmentListItem = z.extend(EquipmentItem, EquipmentRow.shape);
export type EquipmentListItem = z.infer<typeof EquipmentListItem>;

export const EquipmentDetail = z.extend(EquipmentListItem, { maintenance: z.array(MaintenanceWindow) });
export type EquipmentDetail = z.infer<typeof EquipmentDetail>;

export const BookingRow = z.extend(Booking, { partnerName: z.string(), equipmentName: z.string() });
export type BookingRow = z.infer<typeof BookingRow>;

export const StartupRow = z.extend(Startup, { partnerName: z.nullable(z.string()) });
export type StartupRow = z.infer<typeof StartupRow>;

export const EventWithAttendance = z.extend(SchoolEvent, { attendeeCount: Count });
export type EventWithAttendance = z.infer<typeof EventWithAttendance>;

export const EventAttendee = z.object({
  id: Id,
  name: z.string(),
  sector: Partner.shape.sector,
  department: Partner.shape.department,
  city: z.string(),
});
export const EventDetail = z.extend(EventWithAttendance, { attendees: z.array(EventAttendee) });
export type EventDetail = z.infer<typeof EventDetail>;

export const TaxPledgeRow = z.extend(TaxPledge, { partnerName: z.string() });
export type TaxPledgeRow = z.infer<typeof TaxPledgeRow>;

/** A possible duplicate of a company being typed: same SIREN, or a very similar name in the same department. */
export const PartnerDuplicate = z.extend(Partner, { matchReason: z.enum(['siren', 'name']) });
export type PartnerDuplicate = z.infer<typeof PartnerDuplicate>;

/* -------------------------------------- pages -------------------------------------- */

export { UserPage } from './user';
export const PartnerPage = page(PartnerRow);
export const PartnerDuplicatePage = page(PartnerDuplicate);
export const ContactPage = page(ContactRow);
export const InteractionPage = page(InteractionRow);
export const TaskPage = page(TaskRow);
export const OpportunityPage = page(OpportunityRow);
export const ContractPage = page(ContractRow);
export const EquipmentPage = page(EquipmentListItem);
export const MaintenancePage = page(MaintenanceWindow);
export const BookingPage = page(BookingRow);
export const StartupPage = page(StartupRow);
export const AcademicPage = page(AcademicPartner);
export const EventPage = page(EventWithAttendance);
export const TaxPledgePage = page(TaxPledgeRow);
export const YearlyFiguresPage = page(YearlyFigures);

/* ------------------------------------ CSV import ------------------------------------ */

export const ImportContact = z.omit(ContactInput, { partnerId: true });
export type ImportContact = z.infer<typeof ImportContact>;

export const ImportRow = z.object({
  partner: PartnerInput,
  contacts: z.optional(z.array(ImportContact).check(z.maxLength(50))),
});
export type ImportRow = z.infer<typeof ImportRow>;

export const IMPORT_DUPLICATE_POLICIES = ['skip', 'update'] as const;
/**
 * All or nothing: every row is checked first; one bad row answers 422 with errors named
 * `rows.<i>.<field>` and nothing is written. Rows are matched to existing companies by SIREN.
 */
export const ImportRequest = z.object({
  rows: z.array(ImportRow).check(z.minLength(1), z.maxLength(20_000)),
  onDuplicate: z._default(z.enum(IMPORT_DUPLICATE_POLICIES), 'skip'),
});
export type ImportRequest = z.input<typeof ImportRequest>;

export const ImportResult = z.object({ created: Count, updated: Count, skipped: Count });
export type ImportResult = z.infer<typeof ImportResult>;

/* ------------------------------------- conflicts ------------------------------------- */

/** The slot a 409 booking conflict suggests instead (same length, free of bookings and maintenance). */
export const SlotSuggestion = z.object({ start: IsoDateTime, end: IsoDateTime });
export type SlotSuggestion = z.infer<typeof SlotSuggestion>;
