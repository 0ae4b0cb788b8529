/**
 * Numbers and dates for people, in the active locale ("1 400", "88 %", "26/11/2026").
 * Formatters are cached: building an Intl formatter costs more than using it.
 */
export type Locale = 'fr' | 'en';
export const INTL_LOCALES: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.NumberFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.NumberFormat(INTL_LOCALES[locale], options)));
  return f;
}
function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let f = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(INTL_LOCALES[locale], { timeZone: 'UTC', ...options })));
  return f;
}

export function formatNumber(locale: Locale, value: number, maximumFractionDigits = 0): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}
/** `value` is a share (0.3 → "30 %"). */
export function formatPercent(locale: Locale, value: number, maximumFractionDigits = 0): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits }).format(value);
}
export function formatEuros(locale: Locale, value: number, compact = false): string {
  return numberFormat(locale, compact
    ? { style: 'currency', currency: 'EUR', notation: 'compact', maximumFractionDigits: 1 }
    : { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(value);
}
/** "26/11/2026" (fr) — dates are ISO calendar dates, read as UTC so no time zone shifts them. */
export function formatDate(locale: Locale, iso: string): string {
  return dateFormat(locale, { day: '2-digit', month: '2-digit', year: 'numeric' }).format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso));
}
export function formatLongDate(locale: Locale, iso: string): string {
  return dateFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso));
}
/** Academic year 2022 → "2022–23". */
export function formatAcademicYear(year: number): string {
  return `${year}–${String((year + 1) % 100).padStart(2, '0')}`;
}
/** Signed change as a percentage ("+7 %", "−3 %"). */
export function formatChange(locale: Locale, rate: number): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(rate);
}
