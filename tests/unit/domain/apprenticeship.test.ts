import { describe, expect, it } from 'vitest';
import {
  APPRENTICE_COUNT_DATE,
  ageOn,
  apprenticeCensusDate,
  checkContractRules,
  contractStatusOn,
  contractYearOn,
  isContractActiveOn,
  minimumPayPercent,
} from '../../../src/domain/apprenticeship';
import { academicYearOf } from '../../../src/domain/dates';

describe('ageOn', () => {
  it('gains a year on the birthday, not the day before', () => {
    expect(ageOn('2002-09-01', '2022-08-31')).toBe(19);
    expect(ageOn('2002-09-01', '2022-09-01')).toBe(20);
    expect(ageOn('2002-09-02', '2022-09-01')).toBe(19);
  });

  it('compares the month before the day', () => {
    expect(ageOn('2002-10-01', '2022-09-30')).toBe(19);
    expect(ageOn('2002-08-31', '2022-09-01')).toBe(20);
  });

  it('gives someone born on Feb 29 their year on Mar 1 in a common year', () => {
    expect(ageOn('2004-02-29', '2022-02-28')).toBe(17);
    expect(ageOn('2004-02-29', '2022-03-01')).toBe(18);
    expect(ageOn('2004-02-29', '2024-02-29')).toBe(20);
  });

  it('is 0 on the day of birth and negative before', () => {
    expect(ageOn('2004-05-10', '2004-05-10')).toBe(0);
    expect(ageOn('2004-05-10', '2004-05-09')).toBe(-1);
  });

  it('refuses malformed dates', () => {
    expect(() => ageOn('10/05/2004', '2022-09-01')).toThrow(RangeError);
  });
});

describe('checkContractRules: duration', () => {
  const birthDate = '2002-03-15';
  const start = '2022-09-01';
  const codes = (end: string) => checkContractRules({ birthDate, start, end }).map((i) => i.code);

  it('accepts the school\u2019s usual 3-year contract, end written either way', () => {
    expect(checkContractRules({ birthDate, start, end: '2025-08-31' })).toEqual([]);
    expect(checkContractRules({ birthDate, start, end: '2025-09-01' })).toEqual([]);
  });

  it('refuses anything longer than 3 years, naming the latest end', () => {
    const issues = checkContractRules({ birthDate, start, end: '2025-09-02' });
    expect(issues).toEqual([
      {
        field: 'end',
        code: 'too-long',
        message: "Un contrat d'apprentissage dure de 6 mois à 3 ans. Fin au plus tard le 01/09/2025.",
      },
    ]);
  });

  it('accepts exactly 6 months, end written either way, and refuses one day less', () => {
    expect(codes('2023-02-28')).toEqual([]);
    expect(codes('2023-03-01')).toEqual([]);
    const issues = checkContractRules({ birthDate, start, end: '2023-02-27' });
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ field: 'end', code: 'too-short' });
    expect(issues[0]?.message).toBe("Un contrat d'apprentissage dure de 6 mois à 3 ans. Fin au plus tôt le 28/02/2023.");
  });

  it('computes the 6-month minimum from a month end through a leap February', () => {
    // Aug 31 + 6 months = Feb 29 (2024 is a leap year), so the earliest end is Feb 28.
    expect(checkContractRules({ birthDate, start: '2023-08-31', end: '2024-02-28' })).toEqual([]);
    expect(checkContractRules({ birthDate, start: '2023-08-31', end: '2024-02-27' }).map((i) => i.code)).toEqual(['too-short']);
  });

  it('reports an end on or before the start, and only that', () => {
    expect(codes('2022-09-01')).toEqual(['end-before-start']);
    const issues = checkContractRules({ birthDate, start, end: '2022-08-01' });
    expect(issues).toEqual([{ field: 'end', code: 'end-before-start', message: 'La date de fin doit être postérieure à la date de début.' }]);
  });
});

describe('checkContractRules: age at the start date', () => {
  const start = '2022-09-01';
  const end = '2025-08-31';
  const issuesFor = (birthDate: string) => checkContractRules({ birthDate, start, end });

  it('accepts 29 years old, up to the day before the 30th birthday', () => {
    expect(issuesFor('1992-09-02')).toEqual([]);
  });

  it('refuses 30 years old, reached on the start date itself', () => {
    expect(issuesFor('1992-09-01')).toEqual([
      {
        field: 'birthDate',
        code: 'age-too-old',
        message: "L'apprenti·e doit avoir entre 16 et 29 ans au début du contrat (30 ans le 01/09/2022).",
      },
    ]);
  });

  it('words the message as the product expects', () => {
    const [issue] = checkContractRules({ birthDate: '1995-01-01', start: '2026-09-01', end: '2029-08-31' });
    expect(issue?.message).toBe("L'apprenti·e doit avoir entre 16 et 29 ans au début du contrat (31 ans le 01/09/2026).");
  });

  it('accepts 16 years old on the start date and refuses 15', () => {
    expect(issuesFor('2006-09-01')).toEqual([]);
    const issues = issuesFor('2006-09-02');
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ field: 'birthDate', code: 'age-too-young' });
    expect(issues[0]?.message).toContain('(15 ans le 01/09/2022)');
  });

  it('checks the age on the start date, not the end date', () => {
    // 29 at the start, 32 at the end: allowed.
    expect(issuesFor('1993-01-01')).toEqual([]);
  });

  it('reports a duration and an age problem together, the dates first', () => {
    const issues = checkContractRules({ birthDate: '1980-01-01', start, end: '2026-09-01' });
    expect(issues.map((i) => [i.field, i.code])).toEqual([
      ['end', 'too-long'],
      ['birthDate', 'age-too-old'],
    ]);
  });

  it('skips the rules whose dates are missing or malformed, for the form to report', () => {
    expect(checkContractRules({ birthDate: '', start, end })).toEqual([]);
    expect(checkContractRules({ birthDate: '1980-01-01', start: '2022-02-30', end })).toEqual([]);
    expect(checkContractRules({ birthDate: '1980-01-01', start, end: '' }).map((i) => i.code)).toEqual(['age-too-old']);
  });
});

describe('contractYearOn', () => {
  const start = '2022-09-01';

  it('changes on each anniversary of the start', () => {
    expect(contractYearOn(start, '2022-09-01')).toBe(1);
    expect(contractYearOn(start, '2023-08-31')).toBe(1);
    expect(contractYearOn(start, '2023-09-01')).toBe(2);
    expect(contractYearOn(start, '2024-08-31')).toBe(2);
    expect(contractYearOn(start, '2024-09-01')).toBe(3);
  });

  it('clamps to 1..3', () => {
    expect(contractYearOn(start, '2022-01-01')).toBe(1);
    expect(contractYearOn(start, '2025-09-01')).toBe(3);
    expect(contractYearOn(start, '2031-01-01')).toBe(3);
  });
});

describe('minimumPayPercent', () => {
  // [age, year 1, year 2, year 3], at both edges of each band.
  const table: [number, number, number, number][] = [
    [16, 27, 39, 55],
    [17, 27, 39, 55],
    [18, 43, 51, 67],
    [20, 43, 51, 67],
    [21, 53, 61, 78],
    [25, 53, 61, 78],
    [26, 100, 100, 100],
    [29, 100, 100, 100],
  ];

  it.each(table)('at %i years old: %i / %i / %i %% of the SMIC', (age, y1, y2, y3) => {
    expect(minimumPayPercent(age, 1)).toBe(y1);
    expect(minimumPayPercent(age, 2)).toBe(y2);
    expect(minimumPayPercent(age, 3)).toBe(y3);
  });

  it('composes with ageOn and contractYearOn', () => {
    // Born 2004-03-15, contract from 2022-09-01: 18 and in year 2 on 2024-01-10.
    const on = '2024-01-10';
    expect(minimumPayPercent(ageOn('2004-03-15', on), contractYearOn('2022-09-01', on))).toBe(51);
  });
});

describe('isContractActiveOn / contractStatusOn', () => {
  const running = { start: '2022-09-01', end: '2025-08-31', brokenOffOn: null };
  const broken = { start: '2022-09-01', end: '2025-08-31', brokenOffOn: '2023-02-15' };

  it('is active from the start day to the end day inclusive', () => {
    expect(isContractActiveOn(running, '2022-08-31')).toBe(false);
    expect(isContractActiveOn(running, '2022-09-01')).toBe(true);
    expect(isContractActiveOn(running, '2025-08-31')).toBe(true);
    expect(isContractActiveOn(running, '2025-09-01')).toBe(false);
  });

  it('stops being active on the day of the break-off', () => {
    expect(isContractActiveOn(broken, '2023-02-14')).toBe(true);
    expect(isContractActiveOn(broken, '2023-02-15')).toBe(false);
    expect(isContractActiveOn(broken, '2024-01-01')).toBe(false);
  });

  it('reports the status as it stood on the date', () => {
    expect(contractStatusOn(running, '2022-08-01')).toBe('active');
    expect(contractStatusOn(running, '2025-08-31')).toBe('active');
    expect(contractStatusOn(running, '2025-09-01')).toBe('completed');
    expect(contractStatusOn(broken, '2023-02-14')).toBe('active');
    expect(contractStatusOn(broken, '2023-02-15')).toBe('broken-off');
    expect(contractStatusOn(broken, '2026-01-01')).toBe('broken-off');
  });

  it('treats a break-off on the last day as a break-off, and one after the end as void', () => {
    const lastDay = { ...running, brokenOffOn: '2025-08-31' };
    expect(contractStatusOn(lastDay, '2025-08-31')).toBe('broken-off');
    expect(isContractActiveOn(lastDay, '2025-08-31')).toBe(false);
    const late = { ...running, brokenOffOn: '2025-10-01' };
    expect(contractStatusOn(late, '2025-09-15')).toBe('completed');
    expect(contractStatusOn(late, '2025-10-02')).toBe('completed');
  });

  it('counts the 3 cohorts on the census date of 2022–23', () => {
    const census = apprenticeCensusDate(2022);
    const cohorts = [2019, 2020, 2021, 2022, 2023].map((y) => ({ start: `${y}-09-01`, end: `${y + 3}-08-31`, brokenOffOn: null }));
    expect(cohorts.map((c) => isContractActiveOn(c, census))).toEqual([false, true, true, true, false]);
  });
});

describe('apprenticeCensusDate', () => {
  it('is 1 October of the academic year\u2019s first year', () => {
    expect(apprenticeCensusDate(2022)).toBe('2022-10-01');
    expect(academicYearOf(apprenticeCensusDate(2022))).toBe(2022);
    expect(APPRENTICE_COUNT_DATE(2023)).toBe('2023-10-01');
  });
});
