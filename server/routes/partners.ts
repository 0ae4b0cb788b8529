import { PartnerDuplicatePage, PartnerPage } from '../../src/contract/api';
import { paths } from '../../src/contract/endpoints';
import { PartnerInput, PartnerPatch, PartnerRow } from '../../src/contract/entities';
import type { Partner } from '../../src/contract/entities';
import { checkVersion, problem, unprocessable, wholeList } from '../../src/contract/problems';
import { PartnerDuplicatesQuery, PartnerListQuery } from '../../src/contract/queries';
import { PartnerSummary } from '../../src/contract/stats';
import {
  cleanIdentifiers, compactIdentifiers, duplicateSirenProblemDetail, identifierErrors, newPartner, ownerErrors, partnerChanges,
} from '../../src/domain/partner-rules';
import { refreshPartners } from '../db/derived';
import { partnerToRow } from '../db/rows';
import { created, get, post, patch, readBody, readQuery } from '../http/api';
import type { ApiRoute, Ctx } from '../http/api';
import { findDuplicates } from '../partners/duplicates';
import { newId } from '../partners/ids';
import { listPartners } from '../partners/list';
import { insertPartners, partnerById, partnerBySiren, partnerLabel, partnerRowById, userExists } from '../partners/records';
import { partnerSummary } from '../partners/summary';

/** The companies: the list, one company, its creation and changes, archiving, duplicates, summary. */

/** What makes a company record break the rules (422): its identifiers' keys, an unknown owner. */
async function ruleErrors(ctx: Ctx, identifiers: Pick<Partner, 'siren' | 'siret'>, ownerId: string | null | undefined) {
  const ownerKnown = await userExists(ctx.db, ownerId);
  return [...identifierErrors(identifiers), ...ownerErrors(ownerId, () => ownerKnown)];
}

async function refuseDuplicateSiren(ctx: Ctx, siren: string | null, excludeId?: string): Promise<void> {
  const existing = await partnerBySiren(ctx.db, siren, excludeId);
  if (existing) throw problem(409, { detail: duplicateSirenProblemDetail(existing), conflictId: existing.id });
}

/**
 * Writes the record as given (the version checked against the one read, so that a concurrent save
 * in between is refused rather than overwritten), then its derived columns.
 */
async function saveChanges(ctx: Ctx, current: Partner, next: Partner): Promise<void> {
  const { id: _id, ...row } = partnerToRow(next);
  const result = await ctx.db.updateTable('partners').set(row).where('id', '=', current.id).where('version', '=', current.version).executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) checkVersion({ id: current.id, version: current.version + 1 }, current.version);
  await refreshPartners(ctx.db, [current.id]);
}

async function setArchived(ctx: Ctx, archived: boolean) {
  const current = await partnerById(ctx.db, ctx.params.id!);
  if (current.archived !== archived) {
    const next: Partner = { ...current, archived, updatedAt: ctx.clock.now(), version: current.version + 1 };
    await saveChanges(ctx, current, next);
    await ctx.audit({ action: archived ? 'archive' : 'restore', entity: 'partner', entityId: current.id, partnerId: current.id, label: partnerLabel(current), before: current, after: next });
  }
  return partnerRowById(ctx.db, current.id, ctx.clock.today());
}

export const partnerRoutes: ApiRoute[] = [
  get(paths.partners, { summary: 'Liste des entreprises : recherche, filtres, tri et pagination', query: PartnerListQuery, response: PartnerPage }, (ctx) =>
    listPartners(ctx.db, readQuery(ctx, PartnerListQuery), ctx.clock.today(), ctx.memo),
  ),

  post(paths.partners, 'crm', { summary: 'Crée une entreprise (SIREN et SIRET vérifiés, doublon de SIREN refusé)', body: PartnerInput, response: PartnerRow }, async (ctx) => {
    const input = cleanIdentifiers(readBody(ctx, PartnerInput, compactIdentifiers));
    const errors = await ruleErrors(ctx, input, input.ownerId);
    if (errors.length) throw unprocessable(errors);
    await refuseDuplicateSiren(ctx, input.siren);
    const partner: Partner = newPartner(input, newId('p'), ctx.clock.now());
    await insertPartners(ctx.db, [{ partner, contacts: [] }]);
    await ctx.audit({ action: 'create', entity: 'partner', entityId: partner.id, partnerId: partner.id, label: partnerLabel(partner), after: partner });
    return created(await partnerRowById(ctx.db, partner.id, ctx.clock.today()));
  }),

  // Before "/partners/:id", which would otherwise take "duplicates" for an id.
  get(
    paths.partnerDuplicates,
    { summary: 'Doublons possibles : même SIREN, ou nom proche dans le département', query: PartnerDuplicatesQuery, response: PartnerDuplicatePage },
    async (ctx) => wholeList(await findDuplicates(ctx.db, readQuery(ctx, PartnerDuplicatesQuery))),
  ),

  get(paths.partner, { summary: 'Une entreprise, avec ses chiffres', response: PartnerRow }, (ctx) => partnerRowById(ctx.db, ctx.params.id!, ctx.clock.today())),

  patch(paths.partner, 'crm', { summary: 'Modifie une entreprise (version vérifiée : 409 si elle a changé entre-temps)', body: PartnerPatch, response: PartnerRow }, async (ctx) => {
    const body = readBody(ctx, PartnerPatch, compactIdentifiers);
    const current = await partnerById(ctx.db, ctx.params.id!);
    checkVersion(current, body.version);
    const { version: _version, ...input } = cleanIdentifiers(body);
    const merged = { siren: input.siren !== undefined ? input.siren : current.siren, siret: input.siret !== undefined ? input.siret : current.siret };
    const errors = await ruleErrors(ctx, merged, input.ownerId);
    if (errors.length) throw unprocessable(errors);
    if (input.siren !== undefined) await refuseDuplicateSiren(ctx, merged.siren, current.id);
    const next: Partner = { ...current, ...partnerChanges(current, input, ctx.clock.now()) };
    await saveChanges(ctx, current, next);
    await ctx.audit({ action: 'update', entity: 'partner', entityId: current.id, partnerId: current.id, label: partnerLabel(next), before: current, after: next });
    return partnerRowById(ctx.db, current.id, ctx.clock.today());
  }),

  post(paths.partnerArchive, 'crm', { summary: 'Archive une entreprise (masquée des listes par défaut)', response: PartnerRow }, (ctx) => setArchived(ctx, true)),
  post(paths.partnerRestore, 'crm', { summary: 'Restaure une entreprise archivée', response: PartnerRow }, (ctx) => setArchived(ctx, false)),

  get(paths.partnerSummary, { summary: 'Tout ce que l’école fait avec une entreprise, en chiffres', response: PartnerSummary }, async (ctx) => {
    const partner = await partnerById(ctx.db, ctx.params.id!);
    return partnerSummary(ctx.db, partner.id, ctx.clock.today());
  }),
];
