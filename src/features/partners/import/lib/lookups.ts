import { DEPARTMENTS, PARTNER_STAGES, SECTORS, SIZE_BANDS } from '@/contract/reference';
import type { DepartmentCode, PartnerStage, Sector, SizeBand } from '@/contract/reference';
import type { User } from '@/contract/user';
import { normaliseHeader } from '../../lib/csv-columns';

/**
 * Cell text → code, for the enumerations of a company. A file may hold the French label (what our
 * export writes), the English label (an export made in English), the code, or for size bands the
 * short form before the parenthesis ("PME"). Compared without case, accents or punctuation.
 */
export interface Lookups {
  sector: (text: string) => Sector | null;
  sizeBand: (text: string) => SizeBand | null;
  stage: (text: string) => PartnerStage | null;
  department: (text: string) => DepartmentCode | null;
  /** A user's id from their name or e-mail. */
  owner: (text: string) => string | null;
}

/** Every language's text of a label key ("sector.sante" → ["Santé", "Health"]). */
export type LabelTexts = (key: string) => readonly string[];

export const fold = normaliseHeader;

function table<T extends string>(codes: readonly T[], prefix: string, texts: LabelTexts): (text: string) => T | null {
  const map = new Map<string, T>();
  for (const code of codes) {
    map.set(fold(code), code);
    for (const l of texts(`${prefix}.${code}`)) {
      map.set(fold(l), code);
      const short = l.split(' (')[0];
      if (short && !map.has(fold(short))) map.set(fold(short), code);
    }
  }
  return (text) => map.get(fold(text)) ?? null;
}

export function buildLookups(texts: LabelTexts, users: readonly User[]): Lookups {
  const departments = new Map<string, DepartmentCode>();
  for (const d of DEPARTMENTS) {
    for (const key of [d.code, d.name, `${d.name} ${d.code}`, `${d.code} ${d.name}`]) departments.set(fold(key), d.code);
  }
  for (const l of texts('department.HO')) departments.set(fold(l), 'HO');
  const owners = new Map<string, string>();
  for (const u of users) {
    owners.set(fold(u.name), u.id);
    owners.set(u.email.trim().toLowerCase(), u.id);
  }
  return {
    sector: table(SECTORS, 'sector', texts),
    sizeBand: table(SIZE_BANDS, 'sizeBand', texts),
    stage: table(PARTNER_STAGES, 'stage', texts),
    // Excel drops the leading zero of "09" when the column is read as numbers.
    department: (text) => departments.get(fold(/^\d$/.test(text.trim()) ? `0${text.trim()}` : text)) ?? null,
    owner: (text) => owners.get(text.trim().toLowerCase()) ?? owners.get(fold(text)) ?? null,
  };
}
