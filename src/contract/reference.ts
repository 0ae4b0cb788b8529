/**
 * Reference lists shared by every side of the API: Occitanie's departments, the school's sectors,
 * and the enumerations of DATA.md. Labels are French (the product's first language); the English
 * labels live in the locale catalogues, keyed by these codes.
 */

export const DEPARTMENTS = [
  { code: '09', name: 'Ariège', prefecture: 'Foix' },
  { code: '11', name: 'Aude', prefecture: 'Carcassonne' },
  { code: '12', name: 'Aveyron', prefecture: 'Rodez' },
  { code: '30', name: 'Gard', prefecture: 'Nîmes' },
  { code: '31', name: 'Haute-Garonne', prefecture: 'Toulouse' },
  { code: '32', name: 'Gers', prefecture: 'Auch' },
  { code: '34', name: 'Hérault', prefecture: 'Montpellier' },
  { code: '46', name: 'Lot', prefecture: 'Cahors' },
  { code: '48', name: 'Lozère', prefecture: 'Mende' },
  { code: '65', name: 'Hautes-Pyrénées', prefecture: 'Tarbes' },
  { code: '66', name: 'Pyrénées-Orientales', prefecture: 'Perpignan' },
  { code: '81', name: 'Tarn', prefecture: 'Albi' },
  { code: '82', name: 'Tarn-et-Garonne', prefecture: 'Montauban' },
  { code: 'HO', name: 'Hors Occitanie', prefecture: '' },
] as const;

export type DepartmentCode = (typeof DEPARTMENTS)[number]['code'];
export const DEPARTMENT_CODES = DEPARTMENTS.map((d) => d.code) as [DepartmentCode, ...DepartmentCode[]];
export const OUTSIDE_OCCITANIE: DepartmentCode = 'HO';

export const SECTORS = [
  'sante',
  'protection-civile',
  'nucleaire',
  'mecatronique',
  'energies-renouvelables',
  'hydrogene',
  'materiaux',
  'numerique-ia',
  'construction',
  'eau-environnement',
] as const;
export type Sector = (typeof SECTORS)[number];

/** NAF rev.2 codes of each sector (DATA.md); the first one is the sector's most typical code. */
export const SECTOR_NAF: Record<Sector, readonly string[]> = {
  sante: ['32.50A', '26.60Z', '21.20Z', '86.90F'],
  'protection-civile': ['84.25Z', '80.10Z', '71.20B', '30.30Z'],
  nucleaire: ['24.46Z', '20.13A', '35.11Z', '71.12B'],
  mecatronique: ['28.99B', '26.51B', '27.90Z', '33.20C'],
  'energies-renouvelables': ['35.11Z', '27.11Z', '43.21A', '71.12B'],
  hydrogene: ['20.11Z', '35.21Z', '28.29B', '72.19Z'],
  materiaux: ['22.29A', '23.99Z', '20.16Z', '24.10Z'],
  'numerique-ia': ['62.01Z', '62.02A', '63.11Z', '58.29C'],
  construction: ['41.20A', '42.99Z', '43.99C', '71.11Z'],
  'eau-environnement': ['36.00Z', '37.00Z', '38.21Z', '71.20B'],
};

export const SIZE_BANDS = ['tpe', 'pme', 'eti', 'ge'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

export const PARTNER_STAGES = ['prospect', 'active', 'dormant'] as const;
export type PartnerStage = (typeof PARTNER_STAGES)[number];

/** What the school does with a company; derived from the data, shown as badges. */
export const RELATIONSHIP_KINDS = ['apprentices', 'equipment', 'research', 'incubator', 'tax', 'events'] as const;
export type RelationshipKind = (typeof RELATIONSHIP_KINDS)[number];

export const INTERACTION_KINDS = ['meeting', 'call', 'visit', 'email', 'event'] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export const OPPORTUNITY_KINDS = ['research-contract', 'chair', 'equipment', 'apprenticeship-tax', 'training', 'recruitment'] as const;
export type OpportunityKind = (typeof OPPORTUNITY_KINDS)[number];

export const OPPORTUNITY_STAGES = ['identified', 'contacted', 'proposal', 'negotiation', 'won', 'lost'] as const;
export type OpportunityStage = (typeof OPPORTUNITY_STAGES)[number];
export const OPEN_OPPORTUNITY_STAGES: readonly OpportunityStage[] = ['identified', 'contacted', 'proposal', 'negotiation'];

/** Apprenticeship specialities: CMC and IR since 2008, mechatronics since 2014 (DATA.md). */
export const SPECIALITIES = ['cmc', 'informatique-reseaux', 'mecatronique'] as const;
export type Speciality = (typeof SPECIALITIES)[number];

export const CONTRACT_STATUSES = ['active', 'completed', 'broken-off'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];

export const EQUIPMENT_CATEGORIES = ['fire', 'flood', 'explosion', 'dispersion', 'simulation', 'materials', 'analysis', 'fabrication', 'motion'] as const;
export type EquipmentCategory = (typeof EQUIPMENT_CATEGORIES)[number];

export const RATE_UNITS = ['hour', 'day'] as const;
export type RateUnit = (typeof RATE_UNITS)[number];

export const BOOKING_STATUSES = ['requested', 'confirmed', 'completed', 'cancelled'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

export const STARTUP_STATUSES = ['active', 'closed', 'acquired'] as const;
export type StartupStatus = (typeof STARTUP_STATUSES)[number];

export const STARTUP_LINKS = ['incubated', 'alumni'] as const;
export type StartupLink = (typeof STARTUP_LINKS)[number];

export const EVENT_KINDS = ['forum', 'semaine-industrie', 'open-day', 'workshop'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export const TAX_STATUSES = ['approached', 'pledged', 'received'] as const;
export type TaxStatus = (typeof TAX_STATUSES)[number];

export const ROLES = ['admin', 'business-developer', 'platform-manager', 'apprenticeship-office', 'director'] as const;
export type Role = (typeof ROLES)[number];

/** The school's research units (DATA.md: 6 units, 4 named). */
export const RESEARCH_UNITS = ['PCH', 'LSR', 'EuroMov DHM', 'HSM-ERT', 'CERIS', 'LGEI'] as const;
export type ResearchUnit = (typeof RESEARCH_UNITS)[number];
