import type { Partner, PartnerInput } from '../../src/contract/entities';
import type { FieldError } from '../../src/contract/problem';
import { newPartner as newPartnerRecord, ownerErrors as ownerRuleErrors, partnerChanges as partnerRuleChanges } from '../../src/domain/partner-rules';
import type { Store } from '../store/database';

export { cleanIdentifiers, compactIdentifiers, duplicateSirenProblemDetail, identifierErrors } from '../../src/domain/partner-rules';

/** The company rules of src/domain/partner-rules over the in-memory store. */

export function ownerErrors(store: Store, ownerId: string | null | undefined): FieldError[] {
  return ownerRuleErrors(ownerId, (id) => store.users.get(id) !== undefined);
}

/** Companies by SIREN, for the duplicate check of a create or an import. */
export function sirenIndex(store: Store): Map<string, Partner> {
  const index = new Map<string, Partner>();
  for (const p of store.partners.rows) if (p.siren) index.set(p.siren, p);
  return index;
}

export function findBySiren(store: Store, siren: string | null, excludeId?: string): Partner | undefined {
  if (!siren) return undefined;
  return store.partners.rows.find((p) => p.siren === siren && p.id !== excludeId);
}

export function newPartner(store: Store, input: PartnerInput): Partner {
  return newPartnerRecord(input, store.newId('partners', store.partners.rows, 'p'), store.now());
}

export function partnerChanges(store: Store, current: Partner, input: Partial<PartnerInput>): Partial<Partner> {
  return partnerRuleChanges(current, input, store.now());
}
