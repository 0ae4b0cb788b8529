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

export const SCREENSHOT_DIR = 'test-results/screenshots';
