import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import { fr } from '@/locales/fr';
import type { CoreMessages } from '@/locales/fr';
import * as f from './format';
import type { Locale } from './format';

/**
 * A small typed message layer over the platform's Intl (plural rules, numbers, dates). i18next
 * would cost ~20 KB gzip of the 130 KB first-load budget for features we do not use; the keys
 * here are checked by the compiler instead.
 *
 * The shell's messages (locales/fr.ts, en.ts) are always there; each feature registers its own
 * catalogue (both languages) when its route loads, with `registerMessages`, and declares its keys
 * by augmenting `MessageRegistry`, so a view's words travel with its code.
 */

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- augmented by each catalogue
export interface MessageRegistry extends CoreMessages {}
export type MessageKey = Extract<keyof MessageRegistry, string>;
export type Vars = Record<string, string | number>;
type Catalogue = Record<string, string>;

const LOCALE_KEY = 'passerelles.locale';
const catalogues: { fr: Catalogue; en: Catalogue | null } = { fr: { ...fr }, en: null };
/** Feature messages in English, kept until (and merged into) the English shell catalogue. */
const registeredEn: Catalogue = {};

export function registerMessages(messages: { fr: Catalogue; en: Catalogue }): void {
  Object.assign(catalogues.fr, messages.fr);
  Object.assign(registeredEn, messages.en);
  if (catalogues.en) Object.assign(catalogues.en, messages.en);
}

export async function loadCatalogue(locale: Locale): Promise<void> {
  if (locale === 'fr' || catalogues.en) return;
  const { en } = await import('@/locales/en');
  catalogues.en = { ...en, ...registeredEn };
}

export function isCatalogueLoaded(locale: Locale): boolean {
  return locale === 'fr' || catalogues.en !== null;
}

export function storedLocale(): Locale {
  try {
    return localStorage.getItem(LOCALE_KEY) === 'en' ? 'en' : 'fr';
  } catch {
    return 'fr';
  }
}

const pluralRules = new Map<Locale, Intl.PluralRules>();
export function translate(locale: Locale, key: MessageKey, vars?: Vars): string {
  const messages = (locale === 'en' ? catalogues.en : null) ?? catalogues.fr;
  let text: string = messages[key] ?? catalogues.fr[key] ?? key;
  if (vars && typeof vars.count === 'number') {
    let rules = pluralRules.get(locale);
    if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(f.INTL_LOCALES[locale])));
    const plural = messages[`${key}_${rules.select(vars.count)}`];
    if (plural) text = plural;
  }
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (m, name: string) => {
    const v = vars[name];
    if (v === undefined) return m;
    return typeof v === 'number' ? f.formatNumber(locale, v, 1) : v;
  });
}

export interface I18n {
  locale: Locale;
  setLocale: (l: Locale) => Promise<void>;
  t: (key: MessageKey, vars?: Vars) => string;
  number: (v: number, digits?: number) => string;
  percent: (v: number, digits?: number) => string;
  euros: (v: number, compact?: boolean) => string;
  date: (iso: string) => string;
  longDate: (iso: string) => string;
  change: (rate: number) => string;
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ children, initialLocale }: { children: ReactNode; initialLocale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale ?? storedLocale());
  const setLocale = useCallback(async (l: Locale) => {
    // Already loaded (the settings page preloads both): switch in the same event, no flicker.
    if (!isCatalogueLoaded(l)) await loadCatalogue(l);
    try {
      localStorage.setItem(LOCALE_KEY, l);
    } catch {
      // Private modes may refuse storage; the choice still holds for this visit.
    }
    setLocaleState(l);
  }, []);
  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);
  const value = useMemo<I18n>(
    () => ({
      locale,
      setLocale,
      t: (key, vars) => translate(locale, key, vars),
      number: (v, digits) => f.formatNumber(locale, v, digits),
      percent: (v, digits) => f.formatPercent(locale, v, digits),
      euros: (v, compact) => f.formatEuros(locale, v, compact),
      date: (iso) => f.formatDate(locale, iso),
      longDate: (iso) => f.formatLongDate(locale, iso),
      change: (rate) => f.formatChange(locale, rate),
    }),
    [locale, setLocale],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n outside I18nProvider');
  return ctx;
}
