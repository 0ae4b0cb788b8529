import { paths } from '../../src/contract/endpoints';
import { parseQuery, StatsQuery, TerritoryQuery, UtilisationQuery } from '../../src/contract/queries';
import { growthStats, survivalStats } from '../store/stats-growth';
import { overviewStats } from '../store/stats-overview';
import { territoryStats } from '../store/stats-territory';
import { utilisationStats } from '../store/stats-utilisation';
import { found, json, route } from './http';

export const statsHandlers = [
  route('get', paths.statsOverview, ({ url, store }) => json(overviewStats(store, parseQuery(StatsQuery, url.searchParams)))),
  route('get', paths.statsGrowth, ({ url, store }) => json(growthStats(store, parseQuery(StatsQuery, url.searchParams)))),
  route('get', paths.statsTerritory, ({ url, store }) => json(territoryStats(store, parseQuery(TerritoryQuery, url.searchParams)))),
  route('get', paths.statsSurvival, ({ url, store }) => json(survivalStats(store, parseQuery(StatsQuery, url.searchParams)))),
  route('get', paths.statsUtilisation, ({ url, store }) => {
    const q = parseQuery(UtilisationQuery, url.searchParams);
    if (q.equipmentId) found(store.equipment.get(q.equipmentId), 'Équipement');
    return json(utilisationStats(store, q));
  }),
];
