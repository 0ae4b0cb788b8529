import { describe, expect, it } from 'vitest';
import { CalendarQuery, daySegment, fetchRange, layoutDay, monthGrid, periodBounds, shiftPeriod, startOfWeek, touchesDays, weekDays } from '@/features/equipment/lib/calendar';
import { parseQuery } from '@/contract/queries';

describe('equipment calendar — weeks and months', () => {
  it('starts weeks on Monday', () => {
    expect(startOfWeek('2026-11-26')).toBe('2026-11-23');
    expect(startOfWeek('2026-11-23')).toBe('2026-11-23');
    expect(startOfWeek('2026-11-29')).toBe('2026-11-23');
    expect(weekDays('2026-12-31')).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']);
  });

  it('covers a month with whole weeks, marking the neighbouring days', () => {
    const weeks = monthGrid('2026-11-15');
    expect(weeks).toHaveLength(6); // 1 November 2026 is a Sunday
    expect(weeks[0]![0]).toEqual({ date: '2026-10-26', inMonth: false });
    expect(weeks[0]![6]).toEqual({ date: '2026-11-01', inMonth: true });
    expect(weeks.at(-1)![0]).toEqual({ date: '2026-11-30', inMonth: true });
    expect(weeks.at(-1)![6]).toEqual({ date: '2026-12-06', inMonth: false });
    expect(monthGrid('2027-02-10')).toHaveLength(4); // February 2027 starts on a Monday
  });

  it('gives the period bounds and asks the API one day more on each side', () => {
    expect(periodBounds('week', '2026-11-26')).toEqual({ first: '2026-11-23', last: '2026-11-29' });
    expect(periodBounds('month', '2026-11-26')).toEqual({ first: '2026-10-26', last: '2026-12-06' });
    expect(fetchRange('week', '2026-11-26')).toEqual({ from: '2026-11-22', to: '2026-11-30' });
  });

  it('moves by a week or a month, clamping the day', () => {
    expect(shiftPeriod('week', '2026-12-28', 1)).toBe('2027-01-04');
    expect(shiftPeriod('month', '2027-01-31', 1)).toBe('2027-02-28');
    expect(shiftPeriod('month', '2026-03-31', -1)).toBe('2026-02-28');
  });

  it('reads the URL state, falling back on bad values', () => {
    expect(parseQuery(CalendarQuery, new URLSearchParams('view=month&date=2026-11-30&display=list'))).toEqual({ view: 'month', date: '2026-11-30', display: 'list' });
    expect(parseQuery(CalendarQuery, new URLSearchParams('view=year&date=2026-02-30&display=grid'))).toEqual({ view: 'week', date: undefined, display: 'calendar' });
  });
});

describe('equipment calendar — placing intervals on Paris days', () => {
  it('places a winter booking on the wall clock (UTC+1)', () => {
    expect(daySegment({ start: '2026-11-30T08:00:00Z', end: '2026-11-30T11:00:00Z' }, '2026-11-30')).toEqual({
      startMin: 9 * 60,
      endMin: 12 * 60,
      continuesBefore: false,
      continuesAfter: false,
    });
  });

  it('places 09:00–12:00 at 09:00–12:00 on the day clocks go forward (29 March 2026, a 23-hour day)', () => {
    expect(daySegment({ start: '2026-03-29T07:00:00Z', end: '2026-03-29T10:00:00Z' }, '2026-03-29')).toMatchObject({ startMin: 540, endMin: 720 });
    // The week of the change: Monday 30 March is in summer time (UTC+2).
    expect(daySegment({ start: '2026-03-30T07:00:00Z', end: '2026-03-30T10:00:00Z' }, '2026-03-30')).toMatchObject({ startMin: 540, endMin: 720 });
    // Friday 27 March is still in winter time (UTC+1).
    expect(daySegment({ start: '2026-03-27T08:00:00Z', end: '2026-03-27T11:00:00Z' }, '2026-03-27')).toMatchObject({ startMin: 540, endMin: 720 });
  });

  it('places 09:00–12:00 at 09:00–12:00 on the day clocks go back (25 October 2026, a 25-hour day)', () => {
    expect(daySegment({ start: '2026-10-25T08:00:00Z', end: '2026-10-25T11:00:00Z' }, '2026-10-25')).toMatchObject({ startMin: 540, endMin: 720 });
    expect(daySegment({ start: '2026-10-23T07:00:00Z', end: '2026-10-23T10:00:00Z' }, '2026-10-23')).toMatchObject({ startMin: 540, endMin: 720 });
  });

  it('splits a several-day interval into whole days, without a sliver on the day it ends at midnight', () => {
    // Maintenance from Tuesday 01/12 00:00Z (01:00 Paris) to Sunday 06/12 00:00Z (01:00 Paris).
    const w = { start: '2026-12-01T00:00:00Z', end: '2026-12-06T00:00:00Z' };
    expect(daySegment(w, '2026-11-30')).toBeNull();
    expect(daySegment(w, '2026-12-01')).toEqual({ startMin: 60, endMin: 1440, continuesBefore: false, continuesAfter: true });
    expect(daySegment(w, '2026-12-03')).toEqual({ startMin: 0, endMin: 1440, continuesBefore: true, continuesAfter: true });
    expect(daySegment(w, '2026-12-06')).toEqual({ startMin: 0, endMin: 60, continuesBefore: true, continuesAfter: false });
    const toMidnight = { start: '2026-12-01T22:00:00Z', end: '2026-12-02T23:00:00Z' }; // 23:00 → 00:00 Paris
    expect(daySegment(toMidnight, '2026-12-03')).toBeNull();
    expect(touchesDays(toMidnight, '2026-12-03', '2026-12-09')).toBe(false);
    expect(touchesDays(toMidnight, '2026-11-25', '2026-12-01')).toBe(true);
  });

  it('finds the day of a booking late in the evening in Paris but already the next day in UTC', () => {
    const late = { start: '2026-07-01T21:30:00Z', end: '2026-07-01T22:30:00Z' }; // 23:30 → 00:30 Paris (summer)
    expect(daySegment(late, '2026-07-01')).toMatchObject({ startMin: 23 * 60 + 30, endMin: 1440 });
    expect(daySegment(late, '2026-07-02')).toMatchObject({ startMin: 0, endMin: 30 });
  });

  it('puts overlapping events side by side and others full width', () => {
    const seg = (startMin: number, endMin: number) => ({ startMin, endMin, continuesBefore: false, continuesAfter: false });
    const placed = layoutDay([
      { item: 'a', segment: seg(540, 720) },
      { item: 'b', segment: seg(600, 660) },
      { item: 'c', segment: seg(720, 780) },
    ]);
    const by = Object.fromEntries(placed.map((p) => [p.item, [p.lane, p.lanes]]));
    expect(by).toEqual({ a: [0, 2], b: [1, 2], c: [0, 1] });
  });
});
