import { describe, expect, it } from 'vitest';
import type { ContractRow } from '@/contract/api';
import { censusMatrix, cohortSeries, hostRanking, shareSeries } from '@/features/apprentices/lib/census';
import { cohortSpan, cohortChoices } from '@/features/apprentices/lib/cohort-label';
import { changedFields, defaultEnd, draftToInput, emptyDraft, nextFirstSeptember, payBand, requiredErrors, ruleErrors, serverErrors } from '@/features/apprentices/lib/contract-form';
import { hasActiveFilters, pageQueryToParams, parsePageQuery, patchList } from '@/features/apprentices/lib/page-query';
import { cohortChartTakeaway, shareChartTakeaway } from '@/features/apprentices/lib/takeaways';

let n = 0;
function contract(over: Partial<ContractRow> = {}): ContractRow {
  const cohortYear = over.cohortYear ?? 2022;
  n++;
  return {
    id: `ac-${n}`,
    apprenticeFirstName: 'A',
    apprenticeLastName: `B${n}`,
    birthDate: '2002-01-01',
    speciality: 'cmc',
    cohortYear,
    partnerId: 'p-1',
    tutorContactId: null,
    start: `${cohortYear}-09-01`,
    end: `${cohortYear + 3}-08-31`,
    brokenOffOn: null,
    status: 'active',
    synthetic: true,
    version: 1,
    partnerName: 'Alpha',
    tutorName: null,
    ...over,
  };
}

const fr = {
  number: (v: number) => new Intl.NumberFormat('fr-FR').format(v),
  percent: (v: number) => new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 }).format(v),
  change: (v: number) => new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(v),
};

describe('page query (the URL)', () => {
  it('reads a single cohort, which the contract schema drops', () => {
    expect(parsePageQuery(new URLSearchParams('cohort=2022')).list.cohort).toEqual([2022]);
    expect(parsePageQuery(new URLSearchParams('cohort=2022&cohort=2020,abc')).list.cohort).toEqual([2020, 2022]);
  });

  it('shows contracts in progress by default, everything with status=all', () => {
    expect(parsePageQuery(new URLSearchParams('')).list.status).toEqual(['active']);
    expect(parsePageQuery(new URLSearchParams('status=all')).list.status).toEqual([]);
    expect(parsePageQuery(new URLSearchParams('status=completed&status=broken-off')).list.status).toEqual(['completed', 'broken-off']);
    expect(parsePageQuery(new URLSearchParams('status=nope')).list.status).toEqual(['active']);
  });

  it('falls back to defaults on bad values', () => {
    const { list, year } = parsePageQuery(new URLSearchParams('sort=zzz&order=up&page=-2&pageSize=abc&year=soon&endingWithinDays=x&speciality=peinture'));
    expect([list.sort, list.order, list.page, list.pageSize, year, list.endingWithinDays, list.speciality]).toEqual(['end', 'asc', 1, 50, undefined, undefined, []]);
  });

  it('writes back only what differs from the defaults, and round-trips', () => {
    const q = parsePageQuery(new URLSearchParams('cohort=2022&speciality=mecatronique&status=all&year=2022&endingWithinDays=90&sort=apprentice'));
    const params = pageQueryToParams(q);
    expect(params.toString()).toBe('cohort=2022&speciality=mecatronique&endingWithinDays=90&sort=apprentice&status=all&year=2022');
    expect(parsePageQuery(params)).toEqual(q);
    expect(pageQueryToParams(parsePageQuery(new URLSearchParams(''))).toString()).toBe('');
  });

  it('goes back to page 1 on any change but a page change', () => {
    const { list } = parsePageQuery(new URLSearchParams('page=4'));
    expect(patchList(list, { q: 'x' }).page).toBe(1);
    expect(patchList(list, { page: 7 }).page).toBe(7);
    expect(hasActiveFilters(list)).toBe(false);
    expect(hasActiveFilters(patchList(list, { endingWithinDays: 90 }))).toBe(true);
  });
});

describe('census figures', () => {
  it('counts the contracts active on 1 October by cohort and speciality', () => {
    const rows = [
      contract({ cohortYear: 2020 }),
      contract({ cohortYear: 2021, speciality: 'mecatronique' }),
      contract({ cohortYear: 2022, speciality: 'informatique-reseaux' }),
      contract({ cohortYear: 2022 }),
      contract({ cohortYear: 2019 }), // ended on 31 August 2022
      contract({ cohortYear: 2021, brokenOffOn: '2022-06-01' }),
      contract({ cohortYear: 2022, brokenOffOn: '2022-10-01' }), // the day of a break-off is not worked
    ];
    const m = censusMatrix(rows, 2022);
    expect(m.date).toBe('2022-10-01');
    expect(m.total).toBe(4);
    expect(m.rows.map((r) => [r.cohort, r.total])).toEqual([[2020, 1], [2021, 1], [2022, 2]]);
    expect(m.totals).toEqual({ cmc: 2, 'informatique-reseaux': 1, mecatronique: 1 });
  });

  it('ranks host companies, ties sharing a rank, then by name', () => {
    const rows = [
      ...[1, 2, 3].map(() => contract({ partnerId: 'p-b', partnerName: 'Bêta' })),
      ...[1, 2, 3].map(() => contract({ partnerId: 'p-a', partnerName: 'Alpha' })),
      contract({ partnerId: 'p-c', partnerName: 'Gamma' }),
      contract({ partnerId: 'p-d', partnerName: 'Delta', cohortYear: 2018 }),
    ];
    expect(hostRanking(rows, 2022).map((h) => [h.rank, h.name, h.apprentices])).toEqual([[1, 'Alpha', 3], [1, 'Bêta', 3], [3, 'Gamma', 1]]);
    expect(hostRanking(rows, 2022, 2)).toHaveLength(2);
  });

  it('lists every cohort, an empty one included, with its specialities', () => {
    const series = cohortSeries([contract({ cohortYear: 2020 }), contract({ cohortYear: 2022, speciality: 'mecatronique' }), contract({ cohortYear: 2022 })]);
    expect(series.map((r) => [r.cohort, r.total])).toEqual([[2020, 1], [2021, 0], [2022, 2]]);
    expect(series[2]!.counts).toEqual({ cmc: 1, 'informatique-reseaux': 0, mecatronique: 1 });
    expect(cohortSeries([])).toEqual([]);
  });

  it('says the selected cohort’s size against the one before', () => {
    const series = cohortSeries([...Array.from({ length: 4 }, () => contract({ cohortYear: 2021 })), ...Array.from({ length: 5 }, () => contract({ cohortYear: 2022 }))]);
    expect(cohortChartTakeaway(series, 2022, fr)).toEqual({ key: 'apprentices.cohortChart.takeaway', vars: { cohort: '2022', count: '5', change: fr.change(0.25), previous: '2021' } });
    expect(cohortChartTakeaway(series, 2021, fr).key).toBe('apprentices.cohortChart.takeawayFirst');
    expect(cohortChartTakeaway(series, 2030, fr).key).toBe('apprentices.cohortChart.takeawayNone');
  });

  it('computes the apprentices’ share of students and says it for the year', () => {
    const series = shareSeries([
      { year: 2023, students: 1500, apprentices: 443 },
      { year: 2022, students: 1400, apprentices: 420 },
      { year: 2007, students: 0, apprentices: 0 },
    ]);
    expect(series.map((r) => r.year)).toEqual([2007, 2022, 2023]);
    expect(series[1]!.share).toBeCloseTo(0.3);
    expect(shareChartTakeaway(series, 2022, fr)).toEqual({
      key: 'apprentices.shareChart.takeaway',
      vars: { apprentices: '420', year: '2022–23', share: fr.percent(0.3), students: fr.number(1400) },
    });
    expect(shareChartTakeaway(series, 2007, fr).key).toBe('apprentices.shareChart.takeawayNone');
  });

  it('writes a cohort as its span of years', () => {
    expect(cohortSpan({ cohortYear: 2022, end: '2025-08-31' })).toBe('2022–25');
    expect(cohortSpan({ cohortYear: 2099, end: '2100-02-28' })).toBe('2099–00');
    expect(cohortChoices(2026)).toEqual(Array.from({ length: 20 }, (_, i) => 2008 + i));
  });
});

describe('contract form', () => {
  it('starts on the next 1 September and ends 3 years less a day later', () => {
    expect(nextFirstSeptember('2026-11-26')).toBe('2027-09-01');
    expect(nextFirstSeptember('2027-03-02')).toBe('2027-09-01');
    expect(nextFirstSeptember('2027-09-01')).toBe('2027-09-01');
    expect(defaultEnd('2027-09-01')).toBe('2030-08-31');
    expect(defaultEnd('2028-02-29')).toBe('2031-02-27');
    expect(emptyDraft('2026-11-26')).toMatchObject({ start: '2027-09-01', end: '2030-08-31', tutorContactId: '' });
  });

  it('gives the minimum pay band by age at the start, for the years the contract lasts', () => {
    expect(payBand('2006-03-10', '2027-09-01', '2030-08-31')).toEqual({ age: 21, percents: [53, 61, 78] });
    expect(payBand('2010-09-02', '2027-09-01', '2030-08-31')).toEqual({ age: 16, percents: [27, 39, 55] });
    expect(payBand('2009-09-01', '2027-09-01', '2030-08-31')).toEqual({ age: 18, percents: [43, 51, 67] });
    expect(payBand('2001-09-01', '2027-09-01', '2029-08-31')).toEqual({ age: 26, percents: [100, 100] });
    expect(payBand('1996-01-15', '2027-09-01', '2030-08-31')).toBeNull();
    expect(payBand('', '2027-09-01', '2030-08-31')).toBeNull();
  });

  it('puts each rule on its field, and says what is missing', () => {
    expect(ruleErrors({ birthDate: '1996-01-15', start: '2027-09-01', end: '2031-08-31' })).toEqual({
      birthDate: "L'apprenti·e doit avoir entre 16 et 29 ans au début du contrat (31 ans le 01/09/2027).",
      end: "Un contrat d'apprentissage dure de 6 mois à 3 ans. Fin au plus tard le 01/09/2030.",
    });
    const m = { required: 'req', date: 'date', host: 'host', speciality: 'spec' };
    expect(requiredErrors(emptyDraft('2026-11-26'), m)).toEqual({ apprenticeFirstName: 'req', apprenticeLastName: 'req', birthDate: 'date', speciality: 'spec', partnerId: 'host' });
  });

  it('sends only what changed, and reads the server’s field errors', () => {
    const before = draftToInput({ ...emptyDraft('2026-11-26'), apprenticeFirstName: ' Léa ', apprenticeLastName: 'Roux', speciality: 'cmc', birthDate: '2006-01-01', partner: { id: 'p-1', name: 'A' } });
    expect(before.apprenticeFirstName).toBe('Léa');
    expect(before.tutorContactId).toBeNull();
    expect(changedFields(before, { ...before, end: '2030-06-30', tutorContactId: 'ct-1' })).toEqual({ end: '2030-06-30', tutorContactId: 'ct-1' });
    expect(serverErrors([{ field: 'tutorContactId', message: 'T' }, { field: 'brokenOffOn', message: 'B' }])).toEqual({ fields: { tutorContactId: 'T' }, other: ['B'] });
  });
});
