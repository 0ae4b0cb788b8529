import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_TODAY } from '../../mocks/data/dataset';
import { generateDataset } from '../../mocks/data/generator';
import { nextFreeHalfDay } from '../../mocks/store/booking-slots';
import { Store } from '../../mocks/store/database';
import { growthStats, survivalStats } from '../../mocks/store/stats-growth';
import { overviewStats } from '../../mocks/store/stats-overview';
import { territoryStats } from '../../mocks/store/stats-territory';
import { utilisation12m, utilisationStats } from '../../mocks/store/stats-utilisation';
import { BookingRow, EquipmentPage } from '../../src/contract/api';
import { paths } from '../../src/contract/endpoints';
import { Problem } from '../../src/contract/problem';
import { StatsQuery, TERRITORY_LAYERS } from '../../src/contract/queries';
import { setUpTestServer } from './harness';

/**
 * The server's statistics equal the in-browser API's for the same dataset: the store's functions
 * (mocks/store/stats-*.ts) over the generated demo dataset against the server's SQL, with the same
 * "today". Both count with the same rules; only the gathering differs.
 */

const t = setUpTestServer();
let store: Store;
beforeAll(() => {
  store = new Store(generateDataset({ today: DEMO_TODAY }));
});

type Query = Record<string, string | number | readonly string[]>;

async function served(path: string, query: Query = {}): Promise<unknown> {
  const res = await t.api.get(path, query);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

/** What the in-browser API answers, through JSON as it travels. */
const asSent = (answer: unknown): unknown => JSON.parse(JSON.stringify(answer)) as unknown;
const statsQuery = (q: Query) => StatsQuery.parse(q);

const QUERIES: Query[] = [
  {},
  { year: 2022 },
  { year: 2025 },
  { year: 2019, sector: 'nucleaire' },
  { department: ['30', '34'] },
  { year: 2023, sector: ['materiaux', 'mecatronique'], department: '30' },
  { year: 2014 },
  { year: 2030 },
];

describe('statistics: the server answers what the in-browser API answers', () => {
  it.each(QUERIES)('overview %j', async (q) => {
    expect(await served(paths.statsOverview, q)).toEqual(asSent(overviewStats(store, statsQuery(q))));
  });

  it.each(QUERIES)('growth %j', async (q) => {
    expect(await served(paths.statsGrowth, q)).toEqual(asSent(growthStats(store, statsQuery(q))));
  });

  it.each(QUERIES)('survival %j', async (q) => {
    expect(await served(paths.statsSurvival, q)).toEqual(asSent(survivalStats(store, statsQuery(q))));
  });

  it.each(TERRITORY_LAYERS.flatMap((layer) => [{ layer }, { layer, year: 2022, department: '30' }, { layer, year: 2024, sector: ['nucleaire', 'chimie'] }]))(
    'territory %j',
    async (q) => {
      const { layer, ...rest } = q;
      expect(await served(paths.statsTerritory, q)).toEqual(asSent(territoryStats(store, { ...statsQuery(rest), layer })));
    },
  );

  it('utilisation of the whole park and of each item, over 1, 12 and 60 months', async () => {
    for (const months of [1, 12, 60]) {
      expect(await served(paths.statsUtilisation, { months })).toEqual(asSent(utilisationStats(store, { months })));
    }
    for (const item of store.equipment.rows) {
      expect(await served(paths.statsUtilisation, { equipmentId: item.id, months: 12 }), item.id).toEqual(
        asSent(utilisationStats(store, { equipmentId: item.id, months: 12 })),
      );
    }
  });

  it('the catalogue’s utilisation and next free half-day of every item', async () => {
    const page = EquipmentPage.parse(await served(paths.equipment));
    expect(page.items.map((e) => e.id).sort()).toEqual(store.equipment.rows.map((e) => e.id).sort());
    for (const e of page.items) {
      expect({ id: e.id, utilisation12m: e.utilisation12m, nextFreeSlot: e.nextFreeSlot }).toEqual({
        id: e.id,
        utilisation12m: utilisation12m(store, e.id),
        nextFreeSlot: nextFreeHalfDay(store, e.id),
      });
    }
  });

  // Bookings at odd times, spanning days, written with an offset: the server counts them by span
  // groups, the store one by one; the figures still agree. (Runs last: it writes.)
  it('still agrees once bookings at odd times are added', async () => {
    const item = store.equipment.rows.find((e) => e.openToCompanies && e.rateUnit === 'hour')!;
    const daily = store.equipment.rows.find((e) => e.openToCompanies && e.rateUnit === 'day')!;
    const partnerId = store.partners.rows[3]!.id;
    const wanted = [
      { equipmentId: item.id, start: '2026-10-14T08:20:00.000Z', end: '2026-10-14T10:50:00.000Z' },
      { equipmentId: item.id, start: '2026-09-11T15:10:00+02:00', end: '2026-09-14T11:45:00+02:00' },
      { equipmentId: daily.id, start: '2026-06-05T07:00:00.000Z', end: '2026-06-09T16:00:00.000Z' },
    ];
    for (const slot of wanted) {
      let res = await t.api.post(paths.bookings, { ...slot, partnerId, purpose: 'Essai de parité' });
      // Taken: the server offers the next free slot of the same length.
      if (res.status === 409) res = await t.api.post(paths.bookings, { ...slot, ...Problem.parse(res.body).suggestion, partnerId, purpose: 'Essai de parité' });
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      const { partnerName: _p, equipmentName: _e, ...booking } = BookingRow.parse(res.body);
      // Still in the past 12 months, where the figures count it.
      expect(booking.start.slice(0, 10) < DEMO_TODAY).toBe(true);
      store.bookings.insert(booking);
    }
    for (const months of [3, 12]) {
      expect(await served(paths.statsUtilisation, { months })).toEqual(asSent(utilisationStats(store, { months })));
      expect(await served(paths.statsUtilisation, { equipmentId: item.id, months })).toEqual(asSent(utilisationStats(store, { equipmentId: item.id, months })));
    }
    expect(await served(paths.statsOverview)).toEqual(asSent(overviewStats(store, statsQuery({}))));
    expect(await served(paths.statsGrowth)).toEqual(asSent(growthStats(store, statsQuery({}))));
    const page = EquipmentPage.parse(await served(paths.equipment, { openOnly: 'true' }));
    for (const e of page.items) expect(e.utilisation12m, e.id).toBe(utilisation12m(store, e.id));
  });
});
