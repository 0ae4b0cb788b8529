import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PartnerPage } from '../../src/contract/api';
import { paths } from '../../src/contract/endpoints';
import { PartnerRow } from '../../src/contract/entities';
import { OverviewStats, TerritoryStats } from '../../src/contract/stats';
import { buildServer } from '../../server/app';
import { openDatabase } from '../../server/db/lifecycle';
import type { OpenedDatabase } from '../../server/db/lifecycle';
import { apiClient, partnerInput } from '../contract/client';
import type { ApiClient } from '../contract/client';
import { setUpTestServer } from './harness';

/**
 * List totals and statistics are kept between requests until the next write: a client never sees
 * figures older than its own write, nor than a write made through another server on the same
 * database (several instances behind one address on PostgreSQL).
 */

const t = setUpTestServer({}, { fresh: true });

type Api = Pick<ApiClient, 'get'>;
const total = async (api: Api, query: Record<string, string> = {}) => PartnerPage.parse((await api.get(paths.partners, query)).body).total;
const onMap = async (api: Api, department: string) =>
  TerritoryStats.parse((await api.get(paths.statsTerritory, { layer: 'partners' })).body).byDepartment.find((d) => d.department === department)?.count ?? 0;
const overviewFigures = async (api: Api) => {
  const stats = OverviewStats.parse((await api.get(paths.statsOverview)).body) as unknown as Record<string, unknown>;
  return JSON.stringify(stats);
};

async function createPartner(overrides: Record<string, unknown> = {}) {
  const res = await t.api.post(paths.partners, partnerInput(overrides));
  expect(res.status).toBe(201);
  return PartnerRow.parse(res.body);
}

describe('figures kept until the next write', () => {
  it('counts a new company at once in the list totals (filtered or not, any page or order) and on the map', async () => {
    const [all, inSector, searched, sorted, mapped] = await Promise.all([
      total(t.api),
      total(t.api, { sector: 'hydrogene' }),
      total(t.api, { q: 'zephyrine' }),
      total(t.api, { sort: 'stage', order: 'desc', page: '3' }),
      onMap(t.api, '48'),
    ]);
    // Asked twice: the second answer is the kept one.
    expect(await total(t.api)).toBe(all);
    await createPartner({ name: 'Zéphyrine Hydrogène', sector: 'hydrogene', department: '48', city: 'Mende' });
    expect(await total(t.api)).toBe(all + 1);
    expect(await total(t.api, { sector: 'hydrogene' })).toBe(inSector + 1);
    expect(await total(t.api, { q: 'zephyrine' })).toBe(searched + 1);
    expect(await total(t.api, { sort: 'stage', order: 'desc', page: '3' })).toBe(sorted + 1);
    expect(await onMap(t.api, '48')).toBe(mapped + 1);
  });

  it('takes an archived company out of the totals and the statistics at once, and back when restored', async () => {
    const partner = PartnerPage.parse((await t.api.get(paths.partners, { stage: 'active', pageSize: '1' })).body).items[0]!;
    const [all, mapped, overview] = await Promise.all([total(t.api), onMap(t.api, partner.department), overviewFigures(t.api)]);
    expect((await t.api.post(paths.partnerArchive(partner.id))).status).toBe(200);
    expect(await total(t.api)).toBe(all - 1);
    expect(await onMap(t.api, partner.department)).toBe(mapped - 1);
    expect(await overviewFigures(t.api)).not.toBe(overview);
    expect((await t.api.post(paths.partnerRestore(partner.id))).status).toBe(200);
    expect(await total(t.api)).toBe(all);
    expect(await overviewFigures(t.api)).toBe(overview);
  });

  it('shows a company’s change in the list rows at once, on every page and order that shows it', async () => {
    const query = { sort: 'city', order: 'desc', page: '2', pageSize: '20' };
    const rows = async (q: Record<string, string>) => PartnerPage.parse((await t.api.get(paths.partners, q)).body).items;
    const [partner] = await rows(query);
    // Asked twice: the second page is built from the rows kept.
    expect((await rows(query))[0]).toEqual(partner);
    const byName = { q: partner!.name, pageSize: '100' };
    expect((await rows(byName)).find((r) => r.id === partner!.id)).toEqual(partner);
    const renamed = await t.api.patch(paths.partner(partner!.id), { notes: 'Note écrite à l’instant', version: partner!.version });
    expect(renamed.status).toBe(200);
    const after = (await rows(query)).find((r) => r.id === partner!.id);
    expect(after).toMatchObject({ notes: 'Note écrite à l’instant', version: partner!.version + 1 });
    expect((await rows(byName)).find((r) => r.id === partner!.id)).toEqual(after);
  });

  it('shows the demo data again right after a reset', async () => {
    const all = await total(t.api);
    await createPartner();
    expect(await total(t.api)).toBe(all + 1);
    await t.server.reset();
    expect(await total(t.api)).toBe(all);
  });
});

describe('two servers on one database', () => {
  let other: { app: FastifyInstance; database: OpenedDatabase; api: Api };
  beforeAll(async () => {
    const database = await openDatabase(t.server.config);
    const app = await buildServer({ config: t.server.config, database, logger: false });
    const baseUrl = await app.listen({ host: '127.0.0.1', port: 0 });
    // Sessions live in the database: the administrator's cookie opens the other server too.
    other = { app, database, api: apiClient({ baseUrl, reset: t.server.reset, headers: t.admin.headers }) };
  });
  afterAll(async () => {
    await other?.app.close();
    await other?.database.close();
  });

  it('each sees the other’s writes at once, in totals and statistics', async () => {
    const [all, mapped] = await Promise.all([total(other.api), onMap(other.api, '12')]);
    await createPartner({ name: 'Aveyron Écrite Ailleurs', department: '12', city: 'Rodez' });
    expect(await total(other.api)).toBe(all + 1);
    expect(await onMap(other.api, '12')).toBe(mapped + 1);

    expect(await total(t.api)).toBe(all + 1);
    const res = await (other.api as ApiClient).post(paths.partners, partnerInput({ name: 'Seconde Instance', department: '12', city: 'Millau' }));
    expect(res.status).toBe(201);
    expect(await total(t.api)).toBe(all + 2);
    expect(await onMap(t.api, '12')).toBe(mapped + 2);
  });

  it('each shows the rows the other changed at once', async () => {
    const rows = async (api: Api) => PartnerPage.parse((await api.get(paths.partners, { page: '3' })).body).items;
    const [partner] = await rows(other.api);
    expect((await rows(other.api))[0]).toEqual(partner);
    expect((await t.api.patch(paths.partner(partner!.id), { notes: 'Changée par la première instance', version: partner!.version })).status).toBe(200);
    expect((await rows(other.api))[0]).toMatchObject({ id: partner!.id, notes: 'Changée par la première instance', version: partner!.version + 1 });
  });
});
