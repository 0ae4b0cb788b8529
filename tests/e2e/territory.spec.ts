import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, withPreferences, SCREENSHOT_DIR } from './fixtures';

/** /territory as a director uses it: the Occitanie map, then the companies of a department. */

const gard = (page: Page) => page.getByRole('link', { name: /^Gard \(30\) : \d[\d\s]* entreprises? partenaires?$/ });

async function ready(page: Page) {
  await expect(gard(page)).toBeVisible();
  await expect(page.getByRole('table', { name: /par secteur et par département/ })).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

test('hover the Gard to read its figures, click it to land on its companies', async ({ page }) => {
  await page.goto('/territory');
  await ready(page);
  await expect(page.getByText('Fond de carte : svg-maps, Victor Cazanave, CC BY 4.0')).toBeVisible();
  const label = await gard(page).getAttribute('aria-label');
  const count = label!.match(/: ([\d\s]+) entreprise/)![1]!.trim();

  await gard(page).hover();
  const info = page.getByTestId('department-info');
  await expect(info).toContainText('Gard (30)');
  await expect(info).toContainText(`${count} entreprises partenaires`);

  await gard(page).click();
  await expect(page).toHaveURL(/\/partners\?department=30$/);
  // The list says how many companies it holds: the map's figure; and it shows them.
  await expect(page.locator('.page-subtitle')).toHaveText(`${count} entreprises`);
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  const rows = page.getByRole('table').getByRole('rowheader');
  await expect(rows.first()).toHaveText(/\S/);
  expect(await rows.count()).toBe(Math.min(50, Number(count.replace(/\s/g, ''))));
  await expect(page.getByRole('table').getByRole('row').nth(1)).toContainText('Gard (30)');
});

test('keyboard only: Tab to the Gard, read its figures, press Enter', async ({ page }) => {
  await page.goto('/territory');
  await ready(page);
  await page.getByRole('radio', { name: 'Entreprises partenaires' }).focus();
  // From the measure, through the filters and the map's buttons, to the departments.
  let reached = false;
  for (let i = 0; i < 30 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await gard(page).evaluate((el) => el === document.activeElement);
  }
  expect(reached).toBe(true);
  await expect(page.getByTestId('department-info')).toContainText('Gard (30)');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/partners\?department=30$/);
  await expect(page.locator('.page-subtitle')).toHaveText(/^\d[\d\s]* entreprises$/);
  await expect(page.getByRole('table').getByRole('row').nth(1)).toContainText('Gard (30)');
});

test('the apprentices measure and a sector follow the URL', async ({ page }) => {
  await page.goto('/territory?layer=apprentices&sector=nucleaire');
  await expect(page.getByRole('radio', { name: 'Apprentis accueillis' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Secteur' })).toHaveValue('nucleaire');
  await expect(page.getByRole('link', { name: /^Gard \(30\) : \d+ apprentis?$/ })).toBeVisible();
  await expect(page.getByRole('table', { name: /par secteur et par département/ }).getByRole('rowheader')).toHaveText(['Nucléaire', 'Total']);
});

for (const theme of ['light', 'dark'] as const) {
  test(`territory (${theme}): no axe violation, screenshot`, async ({ page }) => {
    await withPreferences(page, { theme });
    await page.goto('/territory');
    await ready(page);
    await expect(page.locator('.recharts-sankey-nodes')).toBeVisible();
    await gard(page).hover();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/territory-${theme}.png`, fullPage: true });
    await page.getByRole('group', { name: /^Carte de l’Occitanie/ }).screenshot({ path: `${SCREENSHOT_DIR}/territory-map-${theme}.png` });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('territory on a tablet: the map, its figures and the table fit', async ({ page }) => {
  await page.setViewportSize({ width: 820, height: 1180 });
  await page.goto('/territory');
  await ready(page);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/territory-tablet.png`, fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});
