import { ImportContact } from '@/contract/api';
import { PartnerInput } from '@/contract/entities';
import { validate } from '@/contract/messages-fr';
import type { PartnerStage, SizeBand } from '@/contract/reference';
import { checkSiren, checkSiret, normaliseDigits } from '@/domain/identifiers';
import { unneutraliseCell } from '@/lib/csv';
import type { MessageKey, Vars } from '@/lib/i18n';
import type { PartnerCsvField } from '../../lib/csv-columns';
import '../messages-import';
import type { Lookups } from './lookups';

/**
 * One line of the file → the company and the contact it describes, with a French reason for every
 * cell that cannot be read. Pure: the view and the tests call it alike.
 */

export type Translate = (key: MessageKey, vars?: Vars) => string;
export interface CellIssue {
  field: PartnerCsvField;
  message: string;
}
/** What a line says about a company before the contract checks it (codes may be missing). */
export type CompanyDraft = Omit<PartnerInput, 'sector' | 'department'> & { sector?: PartnerInput['sector']; department?: PartnerInput['department'] };
export type CompanyField = keyof PartnerInput;

/** A file without size or stage (a forum's attendee list) still makes valid companies. */
export const DEFAULT_SIZE_BAND: SizeBand = 'pme';
export const DEFAULT_STAGE: PartnerStage = 'prospect';

/** PartnerInput field ↔ CSV field, to name the column of a contract error. */
const CSV_FIELD_OF: Record<string, PartnerCsvField> = { ownerId: 'owner' };
export const csvFieldOfCompany = (field: string): PartnerCsvField => (CSV_FIELD_OF[field] ?? field) as PartnerCsvField;
const CONTACT_FIELDS = { firstName: 'contactFirstName', lastName: 'contactLastName', role: 'contactRole', email: 'contactEmail', phone: 'contactPhone', isTutor: 'contactIsTutor' } as const;
export const csvFieldOfContact = (field: string): PartnerCsvField => CONTACT_FIELDS[field as keyof typeof CONTACT_FIELDS] ?? 'contactLastName';

const DASHES = new Set(['-', '–', '—']);
export type CellReader = (field: PartnerCsvField) => string | undefined;

/** undefined: no column for the field; '' an empty cell (a lone dash counts as empty). */
export function cellReader(cells: readonly string[], columns: ReadonlyMap<PartnerCsvField, number>): CellReader {
  return (field) => {
    const i = columns.get(field);
    if (i === undefined) return undefined;
    const text = unneutraliseCell((cells[i] ?? '').trim()).trim();
    return DASHES.has(text) ? '' : text;
  };
}

/** "26/11/2021", "2021-11-26" (also with a time, as Excel may add) → "2021-11-26"; null if not a day. */
export function parseDay(text: string): string | null {
  const fr = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T].*)?$/.exec(text);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T].*)?$/.exec(text);
  const [y, m, d] = fr ? [fr[3], fr[2], fr[1]] : iso ? [iso[1], iso[2], iso[3]] : [];
  if (!y || !m || !d) return null;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(m) - 1 || date.getUTCDate() !== Number(d)) return null;
  return date.toISOString().slice(0, 10);
}

/** "6201Z" → "62.01Z", as the NAF code is written everywhere else. */
export function normaliseNaf(text: string): string {
  const compact = text.replace(/\s/g, '').toUpperCase();
  return /^\d{4}[A-Z]$/.test(compact) ? `${compact.slice(0, 2)}.${compact.slice(2)}` : compact;
}

const YES = new Set(['oui', 'yes', 'true', 'vrai', '1', 'x']);
const NO = new Set(['', 'non', 'no', 'false', 'faux', '0']);

export interface CompanyReading {
  draft: CompanyDraft;
  /** Fields the file gives (a company updated from it keeps its other fields). */
  present: Set<CompanyField>;
  issues: CellIssue[];
}

export function readCompany(cell: CellReader, lookups: Lookups, t: Translate): CompanyReading {
  const issues: CellIssue[] = [];
  const present = new Set<CompanyField>();
  const text = (field: PartnerCsvField, key: CompanyField = field as CompanyField) => {
    const v = cell(field);
    if (v !== undefined) present.add(key);
    return v ?? '';
  };
  const optional = (field: PartnerCsvField) => text(field) || null;
  const coded = <T>(field: PartnerCsvField, find: (v: string) => T | null, reason: MessageKey, key: CompanyField = field as CompanyField): T | undefined => {
    const v = text(field, key);
    if (!v) return undefined;
    const code = find(v);
    if (code === null) issues.push({ field, message: t(reason, { value: v }) });
    return code ?? undefined;
  };

  const siren = text('siren');
  const siret = text('siret');
  const sizeBand = coded('sizeBand', lookups.sizeBand, 'partnersImport.reason.sizeBand');
  const stage = coded('stage', lookups.stage, 'partnersImport.reason.stage');
  // An empty size or stage is "not given": a new company gets the default, an updated one keeps its own.
  if (!cell('sizeBand')) present.delete('sizeBand');
  if (!cell('stage')) present.delete('stage');
  const ownerText = text('owner', 'ownerId');
  const ownerId = ownerText ? lookups.owner(ownerText) : null;
  if (ownerText && !ownerId) issues.push({ field: 'owner', message: t('partnersImport.reason.owner', { value: ownerText }) });
  const sinceText = text('partnerSince');
  const partnerSince = sinceText ? parseDay(sinceText) : null;
  if (sinceText && !partnerSince) issues.push({ field: 'partnerSince', message: t('partnersImport.reason.date', { value: sinceText }) });

  const draft: CompanyDraft = {
    name: text('name'),
    siren: normaliseDigits(siren) || null,
    siret: normaliseDigits(siret) || null,
    nafCode: normaliseNaf(text('nafCode')) || null,
    sector: coded('sector', lookups.sector, 'partnersImport.reason.sector'),
    department: coded('department', lookups.department, 'partnersImport.reason.department'),
    city: text('city'),
    sizeBand: sizeBand ?? DEFAULT_SIZE_BAND,
    stage: stage ?? DEFAULT_STAGE,
    ownerId,
    partnerSince,
    tags: [...new Set(text('tags').split(',').map((s) => s.trim()).filter(Boolean))],
    website: optional('website'),
    notes: text('notes'),
  };
  return { draft, present, issues };
}

/** The contract's checks and the SIREN/SIRET keys, one reason per column (the first found). */
export function checkCompany(reading: CompanyReading, t: Translate): { partner: PartnerInput | null; issues: CellIssue[] } {
  const issues = [...reading.issues];
  const flagged = new Set(issues.map((i) => i.field));
  const add = (field: PartnerCsvField, message: string) => {
    if (flagged.has(field)) return;
    flagged.add(field);
    issues.push({ field, message });
  };
  const { siren, siret } = reading.draft;
  const sirenProblem = siren ? checkSiren(siren) : null;
  if (sirenProblem === 'format') add('siren', t('partnersImport.reason.sirenFormat'));
  if (sirenProblem === 'checksum') add('siren', t('partnersImport.reason.sirenChecksum'));
  const siretProblem = siret ? checkSiret(siret, sirenProblem ? null : siren) : null;
  if (siretProblem === 'format') add('siret', t('partnersImport.reason.siretFormat'));
  if (siretProblem === 'checksum') add('siret', t('partnersImport.reason.siretChecksum'));
  if (siretProblem === 'siren-mismatch') add('siret', t('partnersImport.reason.siretMismatch'));
  const result = validate(PartnerInput, reading.draft);
  if (!result.ok) for (const e of result.errors) add(csvFieldOfCompany(e.field.split('.')[0] ?? e.field), e.message);
  return { partner: result.ok && issues.length === 0 ? result.data : null, issues };
}

/** The contact of a line, null when its contact cells are all empty. */
export function readContact(cell: CellReader, t: Translate): { contact: ImportContact | null; issues: CellIssue[] } {
  const values = {
    firstName: cell('contactFirstName') ?? '',
    lastName: cell('contactLastName') ?? '',
    role: cell('contactRole') ?? '',
    email: cell('contactEmail') ?? '',
    phone: cell('contactPhone') ?? '',
    tutor: cell('contactIsTutor') ?? '',
  };
  if (Object.values(values).every((v) => v === '')) return { contact: null, issues: [] };
  const issues: CellIssue[] = [];
  const tutor = values.tutor.toLowerCase();
  if (!YES.has(tutor) && !NO.has(tutor)) issues.push({ field: 'contactIsTutor', message: t('partnersImport.reason.yesNo', { value: values.tutor }) });
  const draft = { firstName: values.firstName, lastName: values.lastName, role: values.role, email: values.email, phone: values.phone, isTutor: YES.has(tutor) };
  const result = validate(ImportContact, draft);
  if (!result.ok) {
    const flagged = new Set(issues.map((i) => i.field));
    for (const e of result.errors) {
      const field = csvFieldOfContact(e.field.split('.')[0] ?? e.field);
      if (!flagged.has(field)) issues.push({ field, message: e.message });
      flagged.add(field);
    }
  }
  return { contact: result.ok && issues.length === 0 ? result.data : null, issues };
}
