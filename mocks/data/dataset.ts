import type {
  AcademicPartner, ApprenticeshipContract, Booking, Contact, EquipmentItem, Interaction, MaintenanceWindow,
  Opportunity, Partner, SchoolEvent, Startup, Task, TaxPledge, User, YearlyFigures,
} from '../../src/contract/entities';

/**
 * The whole demo database: what the generator produces, what the in-browser store holds and
 * persists, and what a server loads on its first start. The generator fills `Partner.kinds`; the
 * store recomputes it after writes.
 */
export interface Dataset {
  /** The date the dataset is "as of" (ISO date): tasks, statuses and "last 12 months" are relative to it. */
  today: string;
  seed: number;
  scale: number;
  users: User[];
  partners: Partner[];
  contacts: Contact[];
  interactions: Interaction[];
  tasks: Task[];
  opportunities: Opportunity[];
  contracts: ApprenticeshipContract[];
  equipment: EquipmentItem[];
  maintenance: MaintenanceWindow[];
  bookings: Booking[];
  startups: Startup[];
  academicPartners: AcademicPartner[];
  events: SchoolEvent[];
  taxPledges: TaxPledge[];
  yearlyFigures: YearlyFigures[];
}

export interface GeneratorOptions {
  /** Same seed, same data, byte for byte. */
  seed?: number;
  /** 1 ≈ 1,000 companies; 10 and 100 for the benchmarks. Everything else scales alike. */
  scale?: number;
  /** The dataset's "today" (ISO date). Defaults to DEMO_TODAY so that tests are deterministic. */
  today?: string;
}

export const DEMO_TODAY = '2026-11-26';
export const DEFAULT_SEED = 1843;
