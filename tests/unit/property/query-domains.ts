import fc from 'fast-check';
import type * as z from 'zod/mini';
import {
  AcademicListQuery, BookingListQuery, ContactListQuery, ContractListQuery, EquipmentListQuery, EventListQuery, InteractionListQuery,
  OPPORTUNITY_SORT_KEYS, OpportunityListQuery, PARTNER_SORT_KEYS, PartnerListQuery, STARTUP_SORT_KEYS, StartupListQuery, StatsQuery,
  TaskListQuery, TaxListQuery, TERRITORY_LAYERS, TerritoryQuery, UtilisationQuery, CONTRACT_SORT_KEYS,
} from '@/contract/queries';
import {
  BOOKING_STATUSES, CONTRACT_STATUSES, DEPARTMENT_CODES, EVENT_KINDS, OPPORTUNITY_KINDS, OPPORTUNITY_STAGES, PARTNER_STAGES,
  RELATIONSHIP_KINDS, SECTORS, SPECIALITIES, STARTUP_LINKS, STARTUP_STATUSES, TAX_STATUSES,
} from '@/contract/reference';

/**
 * The domain of every list's search parameters, written out independently of the zod schemas: for
 * each field, what a parsed value may be (`check`) and how to draw a value a person can reach from
 * the UI (`valid`, for round trips through the URL).
 */
export interface FieldDomain {
  check: (value: unknown) => boolean;
  valid: fc.Arbitrary<unknown>;
  /** Values worth trying for this key: its own vocabulary, the edges of its range. */
  seeds: readonly string[];
  /** A repeatable filter: "k=a,b", "k=a&k=b" and mixes of both say the same. */
  list?: true;
}

const isInt = (v: unknown, min: number, max: number) => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;
const isRealDay = (v: unknown) => {
  if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
};
const NUMBERISH = ['', ' ', '0', '-1', '1', '2', '1.5', '1e3', '0x10', 'NaN', 'Infinity', '-Infinity', '9'.repeat(20), '٣', '１', ' 7 ', '+3', '2022'];

/** A list item as the UI writes it: no comma (filters split "a,b" into two), no outer spaces. */
const listItem = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).map((s) => s.replaceAll(',', '').trim()).filter(Boolean);
const someText = fc.string({ unit: 'grapheme', maxLength: 60 }).map((s) => s.trim());

const text: FieldDomain = {
  check: (v) => typeof v === 'string' && v.length <= 200,
  valid: someText,
  seeds: ['', '  a  ', 'é', '<script>', 'x'.repeat(250)],
};
const enumList = (values: readonly string[]): FieldDomain => ({
  list: true,
  check: (v) => Array.isArray(v) && v.every((x) => values.includes(x as string)),
  valid: fc.array(fc.constantFrom(...values), { maxLength: 4 }),
  seeds: [...values, values.slice(0, 2).join(','), `${values[0]},nope`, 'nope', ''],
});
const stringList: FieldDomain = {
  list: true,
  check: (v) => Array.isArray(v) && v.length <= 50 && v.every((x) => typeof x === 'string' && x !== '' && x === x.trim()),
  valid: fc.array(listItem, { maxLength: 5 }),
  seeds: ['u-1', 'u-1,u-2', ' , ,', ',', Array.from({ length: 60 }, (_, i) => `t${i}`).join(',')],
};
const flag: FieldDomain = { check: (v) => typeof v === 'boolean', valid: fc.boolean(), seeds: ['true', '1', 'false', '0', 'TRUE', 'yes', ''] };
const optionalInt = (min: number, max: number): FieldDomain => ({
  check: (v) => v === undefined || isInt(v, min, max),
  valid: fc.option(fc.integer({ min, max }), { nil: undefined }),
  seeds: [...NUMBERISH, String(min), String(max), String(min - 1), String(max + 1)],
});
const optionalString: FieldDomain = {
  check: (v) => v === undefined || typeof v === 'string',
  valid: fc.option(listItem, { nil: undefined }),
  seeds: ['p-000001', '', 'nope', '../../etc/passwd'],
};
const oneOf = (values: readonly string[]): FieldDomain => ({
  check: (v) => values.includes(v as string),
  valid: fc.constantFrom(...values),
  seeds: [...values, values.join(','), 'nope', ''],
});
const optionalOneOf = (values: readonly string[]): FieldDomain => ({ ...oneOf(values), check: (v) => v === undefined || values.includes(v as string), valid: fc.option(fc.constantFrom(...values), { nil: undefined }) });
const pageNumber: FieldDomain = { check: (v) => isInt(v, 1, 100_000), valid: fc.integer({ min: 1, max: 100_000 }), seeds: [...NUMBERISH, '100000', '100001'] };
const pageSize = (max: number): FieldDomain => ({ check: (v) => isInt(v, 1, max), valid: fc.integer({ min: 1, max }), seeds: [...NUMBERISH, String(max), String(max + 1)] });
const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const optionalDate: FieldDomain = {
  check: (v) => v === undefined || isRealDay(v),
  valid: fc.option(day, { nil: undefined }),
  seeds: ['2026-11-26', '2026-02-30', '2026-13-01', '26/11/2026', '2026-11-26T10:00:00Z', '', '0000-00-00'],
};
/** Cohorts are academic years (their first year), as `activeInYear` and `year` bound them. */
const cohortList: FieldDomain = {
  list: true,
  check: (v) => Array.isArray(v) && v.every((x) => isInt(x, 2000, 2100)),
  valid: fc.array(fc.integer({ min: 2000, max: 2100 }), { maxLength: 4 }),
  seeds: ['2022', '2020,2022', '2020,', ',', '', 'abc', '2022.5', '1e3', '-1'],
};
const months: FieldDomain = {
  check: (v) => typeof v === 'number' && Number.isFinite(v) && v >= 1 && v <= 60,
  valid: fc.integer({ min: 1, max: 60 }),
  seeds: [...NUMBERISH, '60', '61', '0.5'],
};

export type Domain = Record<string, FieldDomain>;
export interface QueryCase {
  name: string;
  schema: z.ZodMiniObject;
  domain: Domain;
}

const stats: Domain = { year: optionalInt(2000, 2100), sector: enumList(SECTORS), department: enumList(DEPARTMENT_CODES) };

export const QUERY_CASES: readonly QueryCase[] = [
  {
    name: 'PartnerListQuery',
    schema: PartnerListQuery,
    domain: {
      q: text, sector: enumList(SECTORS), department: enumList(DEPARTMENT_CODES), stage: enumList(PARTNER_STAGES), kind: enumList(RELATIONSHIP_KINDS),
      owner: stringList, tag: stringList, hostsApprentices: flag, inactiveMonths: optionalInt(1, 120), archived: oneOf(['exclude', 'include', 'only']),
      sort: oneOf(PARTNER_SORT_KEYS), order: oneOf(['asc', 'desc']), page: pageNumber, pageSize: pageSize(100_000),
    },
  },
  { name: 'ContactListQuery', schema: ContactListQuery, domain: { partnerId: optionalString, q: text, tutorsOnly: flag, page: pageNumber, pageSize: pageSize(1000) } },
  { name: 'InteractionListQuery', schema: InteractionListQuery, domain: { partnerId: optionalString, page: pageNumber, pageSize: pageSize(1000) } },
  {
    name: 'TaskListQuery',
    schema: TaskListQuery,
    domain: { owner: optionalString, partnerId: optionalString, status: oneOf(['open', 'done', 'all']), page: pageNumber, pageSize: pageSize(1000) },
  },
  {
    name: 'OpportunityListQuery',
    schema: OpportunityListQuery,
    domain: {
      q: text, kind: enumList(OPPORTUNITY_KINDS), stage: enumList(OPPORTUNITY_STAGES), owner: stringList, partnerId: optionalString,
      sort: oneOf(OPPORTUNITY_SORT_KEYS), order: oneOf(['asc', 'desc']), page: pageNumber, pageSize: pageSize(5000),
    },
  },
  {
    name: 'ContractListQuery',
    schema: ContractListQuery,
    domain: {
      q: text, cohort: cohortList, speciality: enumList(SPECIALITIES), status: enumList(CONTRACT_STATUSES), sector: enumList(SECTORS),
      department: enumList(DEPARTMENT_CODES), partnerId: optionalString, tutorContactId: optionalString, endingWithinDays: optionalInt(1, 3650),
      activeInYear: optionalInt(2000, 2100), sort: oneOf(CONTRACT_SORT_KEYS), order: oneOf(['asc', 'desc']), page: pageNumber, pageSize: pageSize(10_000),
    },
  },
  { name: 'EquipmentListQuery', schema: EquipmentListQuery, domain: { q: text, openOnly: flag } },
  {
    name: 'BookingListQuery',
    schema: BookingListQuery,
    domain: {
      equipmentId: optionalString, partnerId: optionalString, from: optionalDate, to: optionalDate, status: enumList(BOOKING_STATUSES),
      page: pageNumber, pageSize: pageSize(10_000),
    },
  },
  {
    name: 'StartupListQuery',
    schema: StartupListQuery,
    domain: {
      q: text, sector: enumList(SECTORS), department: enumList(DEPARTMENT_CODES), status: enumList(STARTUP_STATUSES), link: enumList(STARTUP_LINKS),
      partnerId: optionalString, incubatingNow: flag, sort: oneOf(STARTUP_SORT_KEYS), order: oneOf(['asc', 'desc']), page: pageNumber, pageSize: pageSize(10_000),
    },
  },
  {
    name: 'AcademicListQuery',
    schema: AcademicListQuery,
    domain: {
      q: text, scope: optionalOneOf(['national', 'international']), doubleDegree: flag, renewalWithinMonths: optionalInt(1, 120),
      sort: oneOf(['school', 'country', 'since', 'renewalDate']), order: oneOf(['asc', 'desc']),
    },
  },
  { name: 'EventListQuery', schema: EventListQuery, domain: { q: text, kind: enumList(EVENT_KINDS), year: optionalInt(2000, 2100), partnerId: optionalString } },
  {
    name: 'TaxListQuery',
    schema: TaxListQuery,
    domain: { year: optionalInt(2000, 2100), partnerId: optionalString, status: enumList(TAX_STATUSES), q: text, page: pageNumber, pageSize: pageSize(10_000) },
  },
  { name: 'StatsQuery', schema: StatsQuery, domain: stats },
  { name: 'TerritoryQuery', schema: TerritoryQuery, domain: { ...stats, layer: oneOf(TERRITORY_LAYERS) } },
  { name: 'UtilisationQuery', schema: UtilisationQuery, domain: { equipmentId: optionalString, months } },
];

/* ------------------------------------- hostile query strings ------------------------------------- */

/** Keys that are not the schema's own, among them the ones that trip up plain objects. */
const JUNK_KEYS = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'length', 'sort[]', 'q ', 'Q', 'page.size', ''];
const JUNK_VALUES = ['', ' ', '%', '%zz', '%00', '\u0000', '\ufeff', '"', "'", '<img src=x onerror=alert(1)>', '=1+1', '[]', '{}', 'null', 'undefined', 'true', '-0', '1,2,,3', '\u202e', '😀', 'a'.repeat(300)];

const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.constantFrom(...JUNK_VALUES),
);

/** [key, value] pairs aimed at one schema: its keys (repeated too) with its own and foreign values. */
export function hostileEntries(domain: Domain): fc.Arbitrary<[string, string][]> {
  const keys = Object.keys(domain);
  const ownSeeds = keys.flatMap((k) => domain[k]!.seeds);
  const key = fc.oneof({ weight: 6, arbitrary: fc.constantFrom(...keys) }, { weight: 1, arbitrary: fc.constantFrom(...JUNK_KEYS) }, { weight: 1, arbitrary: anyText });
  const value = fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...ownSeeds) }, { weight: 3, arbitrary: anyText });
  return fc.array(fc.tuple(key, value), { maxLength: 12 });
}

/** A raw query string: anything, or pieces of query syntax glued together. */
export function hostileQueryString(domain: Domain): fc.Arbitrary<string> {
  const piece = fc.oneof(
    fc.constantFrom(...Object.keys(domain), '&', '=', '&&', '==', '?', '#', '+', '%2C', '%26', '%3D', ';', ','),
    fc.constantFrom(...Object.values(domain).flatMap((d) => d.seeds)),
    anyText,
  );
  return fc.oneof(fc.string({ unit: 'binary', maxLength: 80 }), fc.array(piece, { maxLength: 16 }).map((p) => p.join('')));
}

export const paramsOf = (entries: readonly [string, string][]) => {
  const params = new URLSearchParams();
  for (const [k, v] of entries) params.append(k, v);
  return params;
};
