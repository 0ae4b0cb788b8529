import { describe, expect, it } from 'vitest';
import {
  checkSiren,
  checkSiret,
  formatSiren,
  isValidSiren,
  isValidSiret,
  luhnCheckDigit,
  luhnValid,
  normaliseDigits,
  vatNumberFromSiren,
} from '../../../src/domain/identifiers';

const SIREN = '200034528';
const SIRET = '20003452800014';

describe('luhnValid', () => {
  it('accepts the reference SIREN and SIRET of DATA.md', () => {
    expect(luhnValid(SIREN)).toBe(true);
    expect(luhnValid(SIRET)).toBe(true);
  });

  it('rejects a one-digit change and a swap of adjacent digits', () => {
    expect(luhnValid('200034529')).toBe(false);
    expect(luhnValid('200034582')).toBe(false);
  });

  it('rejects anything that is not only digits', () => {
    expect(luhnValid('')).toBe(false);
    expect(luhnValid('20003452a')).toBe(false);
    expect(luhnValid('200 034 528')).toBe(false);
  });

  it('doubles every second digit from the right, subtracting 9 above 9', () => {
    // 59 → 5×2 = 10 → 1, + 9 = 10; 58 would sum to 9.
    expect(luhnValid('59')).toBe(true);
    expect(luhnValid('58')).toBe(false);
  });
});

describe('luhnCheckDigit', () => {
  it('completes a SIREN and a SIRET', () => {
    expect(luhnCheckDigit('20003452')).toBe(8);
    expect(luhnCheckDigit('2000345280001')).toBe(4);
  });
});

describe('checkSiren', () => {
  it('accepts the reference SIREN, with or without the spaces people type', () => {
    expect(checkSiren(SIREN)).toBeNull();
    expect(checkSiren('200 034 528')).toBeNull();
    expect(checkSiren(' 200.034.528 ')).toBeNull();
    expect(checkSiren('200\u00a0034\u202f528')).toBeNull();
  });

  it('reports a wrong checksum', () => {
    expect(checkSiren('200034527')).toBe('checksum');
    expect(checkSiren('123456789')).toBe('checksum');
  });

  it('reports a wrong format: length, letters, empty', () => {
    expect(checkSiren('20003452')).toBe('format');
    expect(checkSiren('2000345280')).toBe('format');
    expect(checkSiren('20003452A')).toBe('format');
    expect(checkSiren('')).toBe('format');
    // A valid SIRET is not a SIREN.
    expect(checkSiren(SIRET)).toBe('format');
  });

  it('isValidSiren agrees', () => {
    expect(isValidSiren('200 034 528')).toBe(true);
    expect(isValidSiren('200034527')).toBe(false);
  });
});

describe('checkSiret', () => {
  it('accepts the reference SIRET, spaced or not', () => {
    expect(checkSiret(SIRET)).toBeNull();
    expect(checkSiret('200 034 528 00014')).toBeNull();
    expect(checkSiret(SIRET, SIREN)).toBeNull();
    expect(checkSiret(SIRET, '200 034 528')).toBeNull();
  });

  it('reports a wrong checksum', () => {
    expect(checkSiret('20003452800015')).toBe('checksum');
  });

  it('reports a SIRET whose 14 digits pass Luhn but whose SIREN part does not', () => {
    // A SIRET is a SIREN plus a NIC, so its first nine digits must be a valid SIREN themselves.
    expect(luhnValid('20003452700016')).toBe(true);
    expect(luhnValid('200034527')).toBe(false);
    expect(checkSiret('20003452700016')).toBe('checksum');
  });

  it('reports a wrong format', () => {
    expect(checkSiret(SIREN)).toBe('format');
    expect(checkSiret('200034528000140')).toBe('format');
    expect(checkSiret('2000345280001X')).toBe('format');
  });

  it('reports a SIRET that does not start with the SIREN, even when both are valid', () => {
    // 732829320 is a valid SIREN; its SIRET must start with it.
    expect(isValidSiren('732829320')).toBe(true);
    expect(checkSiret(SIRET, '732829320')).toBe('siren-mismatch');
  });

  it('ignores an empty or missing SIREN', () => {
    expect(checkSiret(SIRET, null)).toBeNull();
    expect(checkSiret(SIRET, '')).toBeNull();
  });

  it('reports the format before the checksum, and the checksum before the SIREN', () => {
    expect(checkSiret('2000345280001', '732829320')).toBe('format');
    expect(checkSiret('20003452800015', '732829320')).toBe('checksum');
  });

  it('isValidSiret agrees', () => {
    expect(isValidSiret(SIRET)).toBe(true);
    expect(isValidSiret('20003452800015')).toBe(false);
  });
});

describe('vatNumberFromSiren', () => {
  it('computes the key (12 + 3 × (SIREN mod 97)) mod 97 on two digits', () => {
    // 200034528 mod 97 = 61; (12 + 183) mod 97 = 1 → "01": the padding matters here.
    expect(vatNumberFromSiren(SIREN)).toBe('FR01200034528');
  });

  it('computes a two-digit key without padding', () => {
    // 732829320 mod 97 = 43; (12 + 129) mod 97 = 44.
    expect(vatNumberFromSiren('732829320')).toBe('FR44732829320');
  });

  it('accepts a spaced SIREN and returns the compact number', () => {
    expect(vatNumberFromSiren('200 034 528')).toBe('FR01200034528');
  });

  it('returns null for an invalid SIREN', () => {
    expect(vatNumberFromSiren('200034527')).toBeNull();
    expect(vatNumberFromSiren('2000345')).toBeNull();
    expect(vatNumberFromSiren(SIRET)).toBeNull();
  });
});

describe('formatting', () => {
  it('normaliseDigits strips spaces, dots, dashes and no-break spaces', () => {
    expect(normaliseDigits(' 200.034-528\u00a0')).toBe(SIREN);
  });

  it('formatSiren groups by three and leaves anything else alone', () => {
    expect(formatSiren(SIREN)).toBe('200 034 528');
    expect(formatSiren('200.034.528')).toBe('200 034 528');
    expect(formatSiren('12345')).toBe('12345');
  });
});
