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
 * The statistics, as mocks/handlers/stats.ts answers them: counted with SQL aggregates (GROUP BY
 * year, month, department, sector, span), shaped by the same functions as the in-browser API's
 * (mocks/store/stats-*.ts), relative to the business date.
 */
export const statsRoutes: ApiRoute[] = [
  get(paths.statsOverview, { summary: 'Chiffres clés de l’année universitaire, à côté de l’année précédente', query: StatsQuery, response: OverviewStats }, (ctx) =>
    overviewStats(ctx.db, ctx.clock.today(), readQuery(ctx, StatsQuery)),
  ),
  get(paths.statsGrowth, { summary: 'Croissance : partenaires, effectifs face à l’objectif, équipements, start-up', query: StatsQuery, response: GrowthStats }, (ctx) =>
    growthStats(ctx.db, ctx.clock.today(), readQuery(ctx, StatsQuery)),
  ),
  get(paths.statsTerritory, { summary: 'Une couche de la carte d’Occitanie, par département et secteur', query: TerritoryQuery, response: TerritoryStats }, (ctx) =>
    territoryStats(ctx.db, ctx.clock.today(), readQuery(ctx, TerritoryQuery)),
  ),
  get(paths.statsSurvival, { summary: 'Survie des start-up incubées par cohorte', query: StatsQuery, response: SurvivalStats }, (ctx) =>
    survivalStats(ctx.db, ctx.clock.today(), readQuery(ctx, StatsQuery)),
  ),
  get(paths.statsUtilisation, { summary: 'Utilisation d’un équipement ou du parc sur les derniers mois', query: UtilisationQuery, response: UtilisationStats }, async (ctx) => {
    const q = readQuery(ctx, UtilisationQuery);
    if (q.equipmentId) found(await ctx.db.selectFrom('equipment').select('id').where('id', '=', q.equipmentId).executeTakeFirst(), 'Équipement');
    return utilisationStats(ctx.db, ctx.clock.today(), q);
  }),
];
