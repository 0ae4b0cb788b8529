import { useSyncExternalStore } from 'react';

/**
 * Series colours come from the theme (tokens.css: an Okabe–Ito based set that colour-blind readers
 * can tell apart, tuned per theme). Recharts accepts CSS variables in fill/stroke.
 */
export const SERIES_COLORS = ['var(--chart-1)', 'var(--chart-2)', 'var(--chart-3)', 'var(--chart-4)', 'var(--chart-5)', 'var(--chart-6)'] as const;
export const seriesColor = (i: number): string => SERIES_COLORS[i % SERIES_COLORS.length]!;
export const REFERENCE_COLOR = 'var(--color-text-muted)';
export const TARGET_BAND_COLOR = 'var(--chart-3)';

function subscribe(onChange: () => void) {
  const mq = window.matchMedia('(prefers-reduced-motion: reduce)');
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}

/** False when the reader asked for less motion: pass to Recharts' `isAnimationActive`. */
export function useChartAnimation(): boolean {
  return !useSyncExternalStore(
    subscribe,
    () => window.matchMedia('(prefers-reduced-motion: reduce)').matches,
    () => true,
  );
}
