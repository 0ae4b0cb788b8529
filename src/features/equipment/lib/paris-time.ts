import { INTL_LOCALES } from '@/lib/format';
import type { Locale } from '@/lib/format';

/**
 * The platforms are in Alès: every booking time is read and typed as Paris wall-clock time,
 * whatever the browser's own zone. The API speaks instants (ISO with an offset); this module turns
 * one into the other, across the daylight-saving changes of March and October.
 */
export const PARIS = 'Europe/Paris';
const MS_MIN = 60_000;
const MS_HOUR = 3_600_000;

const partsFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: PARIS,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
  weekday: 'short',
});
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export interface ParisParts {
  /** Paris calendar day, 'YYYY-MM-DD'. */
  date: string;
  /** 'HH:MM' on the Paris wall clock. */
  time: string;
  /** Minutes since Paris midnight on the wall clock (09:00 → 540, whatever the day's length). */
  minutes: number;
  /** 1 = Monday … 7 = Sunday. */
  weekday: number;
}

function rawParts(ms: number) {
  const out: Record<string, string> = {};
  for (const p of partsFormat.formatToParts(new Date(ms))) out[p.type] = p.value;
  return {
    y: Number(out.year),
    mo: Number(out.month),
    d: Number(out.day),
    h: Number(out.hour) % 24,
    mi: Number(out.minute),
    s: Number(out.second),
    wd: WEEKDAYS.indexOf(out.weekday ?? '') + 1,
  };
}

const toMs = (at: string | number): number => (typeof at === 'number' ? at : Date.parse(at));
const pad = (n: number, len = 2) => String(n).padStart(len, '0');

export function parisParts(at: string | number): ParisParts {
  const p = rawParts(toMs(at));
  return {
    date: `${pad(p.y, 4)}-${pad(p.mo)}-${pad(p.d)}`,
    time: `${pad(p.h)}:${pad(p.mi)}`,
    minutes: p.h * 60 + p.mi,
    weekday: p.wd,
  };
}

/** Paris's offset from UTC at that instant, in minutes (+60 in winter, +120 in summer). */
export function parisOffsetMinutes(at: string | number): number {
  const ms = toMs(at);
  const p = rawParts(ms);
  const wall = Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s);
  return Math.round((wall - Math.floor(ms / 1000) * 1000) / MS_MIN);
}

/**
 * The instant of a Paris wall-clock time. In the autumn hour that happens twice, the first one;
 * in the spring hour that does not exist (02:30 on the last Sunday of March), an hour later, as a
 * clock would show it.
 */
export function parisToInstant(date: string, time = '00:00'): number {
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const naive = Date.UTC(y, mo - 1, d, h, mi);
  const offsets = [...new Set([parisOffsetMinutes(naive - 12 * MS_HOUR), parisOffsetMinutes(naive + 12 * MS_HOUR)])];
  const matching = offsets
    .map((o) => naive - o * MS_MIN)
    .filter((ms) => {
      const p = parisParts(ms);
      return p.date === date && p.time === time.slice(0, 5);
    })
    .sort((a, b) => a - b);
  return matching[0] ?? naive - offsets[0]! * MS_MIN;
}

/** "2026-11-30T09:00:00+01:00": the instant written with Paris's offset, as the API accepts it. */
export function toParisIso(at: string | number): string {
  const ms = toMs(at);
  const { date, time } = parisParts(ms);
  const off = parisOffsetMinutes(ms);
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return `${date}T${time}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

const LOCAL_INPUT = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?$/;

/** A datetime-local field's value ("2026-11-30T09:00"), read in Paris, as an ISO instant; null when incomplete. */
export function inputToIso(value: string): string | null {
  const match = LOCAL_INPUT.exec(value.trim());
  if (!match) return null;
  const ms = parisToInstant(match[1]!, match[2]);
  return Number.isNaN(ms) ? null : toParisIso(ms);
}

/** The value a datetime-local field shows for an instant, on the Paris wall clock. */
export function isoToInput(iso: string): string {
  const { date, time } = parisParts(iso);
  return `${date}T${time}`;
}

/* ------------------------------------ formatting ------------------------------------ */

const cache = new Map<string, Intl.DateTimeFormat>();
function fmt(locale: Locale, options: Intl.DateTimeFormatOptions, zone = PARIS): Intl.DateTimeFormat {
  const key = `${locale}|${zone}|${JSON.stringify(options)}`;
  let f = cache.get(key);
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(INTL_LOCALES[locale], { timeZone: zone, ...options })));
  return f;
}

/** "lun. 30/11" (fr) · "Mon 30/11" (en). */
function dayLabel(locale: Locale, ms: number): string {
  const weekday = fmt(locale, { weekday: 'short' }).format(ms);
  const dm = fmt(locale, { day: '2-digit', month: '2-digit' }).format(ms);
  return `${weekday} ${dm}`;
}

/** "09:00" on the Paris clock. */
export function formatTime(at: string | number): string {
  return parisParts(at).time;
}

/** "lun. 30/11 09:00–12:00"; over several days "ven. 04/12 09:00 → mar. 08/12 17:00". */
export function formatSlot(locale: Locale, start: string, end: string): string {
  const s = toMs(start);
  const e = toMs(end);
  if (parisParts(s).date === parisParts(e).date) return `${dayLabel(locale, s)} ${formatTime(s)}–${formatTime(e)}`;
  return `${dayLabel(locale, s)} ${formatTime(s)} → ${dayLabel(locale, e)} ${formatTime(e)}`;
}

/** "lun. 30/11 09:00": one end of a slot. */
export function formatAt(locale: Locale, at: string): string {
  const ms = toMs(at);
  return `${dayLabel(locale, ms)} ${formatTime(ms)}`;
}

/** "lun. 30/11/2026 09:00": a single instant with its year (the next free slot of an item). */
export function formatDateTime(locale: Locale, at: string): string {
  const ms = toMs(at);
  const weekday = fmt(locale, { weekday: 'short' }).format(ms);
  const dmy = fmt(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(ms);
  return `${weekday} ${dmy} ${formatTime(ms)}`;
}

/** Calendar days ('YYYY-MM-DD') are labelled as such, in UTC, so no zone moves them. */
export function formatDay(locale: Locale, date: string, options: Intl.DateTimeFormatOptions): string {
  return fmt(locale, options, 'UTC').format(Date.parse(`${date}T00:00:00Z`));
}
