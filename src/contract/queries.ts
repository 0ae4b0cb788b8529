import * as z from 'zod/mini';
import {
  BOOKING_STATUSES, CONTRACT_STATUSES, DEPARTMENT_CODES, EVENT_KINDS, OPPORTUNITY_KINDS, OPPORTUNITY_STAGES,
  PARTNER_STAGES, RELATIONSHIP_KINDS, SECTORS, SPECIALITIES, STARTUP_LINKS, STARTUP_STATUSES, TAX_STATUSES,
} from './reference';
import { enumList, flag, optionalDate, optionalEnum, optionalInt, pageNumber, pageSizeNumber, searchText, sortOrder, stringList } from './primitives';

/**
 * The search parameters of every list endpoint. The same schemas parse the app's URL, so a link
 * reproduces a view; anything malformed falls back to its default instead of failing.
 */

const sortBy = <const T extends readonly [string, ...string[]]>(keys: T, def: T[number]) =>
  z.catch(z._default(z.enum(keys), def), def);

export const PARTNER_SORT_KEYS = ['name', 'sector', 'department', 'city', 'stage', 'owner', 'lastInteraction', 'openOpportunitiesAmount', 'partnerSince'] as const;
export const PartnerListQuery = z.object({
  q: searchText,
  sector: enumList(SECTORS),
  department: enumList(DEPARTMENT_CODES),
  stage: enumList(PARTNER_STAGES),
  kind: enumList(RELATIONSHIP_KINDS),
  owner: stringList,
  tag: stringList,
  hostsApprentices: flag,
  /** Only companies with no interaction for more than N months. */
  inactiveMonths: optionalInt(1, 120),
  archived: z.catch(z._default(z.enum(['exclude', 'include', 'only']), 'exclude'), 'exclude'),
  sort: sortBy(PARTNER_SORT_KEYS, 'name'),
  order: sortOrder,
  page: pageNumber,
  pageSize: pageSizeNumber(50, 100_000),
});
export type PartnerListQuery = z.infer<typeof PartnerListQuery>;

export const PartnerDuplicatesQuery = z.object({
  siren: z.catch(z.optional(z.string()), undefined),
  name: z.catch(z.optional(z.string()), undefined),
  department: optionalEnum(DEPARTMENT_CODES),
  excludeId: z.catch(z.optional(z.string()), undefined),
});

export const ContactListQuery = z.object({ partnerId: z.catch(z.optional(z.string()), undefined), q: searchText, tutorsOnly: flag, page: pageNumber, pageSize: pageSizeNumber(100, 1000) });
export const InteractionListQuery = z.object({ partnerId: z.catch(z.optional(z.string()), undefined), page: pageNumber, pageSize: pageSizeNumber(50, 1000) });

export const TaskListQuery = z.object({
  owner: z.catch(z.optional(z.string()), undefined),
  partnerId: z.catch(z.optional(z.string()), undefined),
  status: z.catch(z._default(z.enum(['open', 'done', 'all']), 'open'), 'open'),
  page: pageNumber,
  pageSize: pageSizeNumber(200, 1000),
});

export const OPPORTUNITY_SORT_KEYS = ['title', 'partner', 'kind', 'amount', 'stage', 'owner', 'expectedClose'] as const;
export const OpportunityListQuery = z.object({
  q: searchText,
  kind: enumList(OPPORTUNITY_KINDS),
  stage: enumList(OPPORTUNITY_STAGES),
  owner: stringList,
  partnerId: z.catch(z.optional(z.string()), undefined),
  sort: sortBy(OPPORTUNITY_SORT_KEYS, 'expectedClose'),
  order: sortOrder,
  page: pageNumber,
  pageSize: pageSizeNumber(500, 5000),
});

export const CONTRACT_SORT_KEYS = ['apprentice', 'speciality', 'cohortYear', 'partner', 'start', 'end', 'status'] as const;
export const ContractListQuery = z.object({
  q: searchText,
  // "?cohort=2022" arrives as one string, "?cohort=2020&cohort=2022" (or "2020,2022") as several.
  cohort: z.catch(
    z.pipe(
      z.optional(z.union([z.string(), z.array(z.string())])),
      // An empty item ("cohort=", "2020,") is no cohort, not year 0; years outside 2000–2100 are junk.
      z.transform((v) =>
        (v === undefined ? [] : Array.isArray(v) ? v : [v])
          .flatMap((s) => s.split(','))
          .filter((s) => s.trim() !== '')
          .map(Number)
          .filter((n) => Number.isInteger(n) && n >= 2000 && n <= 2100),
      ),
    ),
    [],
  ),
  speciality: enumList(SPECIALITIES),
  status: enumList(CONTRACT_STATUSES),
  sector: enumList(SECTORS),
  department: enumList(DEPARTMENT_CODES),
  partnerId: z.catch(z.optional(z.string()), undefined),
  tutorContactId: z.catch(z.optional(z.string()), undefined),
  /** Contracts ending within N days of today. */
  endingWithinDays: optionalInt(1, 3650),
  /** Contracts active in this academic year (its first year). */
  activeInYear: optionalInt(2000, 2100),
  sort: sortBy(CONTRACT_SORT_KEYS, 'end'),
  order: sortOrder,
  page: pageNumber,
  pageSize: pageSizeNumber(50, 10_000),
});

export const EquipmentListQuery = z.object({ q: searchText, openOnly: flag });
export const BookingListQuery = z.object({
  equipmentId: z.catch(z.optional(z.string()), undefined),
  partnerId: z.catch(z.optional(z.string()), undefined),
  from: optionalDate,
  to: optionalDate,
  status: enumList(BOOKING_STATUSES),
  page: pageNumber,
  pageSize: pageSizeNumber(500, 10_000),
});

export const STARTUP_SORT_KEYS = ['name', 'foundedYear', 'sector', 'department', 'status', 'jobs', 'fundsRaised'] as const;
export const StartupListQuery = z.object({
  q: searchText,
  sector: enumList(SECTORS),
  department: enumList(DEPARTMENT_CODES),
  status: enumList(STARTUP_STATUSES),
  link: enumList(STARTUP_LINKS),
  partnerId: z.catch(z.optional(z.string()), undefined),
  incubatingNow: flag,
  sort: sortBy(STARTUP_SORT_KEYS, 'name'),
  order: sortOrder,
  page: pageNumber,
  pageSize: pageSizeNumber(50, 10_000),
});

export const AcademicListQuery = z.object({
  q: searchText,
  scope: z.catch(z.optional(z.enum(['national', 'international'])), undefined),
  doubleDegree: flag,
  renewalWithinMonths: optionalInt(1, 120),
  sort: sortBy(['school', 'country', 'since', 'renewalDate'] as const, 'school'),
  order: sortOrder,
});

export const EventListQuery = z.object({
  q: searchText,
  kind: enumList(EVENT_KINDS),
  year: optionalInt(2000, 2100),
  partnerId: z.catch(z.optional(z.string()), undefined),
});

export const TaxListQuery = z.object({
  year: optionalInt(2000, 2100),
  partnerId: z.catch(z.optional(z.string()), undefined),
  status: enumList(TAX_STATUSES),
  q: searchText,
  page: pageNumber,
  pageSize: pageSizeNumber(100, 10_000),
});

/** Filters shared by every statistics endpoint (the overview's period, sector and territory). */
export const StatsQuery = z.object({
  /** Academic year (first year): 2022 = 2022–23. Defaults to the current academic year. */
  year: optionalInt(2000, 2100),
  sector: enumList(SECTORS),
  department: enumList(DEPARTMENT_CODES),
});
export type StatsQuery = z.infer<typeof StatsQuery>;

export const TERRITORY_LAYERS = ['partners', 'apprentices', 'startups', 'bookings'] as const;
export const TerritoryQuery = z.extend(StatsQuery, {
  layer: z.catch(z._default(z.enum(TERRITORY_LAYERS), 'partners'), 'partners'),
});

export const UtilisationQuery = z.object({
  equipmentId: z.catch(z.optional(z.string()), undefined),
  months: z.catch(z._default(z.coerce.number().check(z.minimum(1), z.maximum(60)), 12), 12),
});

/**
 * Turns URL search parameters into the plain object the schemas read: a key that appears once
 * gives a string, a repeated key gives an array.
 */
export function searchParamsToObject(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length > 1 ? all : (all[0] ?? '');
  }
  return out;
}

export function parseQuery<S extends z.ZodMiniType>(schema: S, params: URLSearchParams): z.infer<S> {
  return schema.parse(searchParamsToObject(params));
}

/** Writes a query object back as search parameters, leaving out defaults and empty values. */
export function queryToSearchParams(query: Record<string, unknown>, defaults: Record<string, unknown> = {}): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '' || value === false) continue;
    if (Array.isArray(value)) {
      for (const v of value) params.append(key, String(v));
      continue;
    }
    if (defaults[key] === value) continue;
    params.set(key, `${value as string | number | boolean}`);
  }
  return params;
}
