/**
 * The map's and the heat map's colour classes: quantile classes of whole counts (a few departments
 * such as the Gard hold most of the links, so equal intervals would paint the rest alike), drawn
 * as a single-hue sequential scale mixed from the theme's tokens, so it follows light and dark
 * themes and reads without telling hues apart.
 */
export interface ColourClass {
  min: number;
  max: number;
}

/** Up to `count` classes covering the values, each [min, max] of whole numbers, without gaps or empties. */
export function classBreaks(values: readonly number[], count = 5): ColourClass[] {
  const sorted = values.filter((v) => Number.isFinite(v)).toSorted((a, b) => a - b);
  if (sorted.length === 0) return [];
  const uppers: number[] = [];
  for (let k = 1; k <= count; k++) {
    const upper = sorted[Math.ceil((k * sorted.length) / count) - 1]!;
    if (uppers.length === 0 || upper > uppers[uppers.length - 1]!) uppers.push(upper);
  }
  const classes: ColourClass[] = [];
  let min = sorted[0]!;
  for (const max of uppers) {
    classes.push({ min, max });
    min = max + 1;
  }
  return classes;
}

/** Index of the class holding `value` (values beyond the ends go to the first or last class). */
export function classOf(value: number, classes: readonly ColourClass[]): number {
  const i = classes.findIndex((c) => value <= c.max);
  return i === -1 ? classes.length - 1 : i;
}

/** Share of the scale's colour in class i of n, from `from` % (lightest) to `to` % (strongest). */
export function classStrength(i: number, n: number, from: number, to: number): number {
  if (n <= 1) return to;
  return Math.round(from + ((to - from) * i) / (n - 1));
}

/** A step of the scale: the series colour mixed into the neutral surface, in a perceptual space. */
export function scaleColour(strength: number | string, colour = 'var(--chart-1)', base = 'var(--color-surface-2)'): string {
  return `color-mix(in oklab, ${colour} ${typeof strength === 'number' ? `${strength}%` : strength}, ${base})`;
}

/** "0–12", "13", "1 200–1 500": a class's range for the legend. */
export function classRange(c: ColourClass, number: (v: number) => string): string {
  return c.min === c.max ? number(c.min) : `${number(c.min)}–${number(c.max)}`;
}
