import { DEPARTMENT_CODES, SECTORS } from '@/contract/reference';
import type { DepartmentCode, Sector } from '@/contract/reference';
import type { TerritoryStats } from '@/contract/stats';

/** The heat map: one row per sector, one column per department (13 + Hors Occitanie), with totals. */
export interface MatrixRow {
  sector: Sector;
  cells: Record<DepartmentCode, number>;
  total: number;
}
export interface MatrixModel {
  rows: MatrixRow[];
  columnTotals: Record<DepartmentCode, number>;
  total: number;
}

const zeros = () => Object.fromEntries(DEPARTMENT_CODES.map((d) => [d, 0])) as Record<DepartmentCode, number>;

/** Rows of the sectors in scope (all, or those of the sector filter), in the school's order. */
export function buildMatrix(matrix: TerritoryStats['matrix'], sectorFilter: readonly Sector[] = []): MatrixModel {
  const sectors = sectorFilter.length > 0 ? SECTORS.filter((s) => sectorFilter.includes(s)) : [...SECTORS];
  const rows = sectors.map((sector): MatrixRow => ({ sector, cells: zeros(), total: 0 }));
  const bySector = new Map(rows.map((r) => [r.sector, r]));
  const columnTotals = zeros();
  let total = 0;
  for (const { sector, department, count } of matrix) {
    const row = bySector.get(sector);
    if (!row) continue;
    row.cells[department] += count;
    row.total += count;
    columnTotals[department] += count;
    total += count;
  }
  return { rows, columnTotals, total };
}
