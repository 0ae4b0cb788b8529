import { paths } from '../../src/contract/endpoints';
import { AcademicPartnerPatch } from '../../src/contract/entities';
import type { AcademicPartner } from '../../src/contract/entities';
import { AcademicListQuery, parseQuery } from '../../src/contract/queries';
import { addMonths } from '../../src/domain/dates';
import { sortRows } from '../store/sort';
import type { SortKey } from '../store/sort';
import { fold, matchesAll, searchTokens } from '../store/text';
import { checkVersion, found, json, readBody, route, wholeList } from './http';

const SORT_KEYS: Record<string, { key: (a: AcademicPartner) => SortKey; collate: boolean }> = {
  school: { key: (a) => a.school, collate: true },
  country: { key: (a) => a.country, collate: true },
  since: { key: (a) => a.since, collate: false },
  renewalDate: { key: (a) => a.renewalDate, collate: false },
};

export const academicHandlers = [
  route('get', paths.academic, ({ url, store }) => {
    const q = parseQuery(AcademicListQuery, url.searchParams);
    const tokens = searchTokens(q.q);
    const renewalBy = q.renewalWithinMonths === undefined ? null : addMonths(store.today, q.renewalWithinMonths);
    const matches = store.academic.rows.filter(
      (a) =>
        (!q.scope || a.scope === q.scope) &&
        (!q.doubleDegree || a.doubleDegree) &&
        (renewalBy === null || (a.active && a.renewalDate >= store.today && a.renewalDate <= renewalBy)) &&
        (!tokens.length || matchesAll(fold(`${a.school} ${a.country} ${a.city} ${a.field}`), tokens)),
    );
    const { key, collate } = SORT_KEYS[q.sort] ?? SORT_KEYS.school!;
    return json(wholeList(sortRows(matches, key, q.order, { collate })));
  }),

  route('patch', paths.academicPartner, async ({ request, params, store }) => {
    const { version, ...changes } = await readBody(request, AcademicPartnerPatch);
    const partner = found(store.academic.get(params.id!), 'Établissement partenaire');
    checkVersion(partner, version);
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    store.academic.update(partner, { ...defined, version: partner.version + 1 });
    store.touch();
    return json(partner);
  }),
];
