import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, withPreferences, SCREENSHOT_DIR } from './fixtures';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];
const TABS = [
  { value: 'overview', name: 'Vue d’ensemble' },
  { value: 'contacts', name: 'Contacts' },
  { value: 'interactions', name: 'Échanges' },
  { value: 'opportunities', name: 'Opportunités' },
  { value: 'tasks', name: 'Relances' },
] as const;

/** A company of the demo data with an incubator link, so that every widget has something to show. */
async function companyId(page: Page): Promise<{ id: string; name: string }> {
  await page.goto('/partners/p-inconnue');
  await expect(page.getByRole('heading', { level: 1, name: 'Entreprise introuvable' })).toBeVisible();
  return page.evaluate(async () => {
    const list = (await (await fetch('/api/partners?kind=incubator&pageSize=1')).json()) as { items: { id: string; name: string }[] };
    return list.items[0]!;
  });
}

async function settled(page: Page) {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

test('log an exchange and see it first on the timeline', async ({ page }) => {
  const { id, name } = await companyId(page);
  await page.goto(`/partners/${id}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.getByRole('tab', { name: 'Échanges' }).click();
  await expect(page).toHaveURL(/\?tab=interactions$/);
  const form = page.getByRole('form', { name: 'Consigner un échange' });
  await form.getByLabel('Type d’échange').selectOption('visit');
  await form.getByLabel('Compte rendu').fill('Visite de l’atelier de production : intérêt pour deux apprentis en mécatronique.');
  await form.getByRole('button', { name: 'Consigner' }).click();
  const first = page.getByRole('region', { name: /^Historique des échanges/ }).getByRole('listitem').first();
  await expect(first).toContainText('Visite de l’atelier de production');
  await expect(first).toContainText('Visite');
  await expect(first).toContainText(/\d{2}\/\d{2}\/\d{4}/);
  await expect(first).not.toContainText('enregistrement…');
  await expect(page.getByText('Échange consigné.')).toBeVisible();
  // Still there after a reload: it was saved, and the tab is in the URL.
  await page.reload();
  await expect(page.getByRole('tab', { name: 'Échanges' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('region', { name: /^Historique des échanges/ }).getByRole('listitem').first()).toContainText('Visite de l’atelier de production');
});

for (const theme of ['light', 'dark'] as const) {
  test(`company page (${theme}): every tab without axe violation, screenshots`, async ({ page }) => {
    await withPreferences(page, { theme });
    const { id, name } = await companyId(page);
    for (const tab of TABS) {
      await page.goto(`/partners/${id}?tab=${tab.value}`);
      await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
      await expect(page.getByRole('tab', { name: tab.name })).toHaveAttribute('aria-selected', 'true');
      await settled(page);
      if (tab.value === 'overview') {
        await expect(page.getByRole('region', { name: 'Chiffres clés' })).toBeVisible();
        await page.screenshot({ path: `${SCREENSHOT_DIR}/partner-page-${theme}.png`, fullPage: true });
      }
      if (tab.value === 'contacts') await page.screenshot({ path: `${SCREENSHOT_DIR}/partner-page-contacts-${theme}.png`, fullPage: true });
      if (tab.value === 'interactions') await page.screenshot({ path: `${SCREENSHOT_DIR}/partner-page-interactions-${theme}.png`, fullPage: true });
      const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
      expect(results.violations.map((v) => `${tab.value}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });
}

test('company page and form on a tablet held upright', async ({ page }) => {
  await page.setViewportSize({ width: 820, height: 1180 });
  const { id, name } = await companyId(page);
  await page.goto(`/partners/${id}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await settled(page);
  // Nothing wider than the screen: no sideways scrolling.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(820);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/partner-page-tablet-light.png`, fullPage: true });
  await page.getByRole('button', { name: 'Modifier' }).click();
  await expect(page.getByLabel('Raison sociale')).toHaveValue(name);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(820);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/partner-edit-tablet-light.png`, fullPage: true });
});
