/**
 * Equipment bookings as half-open intervals [start, end) of ISO date-times, so that a booking ending
 * at 10:00 and the next starting at 10:00 do not collide. Strings go through Date.parse: give
 * explicit offsets ("Z" or "+01:00"), since date-times without one are read in local time.
 */

export type Interval = { start: string; end: string };

function toMs(s: string): number {
  const ms = Date.parse(s);
  // A silent NaN would make every comparison false, i.e. "no conflict": refuse instead.
  if (Number.isNaN(ms)) throw new RangeError(`Not an ISO date-time: "${s}"`);
  return ms;
}

function bounds(i: Interval): [number, number] {
  return [toMs(i.start), toMs(i.end)];
}

/** Whether the two share an instant; an empty interval (start = end) shares none. */
export function overlaps(a: Interval, b: Interval): boolean {
  const [as, ae] = bounds(a);
  const [bs, be] = bounds(b);
  return Math.max(as, bs) < Math.min(ae, be);
}

export function findConflict<T extends Interval>(candidate: Interval, existing: readonly T[]): T | undefined {
  return existing.find((e) => overlaps(candidate, e));
}

/**
 * Earliest slot as long as the candidate, starting at or after it, that overlaps none of `busy`;
 * the candidate itself when it is already free. A moved slot is given in UTC ("…Z").
 */
export function nextFreeSlot(candidate: Interval, busy: readonly Interval[]): Interval {
  const [start, end] = bounds(candidate);
  const length = end - start;
  if (length < 0) throw new RangeError('The slot ends before it starts.');
  const sorted = busy
    .map(bounds)
    .filter(([s, e]) => s < e)
    .sort((a, b) => a[0] - b[0]);

  // One pass suffices: busy intervals are in start order, so once one starts at or after the slot's
  // end, none of the rest can reach back into the slot.
  let slotStart = start;
  for (const [s, e] of sorted) {
    if (s >= slotStart + length) break;
    if (e > slotStart && length > 0) slotStart = e;
  }
  if (slotStart === start) return candidate;
  return { start: new Date(slotStart).toISOString(), end: new Date(slotStart + length).toISOString() };
}

export function durationHours(i: Interval): number {
  const [s, e] = bounds(i);
  return (e - s) / 3_600_000;
}
