/**
 * Just enough SVG path geometry to frame and label a map: the department outlines of svg-maps are
 * straight segments only (moveto / lineto / closepath, mostly relative), so a path is a list of
 * polygons. Pure, so that the map's framing and the markers' placement are unit-tested.
 */
export type Point = readonly [number, number];
export type Polygon = Point[];
export interface BBox {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

const TOKEN = /([MmLlHhVvZz])|(-?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)/g;

/** The polygons of a path made of M/m, L/l, H/h, V/v and Z/z commands (curves are not supported). */
export function parsePath(d: string): Polygon[] {
  const polygons: Polygon[] = [];
  let current: Polygon | null = null;
  let command = 'M';
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  const numbers: number[] = [];

  const flush = () => {
    // After a moveto, further pairs are implicit linetos of the same (relative or absolute) kind.
    while (numbers.length > 0) {
      switch (command) {
        case 'M':
        case 'm': {
          if (numbers.length < 2) return;
          const [a, b] = numbers.splice(0, 2) as [number, number];
          x = command === 'm' ? x + a : a;
          y = command === 'm' ? y + b : b;
          startX = x;
          startY = y;
          current = [[x, y]];
          polygons.push(current);
          command = command === 'm' ? 'l' : 'L';
          break;
        }
        case 'L':
        case 'l': {
          if (numbers.length < 2) return;
          const [a, b] = numbers.splice(0, 2) as [number, number];
          x = command === 'l' ? x + a : a;
          y = command === 'l' ? y + b : b;
          current?.push([x, y]);
          break;
        }
        case 'H':
        case 'h': {
          const a = numbers.shift()!;
          x = command === 'h' ? x + a : a;
          current?.push([x, y]);
          break;
        }
        case 'V':
        case 'v': {
          const b = numbers.shift()!;
          y = command === 'v' ? y + b : b;
          current?.push([x, y]);
          break;
        }
        default:
          numbers.length = 0;
      }
    }
  };

  for (const match of d.matchAll(TOKEN)) {
    if (match[1]) {
      flush();
      command = match[1];
      if (command === 'Z' || command === 'z') {
        // The next relative moveto starts from the closed subpath's first point.
        x = startX;
        y = startY;
        current = null;
      }
    } else if (match[2]) {
      numbers.push(Number(match[2]));
    }
  }
  flush();
  return polygons.filter((p) => p.length > 0);
}

export function bboxOf(polygons: readonly Polygon[]): BBox {
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  for (const polygon of polygons) {
    for (const [x, y] of polygon) {
      box.minX = Math.min(box.minX, x);
      box.minY = Math.min(box.minY, y);
      box.maxX = Math.max(box.maxX, x);
      box.maxY = Math.max(box.maxY, y);
    }
  }
  return box;
}

export function unionBBox(boxes: readonly BBox[]): BBox {
  return boxes.reduce(
    (u, b) => ({ minX: Math.min(u.minX, b.minX), minY: Math.min(u.minY, b.minY), maxX: Math.max(u.maxX, b.maxX), maxY: Math.max(u.maxY, b.maxY) }),
    { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity },
  );
}

export function intersects(a: BBox, b: BBox): boolean {
  return a.minX < b.maxX && b.minX < a.maxX && a.minY < b.maxY && b.minY < a.maxY;
}

/** The box grown by `padding` on every side, rounded outwards to whole units, as a viewBox string. */
export function padBBox(box: BBox, padding: number): BBox {
  return {
    minX: Math.floor(box.minX - padding),
    minY: Math.floor(box.minY - padding),
    maxX: Math.ceil(box.maxX + padding),
    maxY: Math.ceil(box.maxY + padding),
  };
}

export function viewBoxString(box: BBox): string {
  return `${box.minX} ${box.minY} ${box.maxX - box.minX} ${box.maxY - box.minY}`;
}

function ringArea(polygon: Polygon): number {
  let sum = 0;
  for (let i = 0; i < polygon.length; i++) {
    const [x1, y1] = polygon[i]!;
    const [x2, y2] = polygon[(i + 1) % polygon.length]!;
    sum += x1 * y2 - x2 * y1;
  }
  return sum / 2;
}

/** Area centroid of the shape, each part weighted by its area (a department may have enclaves). */
export function centroidOf(polygons: readonly Polygon[]): Point {
  let cx = 0;
  let cy = 0;
  let total = 0;
  for (const polygon of polygons) {
    const a = ringArea(polygon);
    if (a === 0) continue;
    let sx = 0;
    let sy = 0;
    for (let i = 0; i < polygon.length; i++) {
      const [x1, y1] = polygon[i]!;
      const [x2, y2] = polygon[(i + 1) % polygon.length]!;
      const cross = x1 * y2 - x2 * y1;
      sx += (x1 + x2) * cross;
      sy += (y1 + y2) * cross;
    }
    // Each part's centroid, weighted by its unsigned area whatever its winding.
    const w = Math.abs(a);
    cx += (sx / (6 * a)) * w;
    cy += (sy / (6 * a)) * w;
    total += w;
  }
  if (total === 0) {
    const b = bboxOf(polygons);
    return [(b.minX + b.maxX) / 2, (b.minY + b.maxY) / 2];
  }
  return [cx / total, cy / total];
}

/** Even–odd rule over every part of the shape. */
export function containsPoint(polygons: readonly Polygon[], [px, py]: Point): boolean {
  let inside = false;
  for (const polygon of polygons) {
    for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
      const [xi, yi] = polygon[i]!;
      const [xj, yj] = polygon[j]!;
      if (yi > py !== yj > py && px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}
