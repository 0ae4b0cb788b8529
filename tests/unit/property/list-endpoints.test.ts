import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod/mini';
import {
  AcademicPage, BookingPage, ContactPage, ContractPage, EquipmentPage, EventPage, InteractionPage, OpportunityPage, PartnerPage, StartupPage,
  TaskPage, TaxPledgePage,
} from '@/contract/api';
import { API_BASE, paths } from '@/contract/endpoints';
import { Problem } from '@/contract/problem';
import { parseQuery } from '@/contract/queries';
import { GrowthStats, OverviewStats, SurvivalStats, TerritoryStats, UtilisationStats } from '@/contract/stats';
import { getStore } from '../../../mocks/store/store';
import { hostileEntries, hostileQueryString, paramsOf, QUERY_CASES } from './query-domains';

/**
 * Every list and statistics endpoint of the in-browser API, asked with hostile query strings: the
 * answer is always a 200 whose body matches the contract (docs/api.md: "query parameters never
 * cause a 400"), and a page is the one the query asked for. The one documented exception:
 * `/stats/utilisation` answers 404 for an `equipmentId` that does not exist.
 */

const url = (path: string, query: string) => `http://localhost:3000${API_BASE}${path}?${query}`;

interface Endpoint {
  path: string;
  query: string;
  body: z.ZodMiniType;
  paginated: boolean;
}
const ENDPOINTS: readonly Endpoint[] = [
  { path: paths.partners, query: 'PartnerListQuery', body: PartnerPage, paginated: true },
  { path: paths.contacts, query: 'ContactListQuery', body: ContactPage, paginated: true },
  { path: paths.interactions, query: 'InteractionListQuery', body: InteractionPage, paginated: true },
  { path: paths.tasks, query: 'TaskListQuery', body: TaskPage, paginated: true },
  { path: paths.opportunities, query: 'OpportunityListQuery', body: OpportunityPage, paginated: true },
  { path: paths.contracts, query: 'ContractListQuery', body: ContractPage, paginated: true },
  { path: paths.equipment, query: 'EquipmentListQuery', body: EquipmentPage, paginated: false },
  { path: paths.bookings, query: 'BookingListQuery', body: BookingPage, paginated: true },
  { path: paths.startups, query: 'StartupListQuery', body: StartupPage, paginated: true },
  { path: paths.academic, query: 'AcademicListQuery', body: AcademicPage, paginated: false },
  { path: paths.events, query: 'EventListQuery', body: EventPage, paginated: false },
  { path: paths.taxPledges, query: 'TaxListQuery', body: TaxPledgePage, paginated: true },
  { path: paths.statsOverview, query: 'StatsQuery', body: OverviewStats, paginated: false },
  { path: paths.statsGrowth, query: 'StatsQuery', body: GrowthStats, paginated: false },
  { path: paths.statsSurvival, query: 'StatsQuery', body: SurvivalStats, paginated: false },
  { path: paths.statsTerritory, query: 'TerritoryQuery', body: TerritoryStats, paginated: false },
  { path: paths.statsUtilisation, query: 'UtilisationQuery', body: UtilisationStats, paginated: false },
];

const caseOf = (name: string) => QUERY_CASES.find((c) => c.name === name)!;

/** The query string as sent: any raw text, or hostile pairs aimed at the endpoint's own keys. */
const queryFor = (name: string) => {
  const { domain } = caseOf(name);
  return fc.oneof(hostileQueryString(domain), hostileEntries(domain).map((e) => paramsOf(e).toString()));
};

async function expectValidAnswer(endpoint: Endpoint, query: string) {
  const res = await fetch(url(endpoint.path, query));
  const body: unknown = await res.json();
  // What the API read from the same query (the URL parser of fetch may re-encode it, as a server's would).
  const q = parseQuery(caseOf(endpoint.query).schema, new URL(res.url || url(endpoint.path, query)).searchParams) as Record<string, unknown>;
  if (endpoint.path === paths.statsUtilisation && typeof q.equipmentId === 'string' && q.equipmentId && !getStore().equipment.get(q.equipmentId)) {
    expect(res.status, JSON.stringify(body)).toBe(404);
    expect(Problem.safeParse(body).success).toBe(true);
    return;
  }
  expect(res.status, JSON.stringify(body).slice(0, 300)).toBe(200);
  const parsed = endpoint.body.safeParse(body);
  expect(parsed.success, parsed.success ? '' : JSON.stringify(parsed.error.issues.slice(0, 3))).toBe(true);
  if (!('items' in (body as object))) return;
  const page = body as { items: unknown[]; total: number; page: number; pageSize: number };
  expect(page.items.length).toBeLessThanOrEqual(page.pageSize);
  expect(page.total).toBeGreaterThanOrEqual(page.items.length);
  if (endpoint.paginated) {
    expect(page.page).toBe(q.page);
    expect(page.pageSize).toBe(q.pageSize);
  } else {
    expect(page.page).toBe(1);
    expect(page.items.length).toBe(page.total);
  }
}

describe('list and statistics endpoints with hostile query strings (property)', () => {
  it.each(ENDPOINTS)('GET $path answers 200 with a body of the contract', async (endpoint) => {
    await fc.assert(
      fc.asyncProperty(queryFor(endpoint.query), (query) => expectValidAnswer(endpoint, query)),
      { numRuns: 40 },
    );
  });
});
