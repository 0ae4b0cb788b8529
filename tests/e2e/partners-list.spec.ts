import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { test, expect, withPreferences, SCREENSHOT_DIR } from './fixtures';

/** /partners as a business developer uses it: search, filter, sort, a link that keeps it all, export. */

async function ready(page: Page) {
  await expect(page.getByRole('table').getByRole('rowheader').first()).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}
const names = (page: Page) => page.getByRole('table').getByRole('rowheader').allTextContents();
const count = (page: Page) => page.locator('.page-subtitle').textContent();

test('search, filter and sort; the URL brings the same view back after a reload', async ({ page }) => {
  await page.goto('/partners');
  await ready(page);
  await expect(page.locator('.page-subtitle')).toHaveText(/^\d{1,3}( \d{3})* entreprises$/);

  await page.getByRole('searchbox', { name: 'Rechercher une entreprise' }).pressSequentially('Alès', { delay: 40 });
  await expect(page).toHaveURL(/q=Al%C3%A8s/);
  await ready(page);
  const cityCells = page.getByRole('table').locator('tbody tr td:nth-child(4)');
  await expect(cityCells.first()).toHaveText('Alès');

  await page.getByRole('button', { name: 'Statut' }).first().click();
  await page.getByRole('checkbox', { name: 'Partenaire actif' }).check();
  await page.keyboard.press('Escape');
  await expect(page).toHaveURL(/stage=active/);
  await expect(page.getByRole('button', { name: 'Retirer le filtre Statut : Partenaire actif' })).toBeVisible();

  const header = page.getByRole('columnheader', { name: /Dernière interaction/ });
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'ascending');
  await header.getByRole('button').click();
  await expect(header).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/sort=lastInteraction&order=desc|order=desc.*sort=lastInteraction/);
  await ready(page);
  const before = { names: await names(page), count: await count(page), url: page.url() };
  expect(before.names.length).toBeGreaterThan(0);
  await page.getByRole('table').locator('tbody tr td:nth-child(5)').first().waitFor();
  for (const stage of await page.getByRole('table').locator('tbody tr td:nth-child(5)').allTextContents()) expect(stage).toBe('Partenaire actif');

  await page.reload();
  await ready(page);
  expect(page.url()).toBe(before.url);
  expect(await names(page)).toEqual(before.names);
  expect(await count(page)).toBe(before.count);
  await expect(page.getByRole('searchbox', { name: 'Rechercher une entreprise' })).toHaveValue('Alès');
  await expect(page.getByRole('columnheader', { name: /Dernière interaction/ })).toHaveAttribute('aria-sort', 'descending');
});

test('exports every filtered company as a CSV French Excel opens', async ({ page }) => {
  await page.goto('/partners?department=30&department=48&pageSize=25');
  await ready(page);
  const total = Number((await count(page))!.replace(/\D/g, ''));
  expect(total).toBeGreaterThan(25);

  await page.getByRole('button', { name: /Exporter en CSV/ }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: /Point-virgule/ }).click()]);
  expect(download.suggestedFilename()).toMatch(/^entreprises-\d{4}-\d{2}-\d{2}\.csv$/);
  const bytes = await readFile(await download.path());
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  const rows = Papa.parse<string[]>(bytes.subarray(3).toString('utf8'), { delimiter: ';', skipEmptyLines: true }).data;
  expect(rows[0]!.slice(0, 3)).toEqual(['Nom', 'SIREN', 'SIRET']);
  expect(rows).toHaveLength(total + 1);
  expect(new Set(rows.slice(1).map((r) => r[5]))).toEqual(new Set(['30', '48']));
  await expect(page.getByText(`${total} entreprises exportées`)).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test(`partners list (${theme}): no axe violation`, async ({ page }) => {
    await withPreferences(page, { theme });
    await page.goto('/partners?sector=nucleaire&hostsApprentices=true');
    await ready(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/partners-list-${theme}.png`, fullPage: true });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // A filter panel open, as people see it.
    await page.getByRole('button', { name: 'Département', exact: true }).click();
    await expect(page.getByRole('checkbox', { name: 'Gard (30)' })).toBeVisible();
    const open = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(open.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/partners-list-filter-${theme}.png` });
  });
}

test('partners list on a tablet: the table scrolls inside its frame, filters wrap', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto('/partners');
  await ready(page);
  const scroller = page.getByRole('table').locator('..');
  const { scrollWidth, clientWidth } = await scroller.evaluate((el) => ({ scrollWidth: el.scrollWidth, clientWidth: el.clientWidth }));
  expect(scrollWidth).toBeGreaterThan(clientWidth);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/partners-list-tablet.png`, fullPage: true });
});
