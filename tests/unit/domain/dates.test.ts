import { describe, expect, it } from 'vitest';
import {
  academicYearLabel,
  academicYearOf,
  addDays,
  addMonths,
  addYears,
  daysInMonth,
  diffDays,
  formatFrDate,
  isIsoDate,
  isLeapYear,
  monthsBetween,
  parseIsoDate,
  toIsoDate,
} from '../../../src/domain/dates';

describe('parseIsoDate / toIsoDate', () => {
  it('reads a date as UTC midnight', () => {
    expect(parseIsoDate('2022-09-01').toISOString()).toBe('2022-09-01T00:00:00.000Z');
  });

  it('round-trips, including Feb 29 of a leap year', () => {
    for (const d of ['2022-09-01', '2024-02-29', '1999-12-31', '2000-01-01']) {
      expect(toIsoDate(parseIsoDate(d))).toBe(d);
    }
  });

  it('formats from the UTC day, whatever the time of day', () => {
    expect(toIsoDate(new Date('2022-08-31T23:59:59.999Z'))).toBe('2022-08-31');
    expect(toIsoDate(new Date('2022-09-01T00:30:00+02:00'))).toBe('2022-08-31');
  });

  it('keeps years below 100 instead of mapping them to the 1900s', () => {
    expect(toIsoDate(parseIsoDate('0050-03-01'))).toBe('0050-03-01');
  });

  it('rejects dates that do not exist and other formats', () => {
    for (const bad of ['2023-02-29', '2022-13-01', '2022-04-31', '2022-00-10', '2022-9-1', '01/09/2022', '2022-09-01T00:00:00Z', '']) {
      expect(() => parseIsoDate(bad), bad).toThrow(RangeError);
      expect(isIsoDate(bad), bad).toBe(false);
    }
    expect(() => toIsoDate(new Date('nope'))).toThrow(RangeError);
  });

  it('isIsoDate accepts real days', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
  });
});

describe('leap years', () => {
  it('follows the Gregorian rule', () => {
    expect(isLeapYear(2024)).toBe(true);
    expect(isLeapYear(2023)).toBe(false);
    expect(isLeapYear(1900)).toBe(false);
    expect(isLeapYear(2000)).toBe(true);
  });

  it('daysInMonth', () => {
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2023, 2)).toBe(28);
    expect(daysInMonth(2023, 4)).toBe(30);
    expect(daysInMonth(2023, 8)).toBe(31);
    expect(daysInMonth(2023, 12)).toBe(31);
  });
});

describe('addDays', () => {
  it('crosses month, year and leap-day boundaries', () => {
    expect(addDays('2022-08-31', 1)).toBe('2022-09-01');
    expect(addDays('2022-12-31', 1)).toBe('2023-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('walks every day of a leap year, one calendar day per step', () => {
    // Covers Feb 29 and the two daylight-saving changes of Paris (which only bite under TZ=Europe/Paris).
    let day = '2024-01-01';
    const seen = new Set<string>();
    for (let i = 0; i < 366; i++) {
      seen.add(day);
      const next = addDays(day, 1);
      expect(diffDays(next, day)).toBe(1);
      day = next;
    }
    expect(day).toBe('2025-01-01');
    expect(seen.size).toBe(366);
    expect(seen.has('2024-02-29')).toBe(true);
    expect(addDays('2024-03-30', 2)).toBe('2024-04-01');
    expect(addDays('2024-10-26', 2)).toBe('2024-10-28');
  });

  it('adds zero and large counts', () => {
    expect(addDays('2022-09-01', 0)).toBe('2022-09-01');
    expect(addDays('2022-09-01', 365)).toBe('2023-09-01');
    expect(addDays('2023-09-01', 365)).toBe('2024-08-31');
  });
});

describe('addMonths / addYears', () => {
  it('clamps to the last day of a shorter month', () => {
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-03-31', 1)).toBe('2023-04-30');
    expect(addMonths('2023-03-31', -1)).toBe('2023-02-28');
  });

  it('crosses years both ways', () => {
    expect(addMonths('2022-09-01', 6)).toBe('2023-03-01');
    expect(addMonths('2022-11-15', 14)).toBe('2024-01-15');
    expect(addMonths('2023-01-15', -1)).toBe('2022-12-15');
    expect(addMonths('2023-01-15', -13)).toBe('2021-12-15');
    expect(addMonths('2023-01-15', 0)).toBe('2023-01-15');
  });

  it('does not carry a clamp over to later months', () => {
    // Two steps of one month lose the 31st; one step of two months keeps it.
    expect(addMonths(addMonths('2023-01-31', 1), 1)).toBe('2023-03-28');
    expect(addMonths('2023-01-31', 2)).toBe('2023-03-31');
  });

  it('moves Feb 29 to Feb 28 in a common year, and keeps it in a leap year', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2024-02-29', -4)).toBe('2020-02-29');
    expect(addYears('2022-09-01', 3)).toBe('2025-09-01');
  });
});

describe('diffDays', () => {
  it('is a − b, signed', () => {
    expect(diffDays('2022-09-01', '2022-08-31')).toBe(1);
    expect(diffDays('2022-08-31', '2022-09-01')).toBe(-1);
    expect(diffDays('2022-09-01', '2022-09-01')).toBe(0);
  });

  it('counts the leap day', () => {
    expect(diffDays('2024-03-01', '2024-02-28')).toBe(2);
    expect(diffDays('2023-03-01', '2023-02-28')).toBe(1);
    expect(diffDays('2025-01-01', '2024-01-01')).toBe(366);
    expect(diffDays('2024-01-01', '2023-01-01')).toBe(365);
  });
});

describe('academic year', () => {
  it('switches between Aug 31 and Sept 1', () => {
    expect(academicYearOf('2023-08-31')).toBe(2022);
    expect(academicYearOf('2023-09-01')).toBe(2023);
    expect(academicYearOf('2022-09-01')).toBe(2022);
    expect(academicYearOf('2023-01-01')).toBe(2022);
    expect(academicYearOf('2022-12-31')).toBe(2022);
  });

  it('labels with an en dash and two digits for the second year', () => {
    expect(academicYearLabel(2022)).toBe('2022\u201323');
    expect(academicYearLabel(2009)).toBe('2009\u201310');
    expect(academicYearLabel(1999)).toBe('1999\u201300');
    expect(academicYearLabel(2000)).toBe('2000\u201301');
  });
});

describe('monthsBetween', () => {
  it('counts whole months only', () => {
    expect(monthsBetween('2022-09-01', '2023-03-01')).toBe(6);
    expect(monthsBetween('2022-09-01', '2023-02-28')).toBe(5);
    expect(monthsBetween('2022-09-01', '2025-08-31')).toBe(35);
    expect(monthsBetween('2022-09-01', '2025-09-01')).toBe(36);
    expect(monthsBetween('2022-09-15', '2022-09-30')).toBe(0);
  });

  it('is negative and antisymmetric when b is before a', () => {
    expect(monthsBetween('2023-03-01', '2022-09-01')).toBe(-6);
    expect(monthsBetween('2023-02-28', '2022-09-01')).toBe(-5);
    expect(monthsBetween('2022-09-01', '2022-09-01')).toBe(0);
  });

  it('agrees with addMonths at month ends', () => {
    expect(monthsBetween('2023-01-31', '2023-02-28')).toBe(1);
    expect(monthsBetween('2023-01-31', '2023-02-27')).toBe(0);
    expect(monthsBetween('2024-01-31', '2024-02-28')).toBe(0);
    expect(monthsBetween('2024-01-31', '2024-02-29')).toBe(1);
    expect(monthsBetween('2023-03-31', '2023-04-30')).toBe(1);
  });
});

describe('formatFrDate', () => {
  it('writes dd/mm/yyyy', () => {
    expect(formatFrDate('2026-09-01')).toBe('01/09/2026');
    expect(formatFrDate('2024-12-25')).toBe('25/12/2024');
  });
});
