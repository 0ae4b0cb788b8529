import { describe, expect, it } from 'vitest';
import { durationHours, findConflict, nextFreeSlot, overlaps, type Interval } from '../../../src/domain/booking';

const at = (day: string, from: string, to: string): Interval => ({ start: `${day}T${from}:00Z`, end: `${day}T${to}:00Z` });
const ms = (i: Interval) => [Date.parse(i.start), Date.parse(i.end)];

describe('overlaps', () => {
  it('detects partial overlap, containment and identity, both ways', () => {
    const a = at('2024-03-04', '09:00', '12:00');
    for (const b of [at('2024-03-04', '11:00', '14:00'), at('2024-03-04', '10:00', '11:00'), at('2024-03-04', '08:00', '13:00'), a]) {
      expect(overlaps(a, b)).toBe(true);
      expect(overlaps(b, a)).toBe(true);
    }
  });

  it('lets back-to-back bookings through, both ways', () => {
    const morning = at('2024-03-04', '09:00', '12:00');
    const afternoon = at('2024-03-04', '12:00', '17:00');
    expect(overlaps(morning, afternoon)).toBe(false);
    expect(overlaps(afternoon, morning)).toBe(false);
  });

  it('finds no overlap between disjoint intervals', () => {
    expect(overlaps(at('2024-03-04', '09:00', '10:00'), at('2024-03-04', '11:00', '12:00'))).toBe(false);
  });

  it('compares instants, not strings, across offsets', () => {
    // 10:30 in Paris (+01:00) is 09:30 UTC, inside 09:00–10:00 UTC.
    expect(overlaps(at('2024-03-04', '09:00', '10:00'), { start: '2024-03-04T10:30:00+01:00', end: '2024-03-04T11:30:00+01:00' })).toBe(true);
    expect(overlaps(at('2024-03-04', '09:00', '10:00'), { start: '2024-03-04T11:00:00+01:00', end: '2024-03-04T12:00:00+01:00' })).toBe(false);
  });

  it('treats an empty interval as overlapping nothing', () => {
    expect(overlaps(at('2024-03-04', '10:00', '10:00'), at('2024-03-04', '09:00', '12:00'))).toBe(false);
  });

  it('refuses unparseable date-times instead of reporting no conflict', () => {
    expect(() => overlaps({ start: 'tomorrow', end: '2024-03-04T10:00:00Z' }, at('2024-03-04', '09:00', '12:00'))).toThrow(RangeError);
  });
});

describe('findConflict', () => {
  type Booking = Interval & { id: string };
  const existing: Booking[] = [
    { id: 'a', ...at('2024-03-04', '08:00', '09:00') },
    { id: 'b', ...at('2024-03-04', '10:00', '12:00') },
    { id: 'c', ...at('2024-03-04', '11:00', '13:00') },
  ];

  it('returns the first conflicting booking, with its own fields', () => {
    expect(findConflict(at('2024-03-04', '11:30', '12:30'), existing)?.id).toBe('b');
    expect(findConflict(at('2024-03-04', '12:30', '14:00'), existing)?.id).toBe('c');
  });

  it('returns undefined when the slot is free, back-to-back included', () => {
    expect(findConflict(at('2024-03-04', '09:00', '10:00'), existing)).toBeUndefined();
    expect(findConflict(at('2024-03-04', '13:00', '14:00'), existing)).toBeUndefined();
    expect(findConflict(at('2024-03-04', '09:00', '10:00'), [])).toBeUndefined();
  });
});

describe('nextFreeSlot', () => {
  it('returns the candidate itself when it is free', () => {
    const candidate = at('2024-03-04', '09:00', '10:00');
    expect(nextFreeSlot(candidate, [at('2024-03-04', '10:00', '11:00')])).toBe(candidate);
  });

  it('moves to the end of the conflicting booking, keeping the length', () => {
    const slot = nextFreeSlot(at('2024-03-04', '09:00', '11:00'), [at('2024-03-04', '10:00', '12:00')]);
    expect(slot).toEqual({ start: '2024-03-04T12:00:00.000Z', end: '2024-03-04T14:00:00.000Z' });
  });

  it('skips several consecutive busy intervals, given in any order', () => {
    const busy = [
      at('2024-03-04', '13:00', '15:00'),
      at('2024-03-04', '09:00', '10:00'),
      at('2024-03-04', '10:00', '12:00'),
      at('2024-03-04', '12:30', '13:00'),
    ];
    // 12:00–12:30 is too short for a 1-hour slot; the first gap that fits opens at 15:00.
    const slot = nextFreeSlot(at('2024-03-04', '09:30', '10:30'), busy);
    expect(ms(slot)).toEqual(ms(at('2024-03-04', '15:00', '16:00')));
    expect(findConflict(slot, busy)).toBeUndefined();
  });

  it('uses a gap exactly as long as the slot', () => {
    const busy = [at('2024-03-04', '09:00', '10:00'), at('2024-03-04', '11:00', '12:00')];
    expect(ms(nextFreeSlot(at('2024-03-04', '09:00', '10:00'), busy))).toEqual(ms(at('2024-03-04', '10:00', '11:00')));
  });

  it('handles nested and overlapping busy intervals', () => {
    const busy = [at('2024-03-04', '09:00', '14:00'), at('2024-03-04', '10:00', '11:00'), at('2024-03-04', '13:00', '15:00')];
    expect(ms(nextFreeSlot(at('2024-03-04', '09:00', '10:00'), busy))).toEqual(ms(at('2024-03-04', '15:00', '16:00')));
  });

  it('ignores busy intervals before the candidate and never moves earlier', () => {
    const busy = [at('2024-03-04', '06:00', '08:00'), at('2024-03-04', '08:00', '09:30')];
    const slot = nextFreeSlot(at('2024-03-04', '09:00', '10:00'), busy);
    expect(ms(slot)).toEqual(ms(at('2024-03-04', '09:30', '10:30')));
  });

  it('crosses midnight and terminates on a long run of bookings', () => {
    const busy = Array.from({ length: 2000 }, (_, i) => {
      const start = Date.parse('2024-03-04T00:00:00Z') + i * 3_600_000;
      return { start: new Date(start).toISOString(), end: new Date(start + 3_600_000).toISOString() };
    });
    const slot = nextFreeSlot(at('2024-03-04', '00:00', '02:00'), busy);
    expect(slot.start).toBe(new Date(Date.parse('2024-03-04T00:00:00Z') + 2000 * 3_600_000).toISOString());
    expect(durationHours(slot)).toBe(2);
  });

  it('ignores empty busy intervals and refuses a slot that ends before it starts', () => {
    const candidate = at('2024-03-04', '09:00', '10:00');
    expect(nextFreeSlot(candidate, [at('2024-03-04', '09:30', '09:30')])).toBe(candidate);
    expect(() => nextFreeSlot(at('2024-03-04', '10:00', '09:00'), [])).toThrow(RangeError);
  });
});

describe('durationHours', () => {
  it('measures in hours, fractions included', () => {
    expect(durationHours(at('2024-03-04', '09:00', '12:30'))).toBe(3.5);
    expect(durationHours({ start: '2024-03-04T09:00:00Z', end: '2024-03-06T09:00:00Z' })).toBe(48);
    expect(durationHours(at('2024-03-04', '09:00', '09:00'))).toBe(0);
  });

  it('counts real elapsed time across the daylight-saving change', () => {
    // Paris springs forward on 2024-03-31: midnight to noon local time is 11 hours.
    expect(durationHours({ start: '2024-03-31T00:00:00+01:00', end: '2024-03-31T12:00:00+02:00' })).toBe(11);
  });
});
