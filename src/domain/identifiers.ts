/**
 * French company identifiers (DATA.md): SIREN is 9 digits passing the Luhn check; SIRET is the SIREN
 * followed by a 5-digit NIC, all 14 digits passing Luhn; the intra-EU VAT number is
 * "FR" + key + SIREN with key = (12 + 3 × (SIREN mod 97)) mod 97, on two digits.
 */

/** Strips the spaces and dots people type ("200 034 528"). */
export function normaliseDigits(value: string): string {
  return value.replace(/[\s.\u00a0\u202f-]/g, '');
}

export function luhnValid(digits: string): boolean {
  if (!/^\d+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** The digit that, appended to `digits`, makes the whole pass Luhn. */
export function luhnCheckDigit(digits: string): number {
  for (let d = 0; d <= 9; d++) if (luhnValid(digits + d)) return d;
  throw new Error('unreachable');
}

export type IdentifierProblem = 'format' | 'checksum' | 'siren-mismatch';

export function checkSiren(value: string): IdentifierProblem | null {
  const v = normaliseDigits(value);
  if (!/^\d{9}$/.test(v)) return 'format';
  return luhnValid(v) ? null : 'checksum';
}

export function checkSiret(value: string, siren?: string | null): IdentifierProblem | null {
  const v = normaliseDigits(value);
  if (!/^\d{14}$/.test(v)) return 'format';
  // The first nine digits are a SIREN in their own right: a SIRET passing Luhn on 14 digits alone
  // can still carry a SIREN that does not exist.
  if (!luhnValid(v) || !luhnValid(v.slice(0, 9))) return 'checksum';
  if (siren && normaliseDigits(siren) !== v.slice(0, 9)) return 'siren-mismatch';
  return null;
}

export function isValidSiren(value: string): boolean {
  return checkSiren(value) === null;
}

export function isValidSiret(value: string): boolean {
  return checkSiret(value) === null;
}

/** "FR" + 2-digit key + SIREN; null when the SIREN is not valid. */
export function vatNumberFromSiren(siren: string): string | null {
  const v = normaliseDigits(siren);
  if (!isValidSiren(v)) return null;
  const key = (12 + 3 * (Number(v) % 97)) % 97;
  return `FR${String(key).padStart(2, '0')}${v}`;
}

/** Formats a SIREN as people read it: "200 034 528". */
export function formatSiren(siren: string): string {
  const v = normaliseDigits(siren);
  return v.length === 9 ? `${v.slice(0, 3)} ${v.slice(3, 6)} ${v.slice(6)}` : siren;
}
