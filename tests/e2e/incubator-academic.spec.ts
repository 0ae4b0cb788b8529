import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, withPreferences, SCREENSHOT_DIR } from './fixtures';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

async function settled(page: Page) {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('incubator: the survival chart shows 88 % against 72 %, as a table too, and exports as PNG', async ({ page }) => {
  await page.goto('/incubator');
  const figure = page.getByRole('figure', { name: 'Survie des start-up par cohorte' });
  await expect(figure.getByText(/^88\s% des start-up encore en activité 5 ans après leur création, contre 72\s% pour les incubateurs d’écoles/)).toBeVisible();
  await expect(figure.getByText(/Publié par l’école \(2022\) : 88\s%/)).toBeVisible();
  await expect(figure.getByText(/Incubateurs d’écoles : 72\s%/)).toBeVisible();

  await figure.getByRole('button', { name: 'Voir les données' }).click();
  const row = figure.getByRole('row', { name: /^5 ans/ });
  await expect(row).toContainText(/88\s%/);
  await expect(row).toContainText(/72\s%/);
  await figure.getByRole('button', { name: 'Voir le graphique' }).click();
  await expect(figure.locator('.recharts-line').first()).toBeVisible();

  const downloading = page.waitForEvent('download');
  await figure.getByRole('button', { name: 'Exporter' }).click();
  await page.getByRole('menuitem', { name: 'Image PNG (pour une présentation)' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^survie-start-up-par-cohorte-\d{4}-\d{2}-\d{2}\.png$/);
  const bytes = await readFile((await download.path()));
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  expect(bytes.length).toBeGreaterThan(5 * 1024);
});

test('academic: edit a renewal date and see it in the table', async ({ page }) => {
  await page.goto('/academic');
  const table = page.getByRole('table', { name: 'Établissements partenaires' });
  const first = table.getByRole('row').nth(1);
  const school = (await first.getByRole('rowheader').textContent())!;
  await first.getByRole('button', { name: `Modifier le partenariat avec ${school}` }).click();
  const dialog = page.getByRole('dialog', { name: 'Modifier le partenariat' });
  await dialog.getByLabel('Date de renouvellement').fill('2030-06-15');
  await dialog.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByText(`Partenariat avec ${school} enregistré.`)).toBeVisible();
  await expect(dialog).toBeHidden();
  await expect(table.getByRole('row').filter({ has: page.getByRole('rowheader', { name: school, exact: true }) })).toContainText('15/06/2030');
  // Saved for good: the demo API keeps it across a reload.
  await page.reload();
  await expect(page.getByRole('table', { name: 'Établissements partenaires' }).getByRole('row').filter({ hasText: school })).toContainText('15/06/2030');
});

for (const theme of ['light', 'dark'] as const) {
  test(`incubator (${theme}): no axe violation`, async ({ page }) => {
    await withPreferences(page, { theme });
    await page.goto('/incubator');
    await expect(page.getByRole('heading', { level: 1, name: 'Incubateur' })).toBeVisible();
    await expect(page.getByText(/projets en incubation/)).toBeVisible();
    await settled(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/incubator-${theme}.png`, fullPage: true });
    await axe(page);
  });

  test(`academic (${theme}): no axe violation`, async ({ page }) => {
    await withPreferences(page, { theme });
    await page.goto('/academic');
    await expect(page.getByText(/doubles diplômes actifs/)).toBeVisible();
    await settled(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/academic-${theme}.png`, fullPage: true });
    await axe(page);
  });
}

test('a tablet held upright shows both views without the page scrolling sideways', async ({ page }) => {
  await page.setViewportSize({ width: 820, height: 1180 });
  for (const [path, name, ready] of [
    ['/incubator', 'incubator', /projets en incubation/],
    ['/academic', 'academic', /doubles diplômes actifs/],
  ] as const) {
    await page.goto(path);
    await expect(page.getByText(ready)).toBeVisible();
    await settled(page);
    // Wide tables scroll inside their own frame; the page itself must not.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}-tablet.png`, fullPage: true });
  }
});
