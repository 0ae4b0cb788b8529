import type { TerritoryStats } from '@/contract/stats';

/**
 * The flow chart's model: territory → sector → relationship kind. To stay readable it keeps the
 * largest departments and sectors and groups the rest into "Autres"; the six kinds are all kept.
 * A company with several relationships counts once per relationship, so the unit is a link.
 */
export interface SankeyNodeModel {
  name: string;
  /** Department or sector code, the kind, or 'other' for the grouped rest. */
  code: string;
  column: 'department' | 'sector' | 'kind';
  value: number;
}
export interface SankeyLinkModel {
  source: number;
  target: number;
  value: number;
}
export interface SankeyModel {
  nodes: SankeyNodeModel[];
  links: SankeyLinkModel[];
  /** Nodes of each column, largest first. */
  departments: SankeyNodeModel[];
  sectors: SankeyNodeModel[];
  kinds: SankeyNodeModel[];
  total: number;
}
export interface SankeyNames {
  department: (code: string) => string;
  sector: (code: string) => string;
  kind: (code: string) => string;
  otherDepartments: string;
  otherSectors: string;
}

const OTHER = 'other';

function totalsBy<K extends string>(flows: TerritoryStats['flows'], key: (f: TerritoryStats['flows'][number]) => K): [K, number][] {
  const totals = new Map<K, number>();
  for (const f of flows) totals.set(key(f), (totals.get(key(f)) ?? 0) + f.count);
  return [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
}

/** The `keep` largest codes; the others map to 'other' (unless only one would be grouped). */
function keepLargest<K extends string>(totals: [K, number][], keep: number): (code: K) => string {
  if (totals.length <= keep + 1) return (code) => code;
  const kept = new Set(totals.slice(0, keep).map(([code]) => code));
  return (code) => (kept.has(code) ? code : OTHER);
}

export function buildSankey(flows: TerritoryStats['flows'], names: SankeyNames, { departments = 5, sectors = 6 } = {}): SankeyModel {
  const departmentOf = keepLargest(totalsBy(flows, (f) => f.department), departments);
  const sectorOf = keepLargest(totalsBy(flows, (f) => f.sector), sectors);

  const left = new Map<string, number>();
  const right = new Map<string, number>();
  const add = (map: Map<string, number>, key: string, n: number) => map.set(key, (map.get(key) ?? 0) + n);
  for (const f of flows) {
    if (f.count <= 0) continue;
    add(left, `${departmentOf(f.department)}|${sectorOf(f.sector)}`, f.count);
    add(right, `${sectorOf(f.sector)}|${f.kind}`, f.count);
  }

  const column = (entries: Map<string, number>, side: 0 | 1) => {
    const totals = new Map<string, number>();
    for (const [key, n] of entries) add(totals, key.split('|')[side]!, n);
    // Largest first, the grouped rest last.
    return [...totals.entries()].sort((a, b) => Number(a[0] === OTHER) - Number(b[0] === OTHER) || b[1] - a[1] || a[0].localeCompare(b[0]));
  };
  const departmentNodes = column(left, 0).map(([code, value]): SankeyNodeModel => ({ code, value, column: 'department', name: code === OTHER ? names.otherDepartments : names.department(code) }));
  const sectorNodes = column(left, 1).map(([code, value]): SankeyNodeModel => ({ code, value, column: 'sector', name: code === OTHER ? names.otherSectors : names.sector(code) }));
  const kindNodes = column(right, 1).map(([code, value]): SankeyNodeModel => ({ code, value, column: 'kind', name: names.kind(code) }));

  const nodes = [...departmentNodes, ...sectorNodes, ...kindNodes];
  const index = (col: SankeyNodeModel['column'], code: string) => nodes.findIndex((n) => n.column === col && n.code === code);
  const links: SankeyLinkModel[] = [
    ...[...left].map(([key, value]) => {
      const [d, s] = key.split('|') as [string, string];
      return { source: index('department', d), target: index('sector', s), value };
    }),
    ...[...right].map(([key, value]) => {
      const [s, k] = key.split('|') as [string, string];
      return { source: index('sector', s), target: index('kind', k), value };
    }),
  ].sort((a, b) => a.source - b.source || b.value - a.value);

  return {
    nodes,
    links,
    departments: departmentNodes,
    sectors: sectorNodes,
    kinds: kindNodes,
    total: departmentNodes.reduce((s, n) => s + n.value, 0),
  };
}

/** The chart's data table and CSV: one row per link, "from → to". */
export function sankeyRows(model: SankeyModel): { from: string; to: string; value: number }[] {
  return model.links.map((l) => ({ from: model.nodes[l.source]!.name, to: model.nodes[l.target]!.name, value: l.value }));
}
