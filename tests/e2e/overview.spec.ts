import fs from 'node:fs';
import { AxeBuilder } from '@axe-core/playwright';
import { test, expect, withPreferences, SCREENSHOT_DIR } from './fixtures';

/** A director's morning: the overview for 2022–23, a sector, a chart for the slides, the board pack. */
test('a director reads 2022–23, filters on hydrogène and exports a chart as PNG', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Année universitaire' }).selectOption({ label: '2022–23' });
  await expect(page).toHaveURL(/\?year=2022$/);
  const apprentices = page.getByRole('listitem').filter({ hasText: 'Apprentis en contrat' });
  await expect(apprentices.getByText('420', { exact: true })).toBeVisible();
  await expect(apprentices).toContainText(/30\u00a0% des 1\u202f400 élèves/);

  await page.getByRole('combobox', { name: 'Secteur' }).selectOption({ label: 'Hydrogène' });
  await expect(page).toHaveURL(/sector=hydrogene/);
  const partners = page.getByRole('figure', { name: 'Entreprises partenaires par année universitaire' });
  await expect(partners.locator('.recharts-bar-rectangle').first()).toBeVisible();

  const download = page.waitForEvent('download');
  await partners.getByRole('button', { name: 'Exporter' }).click();
  await page.getByRole('menuitem', { name: 'Image PNG (pour une présentation)' }).click();
  const file = await (await download).path();
  const bytes = fs.readFileSync(file);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.length).toBeGreaterThan(20_000);
  // 2× for slides: the image is twice the figure's CSS width.
  const width = bytes.readUInt32BE(16);
  const cssWidth = await partners.evaluate((el) => el.getBoundingClientRect().width);
  expect(width).toBeGreaterThanOrEqual(Math.floor(cssWidth * 2) - 2);
});

test('printing the overview gives an A4 landscape board pack without navigation', async ({ page }) => {
  await page.goto('/?year=2022');
  await expect(page.getByRole('figure', { name: 'Start-up créées par année et encore en activité' }).locator('.recharts-bar-rectangle').first()).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Imprimer le dossier' })).toBeHidden();
  await expect(page.getByText(/^Dossier imprimé le/)).toBeVisible();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true, path: `${SCREENSHOT_DIR}/board-pack.pdf` });
  const text = pdf.toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page[^s]/g) ?? []).length;
  // Tiles on the first page, then the four charts, two a page, none cut.
  expect(pages).toBe(3);
  const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
  expect(box && Number(box[1]) > Number(box[2])).toBe(true);
});

for (const theme of ['light', 'dark'] as const) {
  test(`overview with charts (${theme}): no axe violation`, async ({ page }) => {
    await withPreferences(page, { theme });
    await page.goto('/?year=2022');
    await expect(page.getByRole('figure')).toHaveCount(4);
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/overview-charts-${theme}.png`, fullPage: true });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
