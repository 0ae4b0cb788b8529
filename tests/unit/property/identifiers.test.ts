import fc from 'fast-check';
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
} from '@/domain/identifiers';
import type { IdentifierProblem } from '@/domain/identifiers';

/**
 * SIREN / SIRET / VAT rules of src/domain/identifiers.ts against an independent reading of their
 * definitions (DATA.md): Luhn on the 9 digits of a SIREN, on the 14 digits of a SIRET whose first 9
 * are a SIREN in their own right, and the French VAT key (12 + 3 × (SIREN mod 97)) mod 97.
 * La Poste's SIRET exception (digit sum a multiple of 5) is not part of the module's rules.
 */

/* ------------------------------- reference implementation ------------------------------- */

/** Luhn the way the definition reads: from the right, every second digit doubled, its digits summed. */
const DOUBLED = [0, 2, 4, 6, 8, 1, 3, 5, 7, 9];
function refLuhn(text: string): boolean {
  if (text.length === 0 || [...text].some((c) => c < '0' || c > '9')) return false;
  const digits = [...text].reverse().map(Number);
  const sum = digits.reduce((acc, d, i) => acc + (i % 2 === 0 ? d : DOUBLED[d]!), 0);
  return sum % 10 === 0;
}
const isDigits = (text: string, n: number) => text.length === n && [...text].every((c) => c >= '0' && c <= '9');

function refSirenProblem(text: string): IdentifierProblem | null {
  if (!isDigits(text, 9)) return 'format';
  return refLuhn(text) ? null : 'checksum';
}
function refSiretProblem(text: string, siren?: string | null): IdentifierProblem | null {
  if (!isDigits(text, 14)) return 'format';
  if (!refLuhn(text) || !refLuhn(text.slice(0, 9))) return 'checksum';
  if (siren && siren !== text.slice(0, 9)) return 'siren-mismatch';
  return null;
}
/** The key digit, found by trying the ten (no formula shared with the module). */
const refKey = (prefix: string) => [0, 1, 2, 3, 4, 5, 6, 7, 8, 9].find((d) => refLuhn(prefix + d))!;
function refVat(siren: string): string {
  const key = (12 + 3 * (Number(BigInt(siren) % 97n))) % 97;
  return `FR${key < 10 ? '0' : ''}${key}${siren}`;
}

/* ---------------------------------------- arbitraries ---------------------------------------- */

const digit = fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '7', '8', '9');
const digits = (minLength: number, maxLength: number) => fc.string({ unit: digit, minLength, maxLength });
/** Mostly the lengths that matter, sometimes one off. */
const digitsAround = (n: number) => fc.oneof({ weight: 4, arbitrary: digits(n, n) }, { weight: 1, arbitrary: digits(0, n + 3) });
const validSiren = digits(8, 8).map((p) => p + refKey(p));
const validSiret = fc.tuple(validSiren, digits(4, 4)).map(([siren, nic]) => siren + nic + refKey(siren + nic));
/** What people type between digits: spaces, dots, no-break spaces, hyphens. */
const separator = fc.constantFrom(' ', '.', '\u00a0', '\u202f', '-', '  ', ' . ');

function withSeparators(text: string, seps: readonly string[]): string {
  return [...text].map((c, i) => c + (seps[i % Math.max(1, seps.length)] ?? '')).join('');
}
const spaced = (arb: fc.Arbitrary<string>) =>
  fc.tuple(arb, fc.array(fc.option(separator, { nil: '' }), { maxLength: 14 })).map(([text, seps]) => withSeparators(text, seps));

/** Every single-digit change of `text` (position, new digit ≠ old). */
const oneDigitChange = (arb: fc.Arbitrary<string>) =>
  arb.chain((text) =>
    fc.tuple(fc.constant(text), fc.nat({ max: text.length - 1 }), fc.integer({ min: 1, max: 9 })).map(([t, i, delta]) => {
      const changed = String((Number(t[i]) + delta) % 10);
      return { original: t, changed: t.slice(0, i) + changed + t.slice(i + 1) };
    }),
  );

const swapAt = (text: string, i: number) => text.slice(0, i) + text[i + 1]! + text[i]! + text.slice(i + 2);
const isZeroNinePair = (a: string, b: string) => (a === '0' && b === '9') || (a === '9' && b === '0');

const RUNS = { numRuns: 1000 };

/* ------------------------------------------ properties ------------------------------------------ */

describe('Luhn (property)', () => {
  it('agrees with the reference on any digit string, and refuses anything else', () => {
    fc.assert(fc.property(digits(0, 20), (s) => luhnValid(s) === refLuhn(s)), RUNS);
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 20 }), (s) => luhnValid(s) === refLuhn(s)), RUNS);
  });

  it('appends the one key digit the reference finds', () => {
    fc.assert(
      fc.property(digits(0, 16), (s) => {
        expect(luhnCheckDigit(s)).toBe(refKey(s));
        expect(luhnValid(s + luhnCheckDigit(s))).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('SIREN (property)', () => {
  it('agrees with the reference on any digit string, spaced or not', () => {
    fc.assert(fc.property(digitsAround(9), (s) => checkSiren(s) === refSirenProblem(s)), RUNS);
    fc.assert(fc.property(spaced(digitsAround(9)), (s) => checkSiren(s) === refSirenProblem(s.replace(/[\s.\u00a0\u202f-]/g, ''))), RUNS);
  });

  it('never throws on any text, and calls "format" whatever is not nine digits once spaces are dropped', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (s) => {
        const problem = checkSiren(s);
        if (!/^[0-9]{9}$/.test(normaliseDigits(s))) expect(problem).toBe('format');
        else expect(problem).toBe(refSirenProblem(normaliseDigits(s)));
      }),
      RUNS,
    );
  });

  it('accepts every SIREN built with its key', () => {
    fc.assert(fc.property(validSiren, (s) => isValidSiren(s) && checkSiren(s) === null), RUNS);
  });

  it('refuses a valid SIREN with any one digit changed', () => {
    fc.assert(fc.property(oneDigitChange(validSiren), ({ changed }) => checkSiren(changed) === 'checksum'), RUNS);
  });

  it('refuses a swap of two different adjacent digits — but for the 0/9 swap Luhn cannot see', () => {
    fc.assert(
      fc.property(validSiren, fc.nat({ max: 7 }), (s, i) => {
        const [a, b] = [s[i]!, s[i + 1]!];
        fc.pre(a !== b);
        // Luhn's blind spot: 0 and 9 weigh the same doubled or not (0 → 0, 9 → 18 → 9).
        expect(checkSiren(swapAt(s, i))).toBe(isZeroNinePair(a, b) ? null : 'checksum');
      }),
      RUNS,
    );
  });

  it('reads "200 034 528" as it reads 200034528, and formats a SIREN so that it reads back', () => {
    fc.assert(
      fc.property(validSiren, fc.array(separator, { minLength: 1, maxLength: 9 }), (s, seps) => {
        expect(checkSiren(withSeparators(s, seps))).toBeNull();
        expect(formatSiren(s)).toMatch(/^\d{3} \d{3} \d{3}$/);
        expect(normaliseDigits(formatSiren(s))).toBe(s);
        expect(isValidSiren(formatSiren(s))).toBe(true);
      }),
      RUNS,
    );
  });
});

describe('SIRET (property)', () => {
  const siretAndSiren = fc.oneof(
    fc.tuple(digitsAround(14), fc.constant(undefined)),
    fc.tuple(digitsAround(14), fc.constantFrom(null, '')),
    digitsAround(14).map((s) => [s, s.slice(0, 9)] as const),
    fc.tuple(digitsAround(14), digitsAround(9)),
  );

  it('agrees with the reference on any digit string, with or without the SIREN it should carry', () => {
    fc.assert(fc.property(siretAndSiren, ([s, siren]) => checkSiret(s, siren) === refSiretProblem(s, siren)), RUNS);
  });

  it('never throws on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.option(fc.string({ maxLength: 12 })), (s, siren) => {
        const problem = checkSiret(s, siren);
        if (!/^[0-9]{14}$/.test(normaliseDigits(s))) expect(problem).toBe('format');
      }),
      RUNS,
    );
  });

  it('accepts every valid SIREN followed by any NIC with its key, and refuses the nine other keys', () => {
    fc.assert(
      fc.property(validSiren, digits(4, 4), fc.integer({ min: 1, max: 9 }), (siren, nic, delta) => {
        const key = refKey(siren + nic);
        expect(checkSiret(siren + nic + key, siren)).toBeNull();
        expect(isValidSiret(siren + nic + key)).toBe(true);
        expect(checkSiret(siren + nic + ((key + delta) % 10), siren)).toBe('checksum');
      }),
      RUNS,
    );
  });

  it('refuses a 14-digit string that passes Luhn when its first nine digits are not a SIREN', () => {
    const luhn14BadSiren = digits(13, 13)
      .map((p) => p + refKey(p))
      .filter((s) => !refLuhn(s.slice(0, 9)));
    fc.assert(fc.property(luhn14BadSiren, (s) => checkSiret(s) === 'checksum'), RUNS);
  });

  it('names a SIRET of another SIREN a mismatch', () => {
    fc.assert(
      fc.property(validSiret, validSiren, (siret, other) => {
        fc.pre(other !== siret.slice(0, 9));
        return checkSiret(siret, other) === 'siren-mismatch' && checkSiret(siret, withSeparators(siret.slice(0, 9), [' '])) === null;
      }),
      RUNS,
    );
  });

  it('refuses a valid SIRET with any one digit changed', () => {
    fc.assert(fc.property(oneDigitChange(validSiret), ({ changed }) => checkSiret(changed) === 'checksum'), RUNS);
  });

  it('refuses a swap of two different adjacent digits — but for the 0/9 swap Luhn cannot see', () => {
    fc.assert(
      fc.property(validSiret, fc.nat({ max: 12 }), (s, i) => {
        const [a, b] = [s[i]!, s[i + 1]!];
        fc.pre(a !== b);
        // A 0/9 swap keeps both Luhn sums (the 9-digit one and the 14-digit one) as they were, unless
        // it straddles the SIREN and the NIC: then the SIREN's own check sees its last digit change.
        expect(checkSiret(swapAt(s, i))).toBe(isZeroNinePair(a, b) && i !== 8 ? null : 'checksum');
      }),
      RUNS,
    );
  });

  it('reads a spaced SIRET as it reads the compact one', () => {
    fc.assert(fc.property(spaced(digitsAround(14)), (s) => checkSiret(s) === refSiretProblem(normaliseDigits(s))), RUNS);
  });
});

describe('VAT number (property)', () => {
  it('is "FR" + the two-digit key of the definition + the SIREN, for every valid SIREN however spaced', () => {
    fc.assert(
      fc.property(validSiren, fc.array(separator, { maxLength: 9 }), (siren, seps) => {
        const vat = vatNumberFromSiren(withSeparators(siren, seps));
        expect(vat).toBe(refVat(siren));
        expect(vat).toMatch(/^FR\d{2}\d{9}$/);
        expect(Number(vat!.slice(2, 4))).toBeLessThan(97);
      }),
      RUNS,
    );
  });

  it('is null for anything that is not a valid SIREN', () => {
    fc.assert(
      fc.property(fc.oneof(digitsAround(9), fc.string({ unit: 'grapheme', maxLength: 12 })), (s) => {
        fc.pre(refSirenProblem(normaliseDigits(s)) !== null);
        return vatNumberFromSiren(s) === null;
      }),
      RUNS,
    );
  });
});

describe('identifiers — examples from the definitions', () => {
  it('knows the reference numbers of DATA.md and the 0/9 blind spot', () => {
    expect(checkSiren('200 034 528')).toBeNull();
    expect(checkSiret('200 034 528 00014', '200034528')).toBeNull();
    expect(vatNumberFromSiren('200034528')).toBe(refVat('200034528'));
    // 0 and 9 swapped: Luhn cannot tell (ref and module agree that it passes).
    expect(refLuhn('190')).toBe(refLuhn('109'));
    expect(luhnValid('190')).toBe(luhnValid('109'));
  });
});
