import type { Point } from './svg-path';

/**
 * Places real places (longitude, latitude) on the map drawing. The svg-maps drawing of France is a
 * Mercator projection (its north–south spans match Mercator's, not a plain lon/lat grid), so a
 * place is projected, then scaled and moved: x = k·lon + a, y = b − k·mercY(lat). k, a and b are
 * fitted by least squares on known places (the prefectures against their department's centroid,
 * and the extreme points of France against the drawing's edges): with one scale shared by both
 * axes, the few biased anchors cannot skew the fit the way a free affine fit would.
 */
export interface MercatorFit {
  k: number;
  a: number;
  b: number;
}

const RAD = Math.PI / 180;
/** Mercator's northing, in degrees at the equator. */
export const mercatorY = (lat: number): number => Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2)) / RAD;

/** An observation: a place whose drawn x, y, or both are known. */
export type Anchor = { lonLat: Point; x?: number; y?: number };

export function fitMercator(anchors: readonly Anchor[]): MercatorFit {
  // Normal equations of rows [lon, 1, 0] = x and [−mercY, 0, 1] = y, unknowns [k, a, b].
  const m = [
    [0, 0, 0],
    [0, 0, 0],
    [0, 0, 0],
  ];
  const v = [0, 0, 0];
  const add = (row: readonly number[], value: number) => {
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) m[i]![j] = m[i]![j]! + row[i]! * row[j]!;
      v[i] = v[i]! + row[i]! * value;
    }
  };
  for (const { lonLat, x, y } of anchors) {
    if (x !== undefined) add([lonLat[0], 1, 0], x);
    if (y !== undefined) add([-mercatorY(lonLat[1]), 0, 1], y);
  }
  const [k, a, b] = solve3(m, v);
  return { k, a, b };
}

export function project({ k, a, b }: MercatorFit, [lon, lat]: Point): Point {
  return [k * lon + a, b - k * mercatorY(lat)];
}

function solve3(m: readonly (readonly number[])[], v: readonly number[]): [number, number, number] {
  const det = (q: readonly (readonly number[])[]) =>
    q[0]![0]! * (q[1]![1]! * q[2]![2]! - q[1]![2]! * q[2]![1]!) -
    q[0]![1]! * (q[1]![0]! * q[2]![2]! - q[1]![2]! * q[2]![0]!) +
    q[0]![2]! * (q[1]![0]! * q[2]![1]! - q[1]![1]! * q[2]![0]!);
  const d = det(m);
  if (Math.abs(d) < 1e-9) throw new Error('Not enough independent anchors to place the sites');
  const withColumn = (col: number) => m.map((row, i) => row.map((x, j) => (j === col ? v[i]! : x)));
  return [det(withColumn(0)) / d, det(withColumn(1)) / d, det(withColumn(2)) / d];
}
