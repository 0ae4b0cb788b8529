import type { TerritoryStats } from '../../src/contract/stats';
import type { StatsQuery } from '../../src/contract/queries';
import { DEPARTMENT_CODES, SECTORS } from '../../src/contract/reference';
import type { DepartmentCode, RelationshipKind, Sector } from '../../src/contract/reference';
import { apprenticeCensusDate, isContractActiveOn } from '../../src/domain/apprenticeship';
import type { Store } from './database';
import { asOfYear, bookingsIn, scope, startupAliveIn, statsYear, twelveMonthsBefore, yearOf } from './stats-common';

export type TerritoryLayer = 'partners' | 'apprentices' | 'startups' | 'bookings';

/** What one relationship the layers other than the partners' one stand for. */
export const LAYER_KIND: Record<Exclude<TerritoryLayer, 'partners'>, RelationshipKind> = {
  apprentices: 'apprentices',
  startups: 'incubator',
  bookings: 'equipment',
};

/** `count` things of one layer placed at (department, sector), each flowing into every one of `kinds`. */
export type TerritoryGroup = { department: string; sector: string; kinds: readonly string[]; count: number };

/** What each map layer counts, each thing placed where its company (or the start-up) is, in scope. */
function layerGroups(store: Store, q: StatsQuery & { layer: TerritoryLayer }): TerritoryGroup[] {
  const inScope = scope(q);
  const year = statsYear(store, q.year);
  const asOf = asOfYear(store, year);
  const groups: TerritoryGroup[] = [];
  const push = (place: { sector: string; department: string } | undefined, kinds: readonly string[]) => {
    if (place && inScope(place)) groups.push({ department: place.department, sector: place.sector, kinds, count: 1 });
  };
  const atPartner = (partnerId: string, kind: RelationshipKind) => push(store.partners.get(partnerId), [kind]);
  switch (q.layer) {
    case 'partners':
      for (const p of store.partners.rows) if (!p.archived) push(p, p.kinds);
      break;
    case 'apprentices': {
      const census = apprenticeCensusDate(year);
      for (const c of store.contracts.rows) if (isContractActiveOn(c, census)) atPartner(c.partnerId, LAYER_KIND.apprentices);
      break;
    }
    case 'startups':
      for (const s of store.startups.rows) if (startupAliveIn(s, yearOf(asOf))) push(s, [LAYER_KIND.startups]);
      break;
    case 'bookings':
      for (const b of bookingsIn(store, twelveMonthsBefore(asOf), asOf)) atPartner(b.partnerId, LAYER_KIND.bookings);
      break;
  }
  return groups;
}

/** One layer of the Occitanie map: counts by department (all 14, zeros included), sector × department, and flows. */
export function territoryStats(store: Store, q: StatsQuery & { layer: TerritoryLayer }): TerritoryStats {
  return territoryAnswer(q.layer, layerGroups(store, q));
}

/** The layer's answer from its things counted by place and relationships. */
export function territoryAnswer(layer: TerritoryLayer, groups: readonly TerritoryGroup[]): TerritoryStats {
  const byDepartment = new Map<string, number>();
  const matrix = new Map<string, number>();
  const flows = new Map<string, number>();
  for (const { department, sector, kinds, count } of groups) {
    byDepartment.set(department, (byDepartment.get(department) ?? 0) + count);
    const cell = `${sector}|${department}`;
    matrix.set(cell, (matrix.get(cell) ?? 0) + count);
    // A company with several relationships flows once into each of them.
    for (const kind of kinds) {
      const flow = `${department}|${sector}|${kind}`;
      flows.set(flow, (flows.get(flow) ?? 0) + count);
    }
  }

  return {
    layer,
    byDepartment: DEPARTMENT_CODES.map((department) => ({ department, count: byDepartment.get(department) ?? 0 })),
    matrix: SECTORS.flatMap((sector) => DEPARTMENT_CODES.map((department) => ({ sector, department, count: matrix.get(`${sector}|${department}`) ?? 0 }))),
    flows: [...flows.entries()]
      .map(([key, count]) => {
        const [department, sector, kind] = key.split('|') as [DepartmentCode, Sector, RelationshipKind];
        return { department, sector, kind, count };
      })
      .sort((a, b) => b.count - a.count || a.department.localeCompare(b.department) || a.sector.localeCompare(b.sector) || a.kind.localeCompare(b.kind)),
  };
}
