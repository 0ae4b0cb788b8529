import { describe, expect, it } from 'vitest';
import type { EquipmentListItem } from '@/contract/api';
import type { UtilisationStats } from '@/contract/stats';
import { translate } from '@/lib/i18n';
import type { I18n, MessageKey, Vars } from '@/lib/i18n';
import { formatEuros, formatNumber, formatPercent } from '@/lib/format';
import { bookingInput, validateBooking, validateMaintenance } from '@/features/equipment/lib/booking-form';
import { CatalogueQuery, filterAndSort } from '@/features/equipment/lib/catalogue';
import { catalogueTakeaway, monthsTakeaway, partnersTakeaway, sectorsTakeaway, topPartners } from '@/features/equipment/lib/takeaways';
import { parseQuery } from '@/contract/queries';

const i18n: Pick<I18n, 't' | 'number' | 'percent' | 'euros' | 'locale'> = {
  locale: 'fr',
  t: (key: MessageKey, vars?: Vars) => translate('fr', key, vars),
  number: (v, d) => formatNumber('fr', v, d),
  percent: (v, d) => formatPercent('fr', v, d),
  euros: (v, c) => formatEuros('fr', v, c),
};
const fold = (s: string | undefined) => s?.replace(/[\u202f\u00a0]/g, ' ');

const item = (over: Partial<EquipmentListItem>): EquipmentListItem => ({
  id: 'eq',
  name: 'X',
  platform: 'P',
  researchUnit: 'PCH',
  category: 'fire',
  description: '',
  rateUnit: 'hour',
  rate: 100,
  openToCompanies: true,
  synthetic: true,
  utilisation12m: 0.1,
  nextFreeSlot: '2026-12-01T08:00:00.000Z',
  ...over,
});

describe('equipment catalogue — filters and sort', () => {
  const items = [
    item({ id: 'a', name: 'Hall feu', rateUnit: 'day', rate: 4800, utilisation12m: 0.3, researchUnit: 'LSR', nextFreeSlot: null }),
    item({ id: 'b', name: 'Calorimètre', rate: 240, utilisation12m: 0.5, nextFreeSlot: '2026-11-30T08:00:00.000Z' }),
    item({ id: 'c', name: 'Microscope', category: 'analysis', rate: 700, utilisation12m: 0.1 }),
  ];
  const q = (s: string) => parseQuery(CatalogueQuery, new URLSearchParams(s));

  it('filters by category and unit', () => {
    expect(filterAndSort(items, q('category=fire')).map((e) => e.id)).toEqual(['b', 'a']);
    expect(filterAndSort(items, q('unit=LSR')).map((e) => e.id)).toEqual(['a']);
  });
  it('compares rates per hour (a day counts 8 h) and keeps items with no free slot last', () => {
    expect(filterAndSort(items, q('sort=rate')).map((e) => e.id)).toEqual(['b', 'a', 'c']);
    expect(filterAndSort(items, q('sort=nextFreeSlot')).map((e) => e.id)).toEqual(['b', 'c', 'a']);
    expect(filterAndSort(items, q('sort=nextFreeSlot&order=desc')).map((e) => e.id)).toEqual(['c', 'b', 'a']);
    expect(filterAndSort(items, q('sort=utilisation&order=desc')).map((e) => e.id)).toEqual(['b', 'a', 'c']);
  });
  it('falls back to defaults on a bad URL', () => {
    expect(q('sort=price&category=boats&openOnly=maybe')).toEqual({ q: '', openOnly: false, category: [], unit: [], sort: 'name', order: 'asc' });
  });
  it('sums up the catalogue chart', () => {
    expect(fold(catalogueTakeaway(items, i18n))).toBe('Calorimètre est le plus utilisé (50 %) ; utilisation moyenne 30 % sur les équipements affichés');
    expect(catalogueTakeaway([], i18n)).toBeUndefined();
  });
});

describe('equipment booking form — checks', () => {
  it('asks for every field in French', () => {
    const errors = validateBooking({ partner: null, start: '', end: '', purpose: '  ' });
    expect(Object.fromEntries(Object.entries(errors).map(([k, v]) => [k, translate('fr', v.key, v.vars)]))).toEqual({
      partner: 'Choisissez l’entreprise dans la liste',
      start: 'Indiquez la date et l’heure de début',
      end: 'Indiquez la date et l’heure de fin',
      purpose: 'Indiquez l’objet de la réservation',
    });
  });
  it('wants the end after the start, and an equal end is not after', () => {
    const d = { partner: { id: 'p', name: 'P' }, start: '2026-12-03T14:00', end: '2026-12-03T14:00', purpose: 'Essai' };
    expect(validateBooking(d).end?.key).toBe('equipment.error.order');
    expect(validateBooking({ ...d, end: '2026-12-03T14:15' })).toEqual({});
    expect(validateMaintenance({ reason: '', start: '2026-12-03T14:00', end: '2026-12-03T13:00' })).toMatchObject({ reason: { key: 'equipment.error.reason' }, end: { key: 'equipment.error.order' } });
  });
  it('sends Paris times with their offset', () => {
    expect(bookingInput('eq-06', { partner: { id: 'p-1', name: 'P' }, start: '2026-11-30T18:00', end: '2026-11-30T19:00', purpose: ' Essai ' })).toEqual({
      equipmentId: 'eq-06',
      partnerId: 'p-1',
      start: '2026-11-30T18:00:00+01:00',
      end: '2026-11-30T19:00:00+01:00',
      purpose: 'Essai',
    });
  });
});

describe('equipment utilisation — takeaways', () => {
  const stats: UtilisationStats = {
    months: [
      { month: '2026-01', hours: 40, revenue: 4000 },
      { month: '2026-03', hours: 210.5, revenue: 20000 },
      { month: '2026-04', hours: 1000, revenue: 76000 },
    ],
    bySector: [
      { sector: 'construction', hours: 250.5 },
      { sector: 'protection-civile', hours: 1000 },
    ],
    byPartner: Array.from({ length: 12 }, (_, i) => ({ partnerId: `p-${i}`, name: `Entreprise ${i}`, revenue: 12_000 - i * 1000, hours: 10 })),
    utilisation: 0.34,
  };
  it('gives total hours, the share of working time and the peak month', () => {
    expect(fold(monthsTakeaway(stats, i18n))).toBe('1 251 h réservées sur 12 mois, soit 34 % du temps ouvrable ; pic en avril 2026 (1 000 h)');
    expect(monthsTakeaway({ ...stats, months: [{ month: '2026-01', hours: 0, revenue: 0 }] }, i18n)).toBe('Aucune heure réservée sur les 12 derniers mois');
  });
  it('names the leading sector with its share of hours', () => {
    expect(fold(sectorsTakeaway(stats, i18n))).toBe('Protection civile en tête : 80 % des heures réservées');
  });
  it('keeps the top 10 companies and their share of revenue', () => {
    expect(topPartners(stats)).toHaveLength(10);
    // Top 10 = 12 000 + … + 3 000 = 75 000 of 100 000.
    expect(fold(partnersTakeaway(stats, i18n))).toBe('Entreprise 0 en tête avec 12 000 € ; les 10 premières font 75 % du chiffre d’affaires');
  });
});
