import { describe, expect, it } from 'vitest';
import { formatAt, formatDateTime, formatSlot, inputToIso, isoToInput, parisOffsetMinutes, parisParts, parisToInstant, toParisIso } from '@/features/equipment/lib/paris-time';

describe('Europe/Paris time for bookings', () => {
  it('knows the offset on each side of both changes', () => {
    expect(parisOffsetMinutes('2026-03-29T00:59:00Z')).toBe(60);
    expect(parisOffsetMinutes('2026-03-29T01:00:00Z')).toBe(120);
    expect(parisOffsetMinutes('2026-10-25T00:59:00Z')).toBe(120);
    expect(parisOffsetMinutes('2026-10-25T01:00:00Z')).toBe(60);
  });

  it('turns a typed Paris time into an instant with its offset, in winter and in summer', () => {
    expect(inputToIso('2026-11-30T09:00')).toBe('2026-11-30T09:00:00+01:00');
    expect(inputToIso('2026-07-01T09:00')).toBe('2026-07-01T09:00:00+02:00');
    expect(Date.parse(inputToIso('2026-07-01T09:00')!)).toBe(Date.parse('2026-07-01T07:00:00Z'));
    expect(inputToIso('')).toBeNull();
    expect(inputToIso('2026-11-30')).toBeNull();
  });

  it('handles the hour that does not exist (March) and the one that happens twice (October)', () => {
    // 02:30 on 29 March 2026 does not exist: clocks show 03:30.
    expect(toParisIso(parisToInstant('2026-03-29', '02:30'))).toBe('2026-03-29T03:30:00+02:00');
    // 02:30 on 25 October 2026 happens twice: the first (summer time) is taken.
    expect(new Date(parisToInstant('2026-10-25', '02:30')).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(inputToIso('2026-10-25T03:00')).toBe('2026-10-25T03:00:00+01:00');
  });

  it('shows an instant back as the field value, round trip', () => {
    expect(isoToInput('2026-11-30T17:00:00Z')).toBe('2026-11-30T18:00');
    expect(isoToInput('2026-03-29T07:00:00Z')).toBe('2026-03-29T09:00');
    expect(isoToInput(inputToIso('2026-10-25T09:15')!)).toBe('2026-10-25T09:15');
    expect(parisParts('2026-12-31T23:30:00Z')).toEqual({ date: '2027-01-01', time: '00:30', minutes: 30, weekday: 5 });
  });

  it('formats slots as “lun. 30/11 09:00–12:00” in Paris time', () => {
    expect(formatSlot('fr', '2026-11-30T08:00:00Z', '2026-11-30T11:00:00Z')).toBe('lun. 30/11 09:00–12:00');
    expect(formatSlot('fr', '2026-03-30T07:00:00Z', '2026-03-30T10:00:00Z')).toBe('lun. 30/03 09:00–12:00');
    expect(formatSlot('fr', '2026-12-04T08:00:00Z', '2026-12-08T16:00:00Z')).toBe('ven. 04/12 09:00 → mar. 08/12 17:00');
    expect(formatSlot('en', '2026-11-30T08:00:00Z', '2026-11-30T11:00:00Z')).toBe('Mon 30/11 09:00–12:00');
    expect(formatAt('fr', '2026-10-26T08:00:00Z')).toBe('lun. 26/10 09:00');
    expect(formatDateTime('fr', '2026-12-02T08:00:00.000Z')).toBe('mer. 02/12/2026 09:00');
  });
});
