import { useSyncExternalStore } from 'react';

/**
 * Series colours come from the theme (tokens.css: an Okabe–Ito based set that colour-blind readers
 * can tell apart, tuned per theme). Recharts accepts CSS variables in fill/stroke.
 */
export const SERIES_COLORS = ['var(--chart-1)', 'var(--chart-2)', 'var(--chart-3)', 'var(--chart-4)', 'var(--chart-5)', 'var(--chart-6)'] as const;
export const seriesColor = (i: number): string => SERIES_COLORS[i % SERIES_COLORS.length]!;
export const REFERENCE_COLOR = 'var(--color-text-muted)';
export const TARGET_BAND_COLOR = 'var(--chart-3)';

const REDUCED_MOTION = '(prefers-reduced-motion: reduce)';

/**
 * Set by the page's first click, tap or key press. Charts drawn before it (those that appear by
 * themselves while a page loads) are drawn at once; what a person changes afterwards (another
 * period, a filter, another page) animates. The entrance animation re-renders every chart on every
 * frame for 1.5 s: on the overview's first load it was about two thirds of the main thread's work
 * (1.3 s against 0.5 s measured), holding up everything else the page had to do.
 */
let interacted = false;
if (typeof window !== 'undefined') {
  const mark = () => {
    interacted = true;
  };
  for (const type of ['pointerdown', 'keydown'] as const) addEventListener(type, mark, { capture: true, once: true, passive: true });
}

function subscribe(onChange: () => void) {
  const mq = window.matchMedia(REDUCED_MOTION);
  mq.addEventListener('change', onChange);
  return () => mq.removeEventListener('change', onChange);
}

/**
 * Pass to Recharts' `isAnimationActive`: false when the reader asked for less motion, and for
 * charts drawn before the first interaction (see `interacted`). The interaction is read, not
 * subscribed to: the render it causes (new data) is the one that animates.
 */
export function useChartAnimation(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => interacted && !window.matchMedia(REDUCED_MOTION).matches,
    () => false,
  );
}
