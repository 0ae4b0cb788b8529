import { DEPARTMENTS } from '@/contract/reference';

const byCode = new Map<string, string>(DEPARTMENTS.map((d) => [d.code, d.name]));

/** "Gard (30)"; outside Occitanie in the active language. */
export function departmentLabel(code: string, outside: string): string {
  if (code === 'HO') return outside;
  return `${byCode.get(code) ?? code} (${code})`;
}
