import * as z from 'zod/mini';
import { checkSiren, checkSiret, normaliseDigits, vatNumberFromSiren } from './identifiers';
import { UNKNOWN_REFERENCE } from './references';
import { fold } from './text';

/**
 * Rules a company record follows beyond its shape (DATA.md: SIREN/SIRET with Luhn keys), shared by
 * the in-browser API and the server so that both answer alike: cleaning and checking identifiers
 * with their French messages, what a new or changed record carries, and the CSV import's checks.
 * The types are structural (the domain does not import the contract): a Partner or a PartnerInput
 * fits them.
 */

/** A message for one field of a request (the contract's FieldError). */
export interface RuleError {
  field: string;
  message: string;
}

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

export function identifierErrors({ siren, siret }: Identifiers): RuleError[] {
  const errors: RuleError[] = [];
  const sirenProblem = siren ? checkSiren(siren) : null;
  if (sirenProblem === 'format' || sirenProblem === 'checksum') errors.push({ field: 'siren', message: SIREN_MESSAGES[sirenProblem] });
  if (siret) {
    const siretProblem = checkSiret(siret, sirenProblem ? null : siren);
    if (siretProblem) errors.push({ field: 'siret', message: SIRET_MESSAGES[siretProblem] });
  }
  return errors;
}

/** An owner must be a known person (`exists` asks the implementation's own users). */
export function ownerErrors(ownerId: string | null | undefined, exists: (id: string) => boolean): RuleError[] {
  if (!ownerId || exists(ownerId)) return [];
  return [{ field: 'ownerId', message: UNKNOWN_REFERENCE.ownerId }];
}

export function duplicateSirenProblemDetail(existing: { name: string }): string {
  return `Une entreprise avec ce SIREN existe déjà : ${existing.name}.`;
}

/** What a company record carries beyond what people type, on creation. */
export function newPartner<I extends { siren: string | null }>(input: I, id: string, now: string) {
  return {
    id,
    ...input,
    vatNumber: input.siren ? vatNumberFromSiren(input.siren) : null,
    kinds: [] as never[],
    archived: false,
    synthetic: false,
    createdAt: now,
    updatedAt: now,
    version: 1,
  };
}

/** The fields a patch or an import may change, with what follows from them. */
export function partnerChanges<I extends { siren?: string | null | undefined }>(current: { version: number }, input: I, now: string) {
  const changes: I & { updatedAt: string; version: number; vatNumber?: string | null } = { ...input, updatedAt: now, version: current.version + 1 };
  if (input.siren !== undefined) changes.vatNumber = input.siren ? vatNumberFromSiren(input.siren) : null;
  return changes;
}

/* ------------------------------------ CSV import ------------------------------------ */

/** The import's envelope; the rows are checked one by one (`checkImportRows`), so that each error names its row. */
export const ImportEnvelope = z.object({
  rows: z.array(z.unknown()).check(z.minLength(1), z.maxLength(20_000)),
  onDuplicate: z._default(z.enum(['skip', 'update']), 'skip'),
});

/** "partner.siren" → "rows.3.siren"; "contacts.0.email" → "rows.3.contacts.0.email". */
const rowField = (i: number, field: string) => `rows.${i}.${field.replace(/^partner\./, '')}`;

type Parsed<R> = { ok: true; data: R } | { ok: false; errors: RuleError[] };
type ImportPartner = Identifiers & { ownerId: string | null };

/**
 * Every row checked before anything is written: its shape (`parse`, the contract's ImportRow),
 * identifiers, owner, and a SIREN that appears twice in the file.
 */
export function checkImportRows<P extends ImportPartner, C>(
  rows: readonly unknown[],
  parse: (prepared: unknown) => Parsed<{ partner: P; contacts?: C[] | undefined }>,
  ownerExists: (id: string) => boolean,
): { checked: { partner: P; contacts: C[] }[]; errors: RuleError[] } {
  const errors: RuleError[] = [];
  const checked: { partner: P; contacts: C[] }[] = [];
  const firstRowOfSiren = new Map<string, number>();
  rows.forEach((raw, i) => {
    const prepared = typeof raw === 'object' && raw !== null ? { ...raw, partner: compactIdentifiers((raw as { partner?: unknown }).partner) } : raw;
    const result = parse(prepared);
    if (!result.ok) {
      errors.push(...result.errors.map((e) => ({ field: rowField(i, e.field === '_' ? 'partner' : e.field), message: e.message })));
      return;
    }
    const partner = cleanIdentifiers(result.data.partner);
    const ruleErrors = [...identifierErrors(partner), ...ownerErrors(partner.ownerId, ownerExists)];
    if (partner.siren && !ruleErrors.some((e) => e.field === 'siren')) {
      const first = firstRowOfSiren.get(partner.siren);
      if (first !== undefined) ruleErrors.push({ field: 'siren', message: `SIREN déjà présent à la ligne ${first + 1} du fichier` });
      else firstRowOfSiren.set(partner.siren, i);
    }
    errors.push(...ruleErrors.map((e) => ({ field: rowField(i, e.field), message: e.message })));
    checked.push({ partner, contacts: result.data.contacts ?? [] });
  });
  return { checked, errors };
}

/** The 422's summary: how many rows are wrong, and that nothing was written. */
export function importFailureDetail(errors: readonly RuleError[]): string {
  const badRows = new Set(errors.map((e) => e.field.split('.')[1])).size;
  return `${badRows} ligne${badRows > 1 ? 's' : ''} en erreur : rien n’a été importé.`;
}

/** An update by import adds the file's tags to the company's (at most 20, as the form allows). */
export function mergeImportTags(existing: readonly string[], incoming: readonly string[]): string[] {
  return [...new Set([...existing, ...incoming])].slice(0, 20);
}

type Person = { firstName: string; lastName: string; email: string };

/** The file's contacts the company does not have yet: same folded name, or same e-mail, is the same person. */
export function contactsToAdd<C extends Person>(existing: readonly Person[], incoming: readonly C[]): C[] {
  const known = new Set(existing.flatMap((c) => [fold(`${c.firstName} ${c.lastName}`), c.email.toLowerCase()].filter(Boolean)));
  const added: C[] = [];
  for (const c of incoming) {
    const name = fold(`${c.firstName} ${c.lastName}`);
    if (known.has(name) || (c.email && known.has(c.email.toLowerCase()))) continue;
    known.add(name);
    added.push(c);
  }
  return added;
}

/* ------------------------------------ contacts and interactions ------------------------------------ */

export const CONTACT_OF_ANOTHER_COMPANY = 'Ce contact n’appartient pas à cette entreprise';

export const contactName = (c: { firstName: string; lastName: string }) => `${c.firstName} ${c.lastName}`;

/** Between the fields of a company's search text: the name comes first, up to the first one. */
export const SEARCH_TEXT_SEPARATOR = ' | ';

/**
 * What the companies search box matches: the name, SIREN, SIRET, city and contact names, folded.
 * The server stores it (partners.searchText) and finds a word in the name part alone by its first
 * separator (server/work/text-sql.ts).
 */
export const partnerSearchText = (p: { name: string; siren: string | null; siret: string | null; city: string }, contacts: readonly { firstName: string; lastName: string }[]) =>
  fold([p.name, p.siren ?? '', p.siret ?? '', p.city, ...contacts.map(contactName)].join(SEARCH_TEXT_SEPARATOR));

/** What the contacts search box matches: the name, e-mail, role and company, folded. */
export const contactHaystack = (c: Person & { role: string }, partnerName: string) => fold(`${c.firstName} ${c.lastName} ${c.email} ${c.role} ${partnerName}`);

/** Contacts are listed by last name, then first name (French collation). */
export const contactSortText = (c: { firstName: string; lastName: string }) => `${c.lastName} ${c.firstName}`;
