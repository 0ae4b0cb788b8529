import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, endOfWeek, relativeDay, todayIso } from '@/features/tasks/lib/dates';
import { groupOf, groupTasks } from '@/features/tasks/lib/group-tasks';

// The dataset's today: Thursday 26 November 2026.
const TODAY = '2026-11-26';

describe('grouping follow-ups by due date', () => {
  it('puts tasks in overdue, today, this week (until Sunday) and later, keeping their order', () => {
    const tasks = [
      { id: 'a', due: '2026-10-12' },
      { id: 'b', due: '2026-11-25' },
      { id: 'c', due: '2026-11-26' },
      { id: 'd', due: '2026-11-27' },
      { id: 'e', due: '2026-11-29' },
      { id: 'f', due: '2026-11-30' },
      { id: 'g', due: '2027-03-01' },
    ];
    const groups = groupTasks(tasks, TODAY);
    expect(groups.overdue.map((t) => t.id)).toEqual(['a', 'b']);
    expect(groups.today.map((t) => t.id)).toEqual(['c']);
    expect(groups.week.map((t) => t.id)).toEqual(['d', 'e']);
    expect(groups.later.map((t) => t.id)).toEqual(['f', 'g']);
  });

  it('answers four empty groups for no task', () => {
    expect(groupTasks([], TODAY)).toEqual({ overdue: [], today: [], week: [], later: [] });
  });

  it('on a Sunday, this week is empty: Monday already belongs to the next week', () => {
    const sunday = '2026-11-29';
    expect(groupOf('2026-11-29', sunday)).toBe('today');
    expect(groupOf('2026-11-30', sunday)).toBe('later');
    expect(groupOf('2026-11-28', sunday)).toBe('overdue');
  });

  it('on a Monday, this week runs to the coming Sunday', () => {
    const monday = '2026-11-30';
    expect(groupOf('2026-12-06', monday)).toBe('week');
    expect(groupOf('2026-12-07', monday)).toBe('later');
  });

  it('crosses month and year ends without losing a day', () => {
    // Wednesday 30 December 2026: the week ends on Sunday 3 January 2027.
    expect(groupOf('2026-12-31', '2026-12-30')).toBe('week');
    expect(groupOf('2027-01-03', '2026-12-30')).toBe('week');
    expect(groupOf('2027-01-04', '2026-12-30')).toBe('later');
    // Saturday 28 February 2026 (not a leap year): Sunday is 1 March.
    expect(groupOf('2026-03-01', '2026-02-28')).toBe('week');
    expect(groupOf('2026-03-02', '2026-02-28')).toBe('later');
    // Leap year 2028: Thursday 24 February → Sunday 27; Monday 28 → Sunday 5 March over the 29th.
    expect(endOfWeek('2028-02-24')).toBe('2028-02-27');
    expect(endOfWeek('2028-02-28')).toBe('2028-03-05');
  });
});

describe('calendar helpers', () => {
  it('adds days and counts them across month, year and leap-day boundaries', () => {
    expect(addDays(TODAY, 7)).toBe('2026-12-03');
    expect(addDays('2026-12-28', 7)).toBe('2027-01-04');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(daysBetween(TODAY, '2026-11-29')).toBe(3);
    expect(daysBetween(TODAY, '2026-11-24')).toBe(-2);
    // Across the October clock change in France: still whole days.
    expect(daysBetween('2026-10-24', '2026-10-26')).toBe(2);
  });

  it('takes today from the local calendar day of the clock', () => {
    expect(todayIso(new Date(2026, 10, 26, 0, 30))).toBe('2026-11-26');
    expect(todayIso(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31');
  });

  it('says how far a due date is, in French and English', () => {
    expect(relativeDay('fr', 3)).toBe('dans 3 jours');
    expect(relativeDay('fr', -2)).toBe('il y a 2 jours');
    expect(relativeDay('fr', 1)).toBe('demain');
    expect(relativeDay('fr', 0)).toBe('aujourd’hui');
    expect(relativeDay('fr', 61)).toBe('dans 2 mois');
    expect(relativeDay('en', -1)).toBe('yesterday');
  });
});
