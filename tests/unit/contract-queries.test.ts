import { describe, expect, it } from 'vitest';
import { ContractListQuery, parseQuery, PartnerListQuery } from '@/contract/queries';

describe('list queries from the URL', () => {
  it('reads one cohort, several cohorts, or a comma list, and drops junk', () => {
    expect(parseQuery(ContractListQuery, new URLSearchParams('cohort=2022')).cohort).toEqual([2022]);
    expect(parseQuery(ContractListQuery, new URLSearchParams('cohort=2020&cohort=2022')).cohort).toEqual([2020, 2022]);
    expect(parseQuery(ContractListQuery, new URLSearchParams('cohort=2020,abc,2021')).cohort).toEqual([2020, 2021]);
  });

  it('falls back to defaults on malformed parameters', () => {
    const q = parseQuery(PartnerListQuery, new URLSearchParams('page=-2&pageSize=x&sort=zzz&sector=nope&order=up&inactiveMonths=abc'));
    expect(q).toMatchObject({ page: 1, pageSize: 50, sort: 'name', order: 'asc', sector: [], inactiveMonths: undefined });
  });
});
