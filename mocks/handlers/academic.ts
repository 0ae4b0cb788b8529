import { paths } from '../../src/contract/endpoints';
import { AcademicPartnerPatch } from '../../src/contract/entities';
import { AcademicListQuery, parseQuery } from '../../src/contract/queries';
import { academicFilter, ACADEMIC_SORTS } from '../../src/domain/academic';
import { definedFields } from '../../src/domain/patch';
import { sortRows } from '../../src/domain/sort';
import { checkVersion, found, json, readBody, route, wholeList } from './http';

export const academicHandlers = [
  route('get', paths.academic, ({ url, store }) => {
    const q = parseQuery(AcademicListQuery, url.searchParams);
    const { key, collate } = ACADEMIC_SORTS[q.sort];
    return json(wholeList(sortRows(store.academic.rows.filter(academicFilter(q, store.today)), key, q.order, { collate })));
  }),

  route('patch', paths.academicPartner, async ({ request, params, store }) => {
    const { version, ...changes } = await readBody(request, AcademicPartnerPatch);
    const partner = found(store.academic.get(params.id!), 'Établissement partenaire');
    checkVersion(partner, version);
    store.academic.update(partner, { ...definedFields(changes), version: partner.version + 1 });
    store.touch();
    return json(partner);
  }),
];
