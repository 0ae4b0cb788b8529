import type {
  AcademicPartner, ApprenticeshipContract, Booking, Contact, EquipmentItem, Interaction, MaintenanceWindow,
  Opportunity, Partner, SchoolEvent, Startup, Task, TaxPledge, YearlyFigures,
} from '../../src/contract/entities';

/**
 * The tables, as Kysely sees them. Columns carry the contract's own field names (camelCase, quoted
 * by Kysely in both dialects), so that a row is its entity but for three storage rules that hold in
 * SQLite and PostgreSQL alike:
 * - booleans are integers 0/1;
 * - lists (tags, kinds) are JSON text, with a side table where a filter needs them;
 * - dates are ISO text, whose byte order is their time order.
 */

/** A boolean column. */
export type Bool = 0 | 1;
/** An entity as stored: its booleans as 0/1 and its lists as JSON text. */
export type Stored<T, B extends keyof T = never, J extends keyof T = never> = Omit<T, B | J> & { [K in B]: Bool } & { [K in J]: string };

export type PartnerTable = Stored<Partner, 'archived' | 'synthetic', 'tags' | 'kinds'> & {
  /** sortKey(name): French alphabetical order as bytes. */
  nameKey: string;
  /** sortKey(city). */
  cityKey: string;
  /** companyKey(name), for duplicate detection. */
  dupKey: string;
  /** Folded name, SIREN, SIRET, city and contact names: what the search box matches. */
  searchText: string;
  /** Kept up to date on every write that touches the company. */
  lastInteraction: string | null;
  openOpportunitiesAmount: number;
};

/** Deals, contracts and start-ups keep their own texts folded, for the search box and the text sorts. */
export type OpportunityTable = Stored<Opportunity, 'synthetic'> & {
  /** sortKey(title). */
  titleKey: string;
  /** fold(title): the deal's own part of what the search box matches (its company is looked up). */
  searchText: string;
};

export type ContractTable = Stored<ApprenticeshipContract, 'synthetic'> & {
  /** sortKey(`${last name} ${first name}`): the list's "apprentice" order. */
  apprenticeKey: string;
  /** fold(`${first name} ${last name}`) (its host and tutor are looked up). */
  searchText: string;
};

export type StartupTable = Stored<Startup, 'synthetic'> & {
  /** sortKey(name). */
  nameKey: string;
  /** fold(`${name} ${city} ${story}`). */
  searchText: string;
};

export type ContactTable = Stored<Contact, 'isTutor' | 'synthetic'> & {
  /** fold(`${first name} ${last name}`): how a contract is found by its tutor's name. */
  nameFold: string;
};

export interface UserTable {
  id: string;
  name: string;
  nameKey: string;
  email: string;
  role: string;
  /** scrypt$N$r$p$salt$hash; null for the demo's people, who cannot sign in. */
  passwordHash: string | null;
  active: Bool;
  createdAt: string;
}

export interface SessionTable {
  /** SHA-256 of the cookie's token: a stolen database does not give live sessions. */
  id: string;
  userId: string;
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
}

export interface AuditTable {
  id: string;
  at: string;
  userId: string | null;
  userName: string;
  action: string;
  entity: string;
  entityId: string;
  partnerId: string | null;
  label: string;
  /** JSON: [{ field, before, after }]. */
  changes: string;
}

export interface Database {
  meta: { key: string; value: string };
  users: UserTable;
  sessions: SessionTable;
  audit: AuditTable;
  partners: PartnerTable;
  partnerTags: { partnerId: string; tag: string };
  partnerKinds: { partnerId: string; kind: string };
  contacts: ContactTable;
  interactions: Stored<Interaction, 'synthetic'>;
  tasks: Stored<Task, 'done' | 'synthetic'>;
  opportunities: OpportunityTable;
  contracts: ContractTable;
  equipment: Stored<EquipmentItem, 'openToCompanies' | 'synthetic'>;
  maintenance: MaintenanceWindow;
  bookings: Stored<Booking, 'synthetic'>;
  startups: StartupTable;
  academicPartners: Stored<AcademicPartner, 'doubleDegree' | 'active' | 'synthetic'>;
  events: Omit<Stored<SchoolEvent, 'synthetic'>, 'partnerIds'>;
  /** Who came to which event (SchoolEvent.partnerIds). */
  eventAttendance: { eventId: string; partnerId: string };
  taxPledges: Stored<TaxPledge, 'synthetic'>;
  yearlyFigures: YearlyFigures;
}
