import { describe, expect, it } from 'vitest';
import { fitMercator, mercatorY, project } from '@/features/territory/lib/geo-fit';
import { OCCITANIE_CODES, occitanieMap } from '@/features/territory/lib/occitanie-map';
import { PREFECTURES } from '@/features/territory/lib/places';
import { bboxOf, centroidOf, containsPoint, padBBox, parsePath, viewBoxString } from '@/features/territory/lib/svg-path';

describe('SVG path geometry', () => {
  it('reads relative movetos with implicit linetos, and starts the next part from the closed one', () => {
    const polygons = parsePath('m 10,10 5,0 0,5 -5,0 z m 20,0 2,0 0,2 z');
    expect(polygons).toEqual([
      [
        [10, 10],
        [15, 10],
        [15, 15],
        [10, 15],
      ],
      [
        [30, 10],
        [32, 10],
        [32, 12],
      ],
    ]);
  });

  it('reads absolute and horizontal / vertical commands and exponents', () => {
    expect(parsePath('M 1 2 L 3 4 H 10 v -2 h -1e1 Z')).toEqual([
      [
        [1, 2],
        [3, 4],
        [10, 4],
        [10, 2],
        [0, 2],
      ],
    ]);
  });

  it('frames a shape: box, padding rounded outwards, viewBox string', () => {
    const box = bboxOf(parsePath('m 10.5,20.2 30,0 0,10 -30,0 z'));
    expect(box).toEqual({ minX: 10.5, minY: 20.2, maxX: 40.5, maxY: 30.2 });
    expect(viewBoxString(padBBox(box, 2))).toBe('8 18 35 15');
  });

  it('finds the area centroid, weighting each part by its area, and tells inside from outside', () => {
    const square = parsePath('M 0 0 L 10 0 L 10 10 L 0 10 Z');
    expect(centroidOf(square)).toEqual([5, 5]);
    // A big square and a small far one: the centroid leans towards the big one.
    const [cx] = centroidOf(parsePath('M 0 0 H 10 V 10 H 0 Z M 100 0 H 101 V 1 H 100 Z'));
    expect(cx).toBeCloseTo((5 * 100 + 100.5 * 1) / 101, 6);
    expect(containsPoint(square, [5, 5])).toBe(true);
    expect(containsPoint(square, [15, 5])).toBe(false);
  });
});

describe('Mercator fit', () => {
  it('recovers the scale and offsets of a drawing from x-only and y-only anchors', () => {
    const truth = { k: 41.5, a: 214, b: 2475 };
    const anchors = [
      { lonLat: [-5, 48] as const, x: truth.k * -5 + truth.a },
      { lonLat: [8, 49] as const, x: truth.k * 8 + truth.a },
      { lonLat: [2.5, 51] as const, y: truth.b - truth.k * mercatorY(51) },
      { lonLat: [2.5, 42.3] as const, y: truth.b - truth.k * mercatorY(42.3) },
    ];
    const fit = fitMercator(anchors);
    expect(fit.k).toBeCloseTo(truth.k, 6);
    expect(fit.a).toBeCloseTo(truth.a, 6);
    expect(fit.b).toBeCloseTo(truth.b, 6);
    expect(project(fit, [0, 0])).toEqual([expect.closeTo(214, 6), expect.closeTo(2475, 6)]);
  });

  it('refuses anchors that cannot fix the three unknowns', () => {
    expect(() => fitMercator([{ lonLat: [1, 1], x: 3 }])).toThrow();
  });
});

describe('the Occitanie map', () => {
  const map = occitanieMap();
  const dept = (id: string) => map.departments.find((d) => d.id === id)!;

  it('keeps the 13 departments, named, and frames them tightly', () => {
    expect(map.departments.map((d) => d.id).sort()).toEqual([...OCCITANIE_CODES].sort());
    expect(dept('30').name).toBe('Gard');
    const [x, y, w, h] = map.viewBox.split(' ').map(Number) as [number, number, number, number];
    for (const d of map.departments) {
      expect(d.bbox.minX).toBeGreaterThanOrEqual(x);
      expect(d.bbox.minY).toBeGreaterThanOrEqual(y);
      expect(d.bbox.maxX).toBeLessThanOrEqual(x + w);
      expect(d.bbox.maxY).toBeLessThanOrEqual(y + h);
    }
    // Tight: the whole of France is 613 × 585 in the drawing; Occitanie is about a third of it across.
    expect(w).toBeLessThan(270);
    expect(h).toBeLessThan(180);
  });

  it('draws the neighbours that fall in the frame for context, not the far ones', () => {
    const ids = map.neighbours.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['13', '07', '15', '64', '84']));
    expect(ids).not.toContain('75');
    expect(ids).not.toContain('30');
  });

  it('places every prefecture inside its own department', () => {
    for (const code of OCCITANIE_CODES) {
      expect({ code, inside: containsPoint(dept(code).polygons, project(map.fit, PREFECTURES[code]!)) }).toEqual({ code, inside: true });
    }
  });

  it('puts Alès in the north of the Gard, Nîmes south of it, Bagnols-sur-Cèze east of it, Albi in the Tarn', () => {
    const at = (id: string) => map.sites.find((s) => s.id === id)!.at;
    const gard = dept('30');
    const ales = at('ales');
    expect(containsPoint(gard.polygons, ales)).toBe(true);
    expect(ales[0]).toBeGreaterThan(gard.bbox.minX);
    expect(ales[0]).toBeLessThan(gard.bbox.maxX);
    expect(ales[1]).toBeLessThan((gard.bbox.minY + gard.bbox.maxY) / 2);
    expect(containsPoint(gard.polygons, at('nimes'))).toBe(true);
    expect(at('nimes')[1]).toBeGreaterThan(ales[1]);
    expect(containsPoint(gard.polygons, at('bagnols'))).toBe(true);
    expect(at('bagnols')[0]).toBeGreaterThan(ales[0]);
    expect(containsPoint(dept('34').polygons, at('montpellier'))).toBe(true);
    expect(containsPoint(dept('81').polygons, at('albi'))).toBe(true);
    expect(containsPoint(dept('48').polygons, ales)).toBe(false);
  });
});
