import type { TERRITORY_LAYERS } from '@/contract/queries';

export type Layer = (typeof TERRITORY_LAYERS)[number];

/**
 * Where a department leads, per layer: the list that explains its figure, filtered on it (and on
 * the page's sector filter), so a click on the map answers "which ones?".
 */
export function departmentLink(layer: Layer, department: string, sectors: readonly string[]): string {
  const params = new URLSearchParams();
  for (const s of sectors) params.append('sector', s);
  params.set('department', department);
  switch (layer) {
    case 'apprentices':
      return `/apprentices?${params}`;
    case 'startups':
      return `/incubator?${params}`;
    case 'bookings':
      params.append('kind', 'equipment');
      return `/partners?${params}`;
    default:
      return `/partners?${params}`;
  }
}
