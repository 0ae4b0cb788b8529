import { describe, expect, it } from 'vitest';
import { PartnerListQuery } from '@/contract/queries';
import { activeChips, addTag, CLEARED_FILTERS, effectivePageSize, hasActiveFilters } from '@/features/partners/lib/list-filters';
import type { ChipLabels } from '@/features/partners/lib/list-filters';

const defaults = PartnerListQuery.parse({});
const labels: ChipLabels = {
  name: (k) => `[${k}]`,
  value: (k, v) => `${k}=${v}`,
  inactive: (m) => `inactive ${m}`,
  archived: (a) => `archived ${a}`,
};

describe('companies list filters', () => {
  it('sees no filter in the default query, and every kind of filter otherwise', () => {
    expect(hasActiveFilters(defaults)).toBe(false);
    expect(hasActiveFilters({ ...defaults, sort: 'city', order: 'desc', page: 3, pageSize: 25 })).toBe(false);
    for (const patch of [{ q: 'alès' }, { sector: ['sante'] }, { tag: ['chaire'] }, { hostsApprentices: true }, { inactiveMonths: 6 }, { archived: 'only' }] as const) {
      expect(hasActiveFilters({ ...defaults, ...patch } as PartnerListQuery)).toBe(true);
    }
    const filtered: PartnerListQuery = { ...defaults, sector: ['sante'], inactiveMonths: 3 };
    expect(hasActiveFilters({ ...filtered, ...CLEARED_FILTERS })).toBe(false);
  });

  it('gives one chip per value, whose removal drops only that value', () => {
    const query = { ...defaults, q: 'nîmes', sector: ['sante', 'nucleaire'], owner: ['u-1'], inactiveMonths: 12, archived: 'include' } as PartnerListQuery;
    const chips = activeChips(query, labels);
    expect(chips.map((c) => c.label)).toEqual([
      '[q] : « nîmes »',
      '[sector] : sector=sante',
      '[sector] : sector=nucleaire',
      '[owner] : owner=u-1',
      'inactive 12',
      '[archived] : archived include',
    ]);
    expect(chips[1]!.patch).toEqual({ sector: ['nucleaire'] });
    expect(chips[0]!.patch).toEqual({ q: '' });
    expect(chips.at(-1)!.patch).toEqual({ archived: 'exclude' });
    expect(new Set(chips.map((c) => c.id)).size).toBe(chips.length);
  });

  it('adds a typed tag once, whatever its case', () => {
    expect(addTag(['Marcoule'], '  chaire ')).toEqual(['Marcoule', 'chaire']);
    expect(addTag(['Marcoule'], 'marcoule')).toEqual(['Marcoule']);
    expect(addTag(['Marcoule'], '   ')).toEqual(['Marcoule']);
  });

  it('keeps the page size to the offered choices', () => {
    expect(effectivePageSize(25)).toBe(25);
    expect(effectivePageSize(100)).toBe(100);
    expect(effectivePageSize(100_000)).toBe(50);
    expect(effectivePageSize(7)).toBe(50);
  });
});
