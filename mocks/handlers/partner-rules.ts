import type { Partner, PartnerInput } from '../../src/contract/entities';
import type { FieldError } from '../../src/contract/problem';
import { checkSiren, checkSiret, normaliseDigits, vatNumberFromSiren } from '../../src/domain/identifiers';
import type { Store } from '../store/database';

/** Rules a company record must follow beyond its shape (DATA.md: SIREN/SIRET with Luhn keys). */

const SIREN_MESSAGES = {
  format: 'Le SIREN doit comporter 9 chiffres',
  checksum: 'SIREN invalide : la clé de contrôle ne correspond pas',
} as const;
const SIRET_MESSAGES = {
  format: 'Le SIRET doit comporter 14 chiffres',
  checksum: 'SIRET invalide : la clé de contrôle ne correspond pas',
  'siren-mismatch': 'Le SIRET doit commencer par le SIREN de l’entreprise',
} as const;

type Identifiers = { siren: string | null; siret: string | null };

/** People type "200 034 528"; the record keeps digits only, and an empty field is no identifier. */
export function cleanIdentifiers<T extends Partial<Identifiers>>(input: T): T {
  const out = { ...input };
  if (typeof out.siren === 'string') out.siren = normaliseDigits(out.siren) || null;
  if (typeof out.siret === 'string') out.siret = normaliseDigits(out.siret) || null;
  return out;
}

/**
 * Before validation: "200 034 528" is a well-formed SIREN as people type it, though longer than the
 * 9 characters the contract allows for the stored value.
 */
export function compactIdentifiers(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return raw;
  const out: Record<string, unknown> = { ...(raw as Record<string, unknown>) };
  for (const key of ['siren', 'siret']) {
    const v = out[key];
    if (typeof v === 'string') out[key] = normaliseDigits(v);
  }
  return out;
}

export function identifierErrors({ siren, siret }: Identifiers): FieldError[] {
  const errors: FieldError[] = [];
  const sirenProblem = siren ? checkSiren(siren) : null;
  if (sirenProblem === 'format' || sirenProblem === 'checksum') errors.push({ field: 'siren', message: SIREN_MESSAGES[sirenProblem] });
  if (siret) {
    const siretProblem = checkSiret(siret, sirenProblem ? null : siren);
    if (siretProblem) errors.push({ field: 'siret', message: SIRET_MESSAGES[siretProblem] });
  }
  return errors;
}

export function ownerErrors(store: Store, ownerId: string | null | undefined): FieldError[] {
  if (!ownerId || store.users.get(ownerId)) return [];
  return [{ field: 'ownerId', message: 'Responsable inconnu' }];
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
  const now = store.now();
  return {
    id: store.newId('partners', store.partners.rows, 'p'),
    ...input,
    vatNumber: input.siren ? vatNumberFromSiren(input.siren) : null,
    kinds: [],
    archived: false,
    synthetic: false,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
}

/** The fields a patch or an import may change, with what follows from them. */
export function partnerChanges(store: Store, current: Partner, input: Partial<PartnerInput>): Partial<Partner> {
  const changes: Partial<Partner> = { ...input, updatedAt: store.now(), version: current.version + 1 };
  if (input.siren !== undefined) changes.vatNumber = input.siren ? vatNumberFromSiren(input.siren) : null;
  return changes;
}

export function duplicateSirenProblemDetail(existing: Partner): string {
  return `Une entreprise avec ce SIREN existe déjà : ${existing.name}.`;
}
