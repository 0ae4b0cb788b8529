import type { PartnerDuplicate } from '../../src/contract/api';
import type { Partner, PartnerRow } from '../../src/contract/entities';
import type { Page } from '../../src/contract/primitives';
import type { PartnerListQuery } from '../../src/contract/queries';
import { OPEN_OPPORTUNITY_STAGES, PARTNER_STAGES } from '../../src/contract/reference';
import type { PartnerSummary } from '../../src/contract/stats';
import { isContractActiveOn } from '../../src/domain/apprenticeship';
import { addMonths } from '../../src/domain/dates';
import { normaliseDigits } from '../../src/domain/identifiers';
import type { Store } from './database';
import { sortRows } from '../../src/domain/sort';
import type { SortKey } from '../../src/domain/sort';
import { companyKey, matchesAll, searchTokens, similarCompanyKeys } from '../../src/domain/text';

/**
 * Every company's search text, in name order, for the store as it is after its latest write. The
 * search box scans this plain array instead of looking each of 10,000–100,000 companies up in the
 * figures map on every keystroke; a write (which touches a few companies) rebuilds it from the
 * figures, most of which are still cached.
 */
const searchTexts = new WeakMap<Store, { writes: number; sorted: readonly Partner[]; haystacks: string[] }>();

function haystacksInNameOrder(store: Store, sorted: readonly Partner[]): string[] {
  const cached = searchTexts.get(store);
  if (cached && cached.writes === store.writes && cached.sorted === sorted) return cached.haystacks;
  const haystacks = sorted.map((p) => store.figuresOf(p.id).haystack);
  searchTexts.set(store, { writes: store.writes, sorted, haystacks });
  return haystacks;
}

/**
 * The companies list: one pass over the companies in name order to filter, one sort (none for the
 * default order), then the page. Every sort breaks ties by name, so filtering in name order gives
 * the same answer whatever order the pass goes in.
 */
export function listPartners(store: Store, q: PartnerListQuery): Page<PartnerRow> {
  const tokens = searchTokens(q.q);
  const sectors = new Set<string>(q.sector);
  const departments = new Set<string>(q.department);
  const stages = new Set<string>(q.stage);
  const owners = new Set(q.owner);
  const tags = new Set(q.tag.map((t) => t.toLowerCase()));
  const inactiveBefore = q.inactiveMonths === undefined ? null : addMonths(store.today, -q.inactiveMonths);
  // Derived figures only when a filter needs them: the first unfiltered page must not compute 100,000.
  const needsFigures = q.hostsApprentices || inactiveBefore !== null;

  const { ranks, sorted: byName } = store.byName();
  const haystacks = tokens.length ? haystacksInNameOrder(store, byName) : null;
  const descending = q.sort === 'name' && q.order === 'desc';
  const matches: Partner[] = [];
  for (let n = 0; n < byName.length; n++) {
    const i = descending ? byName.length - 1 - n : n;
    const p = byName[i]!;
    if (q.archived === 'exclude' ? p.archived : q.archived === 'only' ? !p.archived : false) continue;
    if (sectors.size && !sectors.has(p.sector)) continue;
    if (departments.size && !departments.has(p.department)) continue;
    if (stages.size && !stages.has(p.stage)) continue;
    if (owners.size && (p.ownerId === null || !owners.has(p.ownerId))) continue;
    if (q.kind.length && !q.kind.some((k) => p.kinds.includes(k))) continue;
    if (tags.size && !p.tags.some((t) => tags.has(t.toLowerCase()))) continue;
    if (haystacks && !matchesAll(haystacks[i]!, tokens)) continue;
    if (needsFigures) {
      const f = store.figuresOf(p.id);
      if (q.hostsApprentices && f.activeApprentices === 0) continue;
      if (inactiveBefore !== null && f.lastInteraction !== null && f.lastInteraction >= inactiveBefore) continue;
    }
    matches.push(p);
  }

  const nameRank = (p: Partner) => ranks.get(p.id) ?? Number.MAX_SAFE_INTEGER;
  const sorted =
    q.sort === 'name'
      ? matches
      : sortRows(matches, sortKey(store, q.sort), q.order, {
          collate: q.sort === 'sector' || q.sort === 'city' || q.sort === 'owner',
          tieBreak: nameRank,
        });
  const from = (q.page - 1) * q.pageSize;
  return {
    items: sorted.slice(from, from + q.pageSize).map((p) => store.row(p)),
    total: sorted.length,
    page: q.page,
    pageSize: q.pageSize,
  };
}

function sortKey(store: Store, sort: Exclude<PartnerListQuery['sort'], 'name'>): (p: Partner) => SortKey {
  switch (sort) {
    case 'sector':
      return (p) => p.sector;
    case 'department':
      return (p) => p.department;
    case 'city':
      return (p) => p.city;
    case 'stage':
      return (p) => PARTNER_STAGES.indexOf(p.stage);
    case 'owner':
      return (p) => store.userName(p.ownerId);
    case 'lastInteraction':
      return (p) => store.figuresOf(p.id).lastInteraction;
    case 'openOpportunitiesAmount':
      return (p) => store.figuresOf(p.id).openOpportunitiesAmount;
    case 'partnerSince':
      return (p) => p.partnerSince;
  }
}

/**
 * Companies that may be the one being typed: the same SIREN anywhere, or a name that differs only
 * by accents, legal form, word order or two typos, in the same department when one is given.
 */
export function findDuplicates(
  store: Store,
  q: { siren?: string | undefined; name?: string | undefined; department?: string | undefined; excludeId?: string | undefined },
): PartnerDuplicate[] {
  const siren = q.siren ? normaliseDigits(q.siren) : '';
  const key = q.name ? companyKey(q.name) : '';
  const out: PartnerDuplicate[] = [];
  if (!siren && !key) return out;
  for (const p of store.partners.rows) {
    if (p.id === q.excludeId) continue;
    if (siren && p.siren === siren) {
      out.push({ ...p, matchReason: 'siren' });
      continue;
    }
    if (!key || (q.department && p.department !== q.department)) continue;
    if (similarCompanyKeys(key, store.figuresOf(p.id).nameKey)) out.push({ ...p, matchReason: 'name' });
  }
  return out.slice(0, 20);
}

const OPEN = new Set<string>(OPEN_OPPORTUNITY_STAGES);

export function partnerSummary(store: Store, partnerId: string): PartnerSummary {
  const opportunities = store.opportunities.by('partner', partnerId).filter((o) => OPEN.has(o.stage));
  const contracts = store.contracts.by('partner', partnerId);
  const bookings = store.bookings.by('partner', partnerId).filter((b) => b.status !== 'cancelled');
  return {
    contacts: store.contacts.by('partner', partnerId).length,
    interactions: store.interactions.by('partner', partnerId).length,
    openTasks: store.tasks.by('partner', partnerId).filter((t) => !t.done).length,
    openOpportunities: opportunities.length,
    openOpportunitiesAmount: opportunities.reduce((s, o) => s + o.amount, 0),
    activeApprentices: contracts.filter((c) => isContractActiveOn(c, store.today)).length,
    apprenticesTotal: contracts.length,
    bookings: bookings.length,
    bookingRevenue: bookings.reduce((s, b) => s + b.invoiced, 0),
    startups: store.startups.by('partner', partnerId).length,
    eventsAttended: store.events.by('partner', partnerId).length,
    taxReceivedTotal: store.pledges
      .by('partner', partnerId)
      .filter((t) => t.status === 'received')
      .reduce((s, t) => s + t.amount, 0),
  };
}
