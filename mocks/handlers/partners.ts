import { paths } from '../../src/contract/endpoints';
import { PartnerInput, PartnerPatch } from '../../src/contract/entities';
import { parseQuery, PartnerDuplicatesQuery, PartnerListQuery } from '../../src/contract/queries';
import type { Store } from '../store/database';
import { findDuplicates, listPartners, partnerSummary } from '../store/partners-query';
import { checkVersion, found, json, problem, readBody, route, unprocessable, wholeList } from './http';
import {
  cleanIdentifiers, compactIdentifiers, duplicateSirenProblemDetail, findBySiren, identifierErrors, newPartner, ownerErrors, partnerChanges,
} from './partner-rules';

export const partnerHandlers = [
  route('get', paths.partners, ({ url, store }) => json(listPartners(store, parseQuery(PartnerListQuery, url.searchParams)))),

  route('post', paths.partners, async ({ request, store }) => {
    const input = cleanIdentifiers(await readBody(request, PartnerInput, compactIdentifiers));
    const errors = [...identifierErrors(input), ...ownerErrors(store, input.ownerId)];
    if (errors.length) throw unprocessable(errors);
    const existing = findBySiren(store, input.siren);
    if (existing) throw problem(409, { detail: duplicateSirenProblemDetail(existing), conflictId: existing.id });
    const partner = store.partners.insert(newPartner(store, input));
    store.touch([partner.id], true);
    return json(store.row(partner), 201);
  }),

  // Before "/partners/:id", which would otherwise take "duplicates" for an id.
  route('get', paths.partnerDuplicates, ({ url, store }) => json(wholeList(findDuplicates(store, parseQuery(PartnerDuplicatesQuery, url.searchParams))))),

  route('get', paths.partner, ({ params, store }) => json(store.row(found(store.partners.get(params.id!), 'Entreprise')))),

  route('patch', paths.partner, async ({ request, params, store }) => {
    const body = await readBody(request, PartnerPatch, compactIdentifiers);
    const current = found(store.partners.get(params.id!), 'Entreprise');
    checkVersion(current, body.version);
    const { version: _version, ...input } = cleanIdentifiers(body);
    const merged = { siren: input.siren !== undefined ? input.siren : current.siren, siret: input.siret !== undefined ? input.siret : current.siret };
    const errors = [...identifierErrors(merged), ...ownerErrors(store, input.ownerId)];
    if (errors.length) throw unprocessable(errors);
    const existing = findBySiren(store, merged.siren, current.id);
    if (existing && input.siren !== undefined) throw problem(409, { detail: duplicateSirenProblemDetail(existing), conflictId: existing.id });
    store.partners.update(current, partnerChanges(store, current, input));
    store.touch([current.id], input.name !== undefined);
    return json(store.row(current));
  }),

  route('post', paths.partnerArchive, ({ params, store }) => setArchived(store, params.id!, true)),
  route('post', paths.partnerRestore, ({ params, store }) => setArchived(store, params.id!, false)),

  route('get', paths.partnerSummary, ({ params, store }) => {
    const partner = found(store.partners.get(params.id!), 'Entreprise');
    return json(partnerSummary(store, partner.id));
  }),
];

function setArchived(store: Store, id: string, archived: boolean): Response {
  const partner = found(store.partners.get(id), 'Entreprise');
  if (partner.archived !== archived) {
    store.partners.update(partner, { archived, updatedAt: store.now(), version: partner.version + 1 });
    store.touch([partner.id]);
  }
  return json(store.row(partner));
}
