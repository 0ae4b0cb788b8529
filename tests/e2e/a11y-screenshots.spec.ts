import { AxeBuilder } from '@axe-core/playwright';
import { test, expect, asUser, withPreferences, DEMO_USERS, SCREENSHOT_DIR } from './fixtures';

/**
 * Every built route, in both themes: no axe violation, and a screenshot to look at. As the
 * administrator, who sees every section of the settings (the demo reset included).
 */
const ROUTES = [
  { path: '/', name: 'overview', ready: 'Entreprises partenaires actives' },
  { path: '/settings', name: 'settings', ready: 'Données de démonstration' },
  { path: '/page-inconnue', name: 'not-found', ready: 'Page introuvable' },
];

for (const theme of ['light', 'dark'] as const) {
  for (const route of ROUTES) {
    test(`${route.name} (${theme}): no axe violation`, async ({ page }) => {
      await withPreferences(page, { theme });
      await asUser(page, DEMO_USERS.admin);
      await page.goto(route.path);
      await expect(page.getByText(route.ready).first()).toBeVisible();
      await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/${route.name}-${theme}.png`, fullPage: true });
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}
