import { test as base, expect } from '@playwright/test';
import type { Page } from '@playwright/test';

/**
 * Every page comes from `browser.newContext()` (what @axe-core/playwright needs) and fails the test
 * on an uncaught error in the page.
 */
export const test = base.extend<{ page: Page }>({
  page: async ({ browser }, use) => {
    const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', reducedMotion: 'reduce', viewport: { width: 1366, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await use(page);
    await context.close();
    expect(errors, 'uncaught errors in the page').toEqual([]);
  },
});
export { expect };

/** Sets preferences before the app starts, as a returning user would have them. */
export async function withPreferences(page: Page, prefs: { theme?: 'light' | 'dark'; locale?: 'fr' | 'en' }) {
  await page.addInitScript((p) => {
    if (p.theme) localStorage.setItem('passerelles.theme', p.theme);
    if (p.locale) localStorage.setItem('passerelles.locale', p.locale);
  }, prefs);
}

/**
 * The demo's people (mocks/data/users.ts) whose role the journeys need; the default person is a
 * business developer, who may not book equipment, record contracts or reset the demo.
 */
export const DEMO_USERS = {
  businessDeveloper: 'u-1',
  platformManager: 'u-5',
  apprenticeshipOffice: 'u-6',
  admin: 'u-8',
} as const;

/** Picks who "I" am in the demo before the app starts, as the header's « Vous êtes » picker would. */
export async function asUser(page: Page, userId: string) {
  await page.addInitScript((id) => localStorage.setItem('passerelles.currentUser', id), userId);
}

/**
 * Keeps the demo API's service worker registered across reloads. MSW's worker unregisters itself
 * when its last window closes (mockServiceWorker.js, CLIENT_CLOSED), and a page that reloads at
 * that moment finds the registration being removed: MSW's own `registration.update()`, which it
 * does not catch, then rejects with "Failed to update a ServiceWorker … Not found" — an uncaught
 * error of the demo's plumbing, not of the app. A second window on the origin (a plain file, no
 * app) keeps the worker alive. For tests that reload or navigate many times; call once the first
 * page of the app is up (its worker is then active and this window is one of its clients).
 */
export async function keepDemoWorker(page: Page) {
  const anchor = await page.context().newPage();
  await anchor.goto('/mockServiceWorker.js');
  // A page in the background gets no animation frames: Playwright's clicks would wait for ever.
  await page.bringToFront();
}

export const SCREENSHOT_DIR = 'test-results/screenshots';
