import { describe, expect, it } from 'vitest';
import { sortRows } from '../../../src/domain/sort';
import { idSequence, Table } from '../../../mocks/store/table';
import { companyKey, fold, levenshtein, matchesAll, searchTokens, similarCompanyKeys } from '../../../src/domain/text';

describe('text matching', () => {
  it('folds case, accents and ligatures', () => {
    expect(fold('Société ŒUVRES d’Alès')).toBe('societe oeuvres d’ales');
    expect(matchesAll(fold('Cévennes Énergie — Alès'), searchTokens('energie  CEVENNES'))).toBe(true);
  });

  it('reads digits typed in groups as one identifier', () => {
    expect(searchTokens('200 034 528')).toEqual(['200034528']);
    expect(searchTokens('Lot 10')).toEqual(['lot', '10']);
  });

  it('keys company names without legal form, accents or filler words', () => {
    expect(companyKey('S.A.S. Société des Fonderies d’Alès')).toBe('societe fonderies ales');
    expect(companyKey('Fonderies d’Alès SARL')).toBe('fonderies ales');
  });

  it('finds similar names: same words in any order, or two typos at most', () => {
    expect(similarCompanyKeys(companyKey('Mécanique Générale Alésienne'), companyKey('SAS Mecanique generale alesienne'))).toBe(true);
    expect(similarCompanyKeys(companyKey('Alès Chimie Fine'), companyKey('Chimie Fine Alès'))).toBe(true);
    expect(similarCompanyKeys(companyKey('Mécanique Générale'), companyKey('Mécaniqe Génerale'))).toBe(true);
    expect(similarCompanyKeys(companyKey('Mécanique Générale'), companyKey('Électronique Générale'))).toBe(false);
    expect(similarCompanyKeys('abc', 'abd')).toBe(false);
    expect(levenshtein('kitten', 'sitting', 5)).toBe(3);
    expect(levenshtein('kitten', 'sitting', 1)).toBe(2);
  });
});

describe('sorting', () => {
  it('uses French collation, keeps empty values last both ways, and is stable', () => {
    const rows = [
      { id: 1, name: 'Zéphyr' },
      { id: 2, name: 'école' },
      { id: 3, name: null },
      { id: 4, name: 'Lot 10' },
      { id: 5, name: 'Lot 9' },
      { id: 6, name: 'Ecole' },
    ];
    const asc = sortRows(rows, (r) => r.name, 'asc', { collate: true }).map((r) => r.id);
    expect(asc).toEqual([2, 6, 5, 4, 1, 3]);
    const desc = sortRows(rows, (r) => r.name, 'desc', { collate: true }).map((r) => r.id);
    expect(desc).toEqual([1, 4, 5, 2, 6, 3]);
  });

  it('breaks ties with the tie-break before the original order', () => {
    const rows = [
      { id: 'a', n: 1, rank: 2 },
      { id: 'b', n: 1, rank: 1 },
      { id: 'c', n: 0, rank: 3 },
    ];
    expect(sortRows(rows, (r) => r.n, 'desc', { tieBreak: (r) => r.rank }).map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });
});

describe('tables', () => {
  it('keeps the indexes right through inserts, moves and removals', () => {
    const rows = [
      { id: 'x-1', partnerId: 'p-1' },
      { id: 'x-2', partnerId: 'p-1' },
    ];
    const table = new Table(rows, { partner: (r) => r.partnerId });
    expect(table.by('partner', 'p-1').map((r) => r.id)).toEqual(['x-1', 'x-2']);
    table.insert({ id: 'x-3', partnerId: 'p-2' });
    table.update(table.get('x-1')!, { partnerId: 'p-2' });
    expect(table.by('partner', 'p-1').map((r) => r.id)).toEqual(['x-2']);
    expect(table.by('partner', 'p-2').map((r) => r.id)).toEqual(['x-3', 'x-1']);
    table.remove('x-3');
    expect(table.by('partner', 'p-2').map((r) => r.id)).toEqual(['x-1']);
    expect(table.get('x-3')).toBeUndefined();
    expect(rows.map((r) => r.id)).toEqual(['x-1', 'x-2']);
  });

  it('indexes a row under several keys', () => {
    const table = new Table([{ id: 'e-1', partnerIds: ['p-1', 'p-2'] }], { partner: (e) => e.partnerIds });
    expect(table.by('partner', 'p-2')).toHaveLength(1);
    table.update(table.get('e-1')!, { partnerIds: ['p-1'] });
    expect(table.by('partner', 'p-2')).toHaveLength(0);
  });

  it('continues the numbering of existing ids', () => {
    const next = idSequence([{ id: 'p-00009' }, { id: 'p-00012' }], 'p');
    expect(next()).toBe('p-00013');
    expect(next()).toBe('p-00014');
    expect(idSequence([], 'tx')()).toBe('tx-000001');
  });
});
