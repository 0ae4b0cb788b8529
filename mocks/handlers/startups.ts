import type { StartupRow } from '../../src/contract/api';
import { paths } from '../../src/contract/endpoints';
import type { Startup } from '../../src/contract/entities';
import { parseQuery, StartupListQuery } from '../../src/contract/queries';
import { STARTUP_STATUSES } from '../../src/contract/reference';
import type { Store } from '../store/database';
import { sortRows } from '../../src/domain/sort';
import type { SortKey } from '../../src/domain/sort';
import { fold, matchesAll, searchTokens } from '../../src/domain/text';
import { found, json, pageOf, route } from './http';

const row = (store: Store, s: Startup): StartupRow => ({ ...s, partnerName: store.partnerName(s.partnerId) });

function sortKey(sort: string): { key: (s: Startup) => SortKey; collate: boolean } {
  switch (sort) {
    case 'foundedYear':
      return { key: (s) => s.foundedYear, collate: false };
    case 'sector':
      return { key: (s) => s.sector, collate: true };
    case 'department':
      return { key: (s) => s.department, collate: false };
    case 'status':
      return { key: (s) => STARTUP_STATUSES.indexOf(s.status), collate: false };
    case 'jobs':
      return { key: (s) => s.jobs, collate: false };
    case 'fundsRaised':
      return { key: (s) => s.fundsRaised, collate: false };
    default:
      return { key: (s) => s.name, collate: true };
  }
}

export const startupHandlers = [
  route('get', paths.startups, ({ url, store }) => {
    const q = parseQuery(StartupListQuery, url.searchParams);
    const tokens = searchTokens(q.q);
    const today = store.today;
    const matches = store.startups.rows.filter(
      (s) =>
        (!q.sector.length || q.sector.includes(s.sector)) &&
        (!q.department.length || q.department.includes(s.department)) &&
        (!q.status.length || q.status.includes(s.status)) &&
        (!q.link.length || q.link.includes(s.link)) &&
        (!q.partnerId || s.partnerId === q.partnerId) &&
        (!q.incubatingNow || (s.incubationStart !== null && s.incubationStart <= today && (s.incubationEnd === null || s.incubationEnd >= today))) &&
        (!tokens.length || matchesAll(fold(`${s.name} ${s.city} ${s.story ?? ''}`), tokens)),
    );
    const { key, collate } = sortKey(q.sort);
    const page = pageOf(sortRows(matches, key, q.order, { collate }), q.page, q.pageSize);
    return json({ ...page, items: page.items.map((s) => row(store, s)) });
  }),

  route('get', paths.startup, ({ params, store }) => json(row(store, found(store.startups.get(params.id!), 'Start-up')))),
];
