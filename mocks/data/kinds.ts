import type { ApprenticeshipContract, Booking, Opportunity, Partner, SchoolEvent, Startup, TaxPledge } from '../../src/contract/entities';
import type { RelationshipKind } from '../../src/contract/reference';
import { RELATIONSHIP_KINDS } from '../../src/contract/reference';

export interface KindSources {
  contracts: readonly Pick<ApprenticeshipContract, 'partnerId'>[];
  bookings: readonly Pick<Booking, 'partnerId' | 'status'>[];
  opportunities: readonly Pick<Opportunity, 'partnerId' | 'kind' | 'stage'>[];
  startups: readonly Pick<Startup, 'partnerId'>[];
  taxPledges: readonly Pick<TaxPledge, 'partnerId' | 'status'>[];
  events: readonly Pick<SchoolEvent, 'partnerIds'>[];
}

/**
 * What the school does with each company, derived from the data (one pass over each list, so the
 * store can call it after writes at scale 100 too). Something has to have happened: a contract
 * (any status), a booking not cancelled, a research contract or chair won, a linked start-up, a
 * pledge made or paid (being approached is not enough), an event attended.
 */
export function partnerKinds(sources: KindSources): Map<string, RelationshipKind[]> {
  const sets = new Map<string, Set<RelationshipKind>>();
  const mark = (partnerId: string | null, kind: RelationshipKind) => {
    if (partnerId === null) return;
    let set = sets.get(partnerId);
    if (!set) sets.set(partnerId, (set = new Set()));
    set.add(kind);
  };
  for (const c of sources.contracts) mark(c.partnerId, 'apprentices');
  for (const b of sources.bookings) if (b.status !== 'cancelled') mark(b.partnerId, 'equipment');
  for (const o of sources.opportunities) if ((o.kind === 'research-contract' || o.kind === 'chair') && o.stage === 'won') mark(o.partnerId, 'research');
  for (const s of sources.startups) mark(s.partnerId, 'incubator');
  for (const t of sources.taxPledges) if (t.status !== 'approached') mark(t.partnerId, 'tax');
  for (const e of sources.events) for (const id of e.partnerIds) mark(id, 'events');
  const out = new Map<string, RelationshipKind[]>();
  // In the reference order, so that badges always line up the same way.
  for (const [id, set] of sets) out.set(id, RELATIONSHIP_KINDS.filter((k) => set.has(k)));
  return out;
}

export function applyKinds(partners: Partner[], sources: KindSources): void {
  const kinds = partnerKinds(sources);
  for (const p of partners) p.kinds = kinds.get(p.id) ?? [];
}
