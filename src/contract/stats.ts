import * as z from 'zod/mini';
import { Count, Euros, IsoDate } from './primitives';
import { Department, SectorSchema } from './enums';
import { RELATIONSHIP_KINDS } from './reference';

/** A headline figure: its value, the same figure a year earlier, and the date it is true at. */
export const Kpi = z.object({
  value: z.number(),
  previous: z.nullable(z.number()),
  asOf: IsoDate,
});
export type Kpi = z.infer<typeof Kpi>;

export const OverviewStats = z.object({
  year: z.int(),
  asOf: IsoDate,
  activePartners: Kpi,
  companies: Kpi,
  activeApprentices: Kpi,
  students: Kpi,
  /** Apprentices / students, 0..1. */
  apprenticeShare: Kpi,
  equipmentHours12m: Kpi,
  equipmentRevenue12m: Kpi,
  startupsAlive: Kpi,
  startupsCreated: Kpi,
  /** Share of start-ups alive 5 years after creation over cohorts at least 5 years old, 0..1. */
  survival5y: Kpi,
  survivalBenchmark5y: z.number(),
  doubleDegrees: Kpi,
  opportunitiesWon: Kpi,
  taxReceived: Kpi,
});
export type OverviewStats = z.infer<typeof OverviewStats>;

export const GrowthStats = z.object({
  partnersPerYear: z.array(z.object({ year: z.int(), new: Count, active: Count })),
  studentsPerYear: z.array(z.object({ year: z.int(), students: Count, apprentices: Count, share: z.number() })),
  /** The national goal: 20–30 % more engineers than in the base year. */
  target: z.object({ baseYear: z.int(), baseStudents: Count, low: z.number(), high: z.number() }),
  equipmentPerQuarter: z.array(z.object({ quarter: z.string(), hours: z.number(), revenue: Euros })),
  startupsPerYear: z.array(z.object({ year: z.int(), created: Count, alive: Count })),
});
export type GrowthStats = z.infer<typeof GrowthStats>;

export const TerritoryStats = z.object({
  layer: z.string(),
  byDepartment: z.array(z.object({ department: Department, count: Count })),
  matrix: z.array(z.object({ sector: SectorSchema, department: Department, count: Count })),
  flows: z.array(z.object({ department: Department, sector: SectorSchema, kind: z.enum(RELATIONSHIP_KINDS), count: Count })),
});
export type TerritoryStats = z.infer<typeof TerritoryStats>;

export const SurvivalStats = z.object({
  cohorts: z.array(
    z.object({
      year: z.int(),
      size: Count,
      /** aliveAt[n-1] = share alive n years after creation (null when the cohort is too young). */
      aliveAt: z.array(z.nullable(z.number())),
    }),
  ),
  at3: z.nullable(z.number()),
  at5: z.nullable(z.number()),
  benchmark5: z.number(),
});
export type SurvivalStats = z.infer<typeof SurvivalStats>;

export const UtilisationStats = z.object({
  months: z.array(z.object({ month: z.string(), hours: z.number(), revenue: Euros })),
  bySector: z.array(z.object({ sector: SectorSchema, hours: z.number() })),
  byPartner: z.array(z.object({ partnerId: z.string(), name: z.string(), revenue: Euros, hours: z.number() })),
  /** Booked hours / available hours over the period, 0..1. */
  utilisation: z.number(),
});
export type UtilisationStats = z.infer<typeof UtilisationStats>;

export const EquipmentRow = z.object({
  utilisation12m: z.number(),
  nextFreeSlot: z.nullable(z.string()),
});

export const PartnerSummary = z.object({
  contacts: Count,
  interactions: Count,
  openTasks: Count,
  openOpportunities: Count,
  openOpportunitiesAmount: Euros,
  activeApprentices: Count,
  apprenticesTotal: Count,
  bookings: Count,
  bookingRevenue: Euros,
  startups: Count,
  eventsAttended: Count,
  taxReceivedTotal: Euros,
});
export type PartnerSummary = z.infer<typeof PartnerSummary>;
