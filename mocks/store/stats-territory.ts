import type { TerritoryStats } from '../../src/contract/stats';
import type { StatsQuery } from '../../src/contract/queries';
import { DEPARTMENT_CODES, SECTORS } from '../../src/contract/reference';
import type { DepartmentCode, RelationshipKind, Sector } from '../../src/contract/reference';
import { apprenticeCensusDate, isContractActiveOn } from '../../src/domain/apprenticeship';
import type { Store } from './database';
import { asOfYear, bookingsIn, scope, startupAliveIn, statsYear, twelveMonthsBefore, yearOf } from './stats-common';

export type TerritoryLayer = 'partners' | 'apprentices' | 'startups' | 'bookings';
type Place = { sector: Sector; department: DepartmentCode };
type Item = { place: Place; kinds: readonly RelationshipKind[] };

/** What each map layer counts, each thing placed where its company (or the start-up) is. */
function layerItems(store: Store, layer: TerritoryLayer, year: number): Item[] {
  const asOf = asOfYear(store, year);
  const placeOf = (partnerId: string): Place | undefined => store.partners.get(partnerId);
  const items: Item[] = [];
  const push = (place: Place | undefined, kinds: readonly RelationshipKind[]) => {
    if (place) items.push({ place: { sector: place.sector, department: place.department }, kinds });
  };
  switch (layer) {
    case 'partners':
      for (const p of store.partners.rows) if (!p.archived) push(p, p.kinds);
      break;
    case 'apprentices': {
      const census = apprenticeCensusDate(year);
      for (const c of store.contracts.rows) if (isContractActiveOn(c, census)) push(placeOf(c.partnerId), ['apprentices']);
      break;
    }
    case 'startups':
      for (const s of store.startups.rows) if (startupAliveIn(s, yearOf(asOf))) push(s, ['incubator']);
      break;
    case 'bookings':
      for (const b of bookingsIn(store, twelveMonthsBefore(asOf), asOf)) push(placeOf(b.partnerId), ['equipment']);
      break;
  }
  return items;
}

/** One layer of the Occitanie map: counts by department (all 14, zeros included), sector × department, and flows. */
export function territoryStats(store: Store, q: StatsQuery & { layer: TerritoryLayer }): TerritoryStats {
  const inScope = scope(q);
  const items = layerItems(store, q.layer, statsYear(store, q.year)).filter((i) => inScope(i.place));

  const byDepartment = new Map<DepartmentCode, number>(DEPARTMENT_CODES.map((d) => [d, 0]));
  const matrix = new Map<string, number>();
  const flows = new Map<string, number>();
  for (const { place, kinds } of items) {
    byDepartment.set(place.department, (byDepartment.get(place.department) ?? 0) + 1);
    const cell = `${place.sector}|${place.department}`;
    matrix.set(cell, (matrix.get(cell) ?? 0) + 1);
    // A company with several relationships flows once into each of them.
    for (const kind of kinds) {
      const flow = `${place.department}|${place.sector}|${kind}`;
      flows.set(flow, (flows.get(flow) ?? 0) + 1);
    }
  }

  return {
    layer: q.layer,
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
