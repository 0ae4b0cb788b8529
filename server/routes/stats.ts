import { paths } from '../../src/contract/endpoints';
import { found } from '../../src/contract/problems';
import { StatsQuery, TerritoryQuery, UtilisationQuery } from '../../src/contract/queries';
import { GrowthStats, OverviewStats, SurvivalStats, TerritoryStats, UtilisationStats } from '../../src/contract/stats';
import { get, readQuery } from '../http/api';
import type { ApiRoute } from '../http/api';
import { growthStats, survivalStats } from '../stats/growth';
import { overviewStats } from '../stats/overview';
import { territoryStats } from '../stats/territory';
import { utilisationStats } from '../stats/utilisation';

/**
 * The statistics read most of the data and change only with a write: they are kept per data version
 * (ctx.memo), under what they depend on — the business date and the filters, in a canonical order.
 */
function statsKey(name: string, today: string, q: StatsQuery): string {
  const set = (values: readonly string[]) => [...new Set(values)].sort();
  return `stats/${name} ${JSON.stringify([today, q.year ?? null, set(q.sector), set(q.department)])}`;
}

/**
 * The statistics, as mocks/handlers/stats.ts answers them: counted with SQL aggregates (GROUP BY
 * year, month, department, sector, span), shaped by the same functions as the in-browser API's
 * (mocks/store/stats-*.ts), relative to the business date.
 */
export const statsRoutes: ApiRoute[] = [
  get(paths.statsOverview, { summary: 'Chiffres clés de l’année universitaire, à côté de l’année précédente', query: StatsQuery, response: OverviewStats }, (ctx) => {
    const q = readQuery(ctx, StatsQuery);
    return ctx.memo(statsKey('overview', ctx.clock.today(), q), (reads) => overviewStats(reads, ctx.clock.today(), q));
  }),
  get(paths.statsGrowth, { summary: 'Croissance : partenaires, effectifs face à l’objectif, équipements, start-up', query: StatsQuery, response: GrowthStats }, (ctx) => {
    const q = readQuery(ctx, StatsQuery);
    return ctx.memo(statsKey('growth', ctx.clock.today(), q), (reads) => growthStats(reads, ctx.clock.today(), q));
  }),
  get(paths.statsTerritory, { summary: 'Une couche de la carte d’Occitanie, par département et secteur', query: TerritoryQuery, response: TerritoryStats }, (ctx) =>
    // Counted once for the whole region, then cut to the scope asked (server/stats/territory.ts).
    territoryStats(ctx.db, ctx.clock.today(), readQuery(ctx, TerritoryQuery), ctx.memo),
  ),
  get(paths.statsSurvival, { summary: 'Survie des start-up incubées par cohorte', query: StatsQuery, response: SurvivalStats }, (ctx) => {
    const q = readQuery(ctx, StatsQuery);
    return ctx.memo(statsKey('survival', ctx.clock.today(), q), (reads) => survivalStats(reads, ctx.clock.today(), q));
  }),
  get(paths.statsUtilisation, { summary: 'Utilisation d’un équipement ou du parc sur les derniers mois', query: UtilisationQuery, response: UtilisationStats }, async (ctx) => {
    const q = readQuery(ctx, UtilisationQuery);
    if (q.equipmentId) found(await ctx.db.selectFrom('equipment').select('id').where('id', '=', q.equipmentId).executeTakeFirst(), 'Équipement');
    return ctx.memo(`stats/utilisation ${JSON.stringify([ctx.clock.today(), q.equipmentId ?? null, q.months])}`, (reads) => utilisationStats(reads, ctx.clock.today(), q));
  }),
];
