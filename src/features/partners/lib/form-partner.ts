import { PartnerInput } from '@/contract/entities';
import type { Partner } from '@/contract/entities';
import { validate } from '@/contract/messages-fr';
import { SECTOR_NAF, SECTORS } from '@/contract/reference';
import type { Sector } from '@/contract/reference';
import { checkSiren, checkSiret, normaliseDigits, vatNumberFromSiren } from '@/domain/identifiers';
import type { I18n } from '@/lib/i18n';
import '../messages-form';

/**
 * The company form as people type it (every field a string) and its way to the contract's
 * `PartnerInput`. Kept pure so that the rules a person sees next to each field are unit-tested.
 */
export interface PartnerFormValues {
  name: string;
  siren: string;
  siret: string;
  nafCode: string;
  sector: string;
  department: string;
  city: string;
  sizeBand: string;
  stage: string;
  ownerId: string;
  partnerSince: string;
  tags: string;
  website: string;
  notes: string;
}
export type PartnerFormField = keyof PartnerFormValues;
export const PARTNER_FORM_FIELDS: readonly PartnerFormField[] = [
  'name', 'siren', 'siret', 'nafCode', 'sector', 'department', 'city', 'sizeBand', 'stage', 'ownerId', 'partnerSince', 'tags', 'website', 'notes',
];

export function emptyPartnerForm(ownerId = ''): PartnerFormValues {
  return {
    name: '', siren: '', siret: '', nafCode: '', sector: '', department: '', city: '', sizeBand: 'pme', stage: 'prospect',
    ownerId, partnerSince: '', tags: '', website: '', notes: '',
  };
}

export function partnerToForm(p: Partner): PartnerFormValues {
  return {
    name: p.name,
    siren: p.siren ?? '',
    siret: p.siret ?? '',
    nafCode: p.nafCode ?? '',
    sector: p.sector,
    department: p.department,
    city: p.city,
    sizeBand: p.sizeBand,
    stage: p.stage,
    ownerId: p.ownerId ?? '',
    partnerSince: p.partnerSince ?? '',
    tags: p.tags.join(', '),
    website: p.website ?? '',
    notes: p.notes,
  };
}

/** "6201z", "62 01 Z" → "62.01Z"; anything else is returned trimmed and upper-cased. */
export function normaliseNaf(value: string): string {
  const v = value.trim().toUpperCase().replace(/[\s.]/g, '');
  return /^\d{4}[A-Z]$/.test(v) ? `${v.slice(0, 2)}.${v.slice(2)}` : value.trim().toUpperCase();
}

/** The sectors whose NAF list holds this code (some codes, like 35.11Z, belong to two). */
export function sectorsForNaf(value: string): Sector[] {
  const naf = normaliseNaf(value);
  if (!/^\d{2}\.\d{2}[A-Z]$/.test(naf)) return [];
  return SECTORS.filter((s) => SECTOR_NAF[s].includes(naf));
}

export function vatFromForm(siren: string): string | null {
  return siren.trim() ? vatNumberFromSiren(siren) : null;
}

function splitTags(value: string): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  for (const raw of value.split(/[,;]/)) {
    const tag = raw.trim();
    const key = tag.toLocaleLowerCase('fr');
    if (tag && !seen.has(key)) {
      seen.add(key);
      tags.push(tag);
    }
  }
  return tags;
}

function normaliseWebsite(value: string): string | null {
  const v = value.trim();
  if (!v) return null;
  return /^https?:\/\//i.test(v) ? v : `https://${v}`;
}

/** What the API receives: digits only for identifiers, empty optional fields as null. */
export function formToInput(v: PartnerFormValues): PartnerInput {
  return {
    name: v.name.trim(),
    siren: normaliseDigits(v.siren) || null,
    siret: normaliseDigits(v.siret) || null,
    nafCode: v.nafCode.trim() ? normaliseNaf(v.nafCode) : null,
    // An unchosen select is "missing" (Champ obligatoire), not a value outside the list.
    sector: (v.sector || undefined) as PartnerInput['sector'],
    department: (v.department || undefined) as PartnerInput['department'],
    city: v.city.trim(),
    sizeBand: v.sizeBand as PartnerInput['sizeBand'],
    stage: v.stage as PartnerInput['stage'],
    ownerId: v.ownerId || null,
    partnerSince: v.partnerSince || null,
    tags: splitTags(v.tags),
    website: normaliseWebsite(v.website),
    notes: v.notes.trim(),
  };
}

export type PartnerFormErrors = Partial<Record<PartnerFormField, string>>;

/** Maps an API field path ("tags.0", "siren") to the form field that shows it; null when none does. */
export function formFieldOf(path: string): PartnerFormField | null {
  const head = path.split('.')[0] as PartnerFormField;
  return PARTNER_FORM_FIELDS.includes(head) ? head : null;
}

/** Every message a person sees next to a field, in the active language for the identifier rules. */
export function validatePartnerForm(values: PartnerFormValues, t: I18n['t']): PartnerFormErrors {
  const errors: PartnerFormErrors = {};
  const result = validate(PartnerInput, formToInput(values));
  if (!result.ok) {
    for (const e of result.errors) {
      const field = formFieldOf(e.field);
      if (field && !errors[field]) errors[field] = e.message;
    }
  }
  // An unchosen list is a missing answer, not a value outside the list.
  if (!values.sector) errors.sector = t('partnerForm.required');
  if (!values.department) errors.department = t('partnerForm.required');
  // The identifier rules replace the schema's length messages with the ones people understand.
  delete errors.siren;
  delete errors.siret;
  const sirenProblem = values.siren.trim() ? checkSiren(values.siren) : null;
  if (sirenProblem === 'format') errors.siren = t('partnerForm.siren.format');
  else if (sirenProblem === 'checksum') errors.siren = t('partnerForm.siren.checksum');
  if (values.siret.trim()) {
    const siretProblem = checkSiret(values.siret, sirenProblem ? null : values.siren.trim() || null);
    if (siretProblem === 'format') errors.siret = t('partnerForm.siret.format');
    else if (siretProblem === 'checksum') errors.siret = t('partnerForm.siret.checksum');
    else if (siretProblem === 'siren-mismatch') errors.siret = t('partnerForm.siret.mismatch');
  }
  if (values.nafCode.trim() && !/^\d{2}\.\d{2}[A-Z]$/.test(normaliseNaf(values.nafCode))) errors.nafCode = t('partnerForm.naf.format');
  const website = normaliseWebsite(values.website);
  if (website && !errors.website && !isWebAddress(website)) errors.website = t('partnerForm.website.format');
  return errors;
}

function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return /^https?:$/.test(url.protocol) && url.hostname.includes('.');
  } catch {
    return false;
  }
}
