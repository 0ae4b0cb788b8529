import type { Clock } from './api';

const parisDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The business date: pinned (tests, the demo's "as of" date) or the real day in Alès. Instants are
 * real; with a pinned day they keep the real time of day on that day, so records still sort.
 */
export function makeClock(pinnedDay: string | null): Clock {
  return {
    today: () => pinnedDay ?? parisDay.format(new Date()),
    now: () => {
      const now = new Date().toISOString();
      return pinnedDay ? `${pinnedDay}${now.slice(10)}` : now;
    },
  };
}
