import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, withPreferences, SCREENSHOT_DIR } from './fixtures';

/** /partners/import as a business developer uses it: a file with mistakes, the report, and export → import with no change. */

const TWO_BAD_ROWS = path.join(import.meta.dirname, 'fixtures', 'import-two-bad-rows.csv');
const fileInput = (page: Page) => page.getByLabel('Fichier CSV (.csv ou .txt)');
const stepHeading = (page: Page, n: number, name: string) => page.getByRole('heading', { level: 2, name: `Étape ${n} sur 5 : ${name}` });
const countOf = (page: Page, name: string) => page.locator('dl > div').filter({ has: page.getByText(name, { exact: true }) }).locator('dd');

async function noAxeViolation(page: Page) {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Company fields as the API answers them, to compare before and after an import. */
async function companies(page: Page, department: string) {
  return page.evaluate(async (d) => {
    const res = await fetch(`/api/partners?department=${d}&pageSize=1000`);
    const body = (await res.json()) as { items: Record<string, unknown>[] };
    const keys = ['name', 'siren', 'siret', 'nafCode', 'sector', 'department', 'city', 'sizeBand', 'stage', 'ownerId', 'partnerSince', 'tags', 'website', 'notes'];
    return body.items.map((p) => Object.fromEntries(keys.map((k) => [k, p[k]])));
  }, department);
}

test('reports the two bad lines, imports the valid ones, and the new companies are in the list', async ({ page }) => {
  await page.goto('/partners/import');
  await fileInput(page).setInputFiles(TWO_BAD_ROWS);
  await expect(stepHeading(page, 2, 'Colonnes')).toBeFocused();
  await expect(page.getByText(/6 lignes de données, encodage UTF-8, séparateur point-virgule/)).toBeVisible();
  await page.getByRole('button', { name: 'Vérifier les lignes' }).click();

  await expect(stepHeading(page, 3, 'Vérification')).toBeVisible();
  await expect(countOf(page, 'Entreprises valides')).toHaveText('3');
  await expect(countOf(page, 'Lignes invalides')).toHaveText('2');
  const issues = page.getByRole('table', { name: 'Lignes invalides et motifs' }).locator('tbody tr');
  await expect(issues).toHaveCount(2);
  await expect(issues.nth(0)).toContainText('4SecteurChimie fineSecteur inconnu : « Chimie fine »');
  await expect(issues.nth(1)).toContainText('6SIREN123456789SIREN invalide : la clé de contrôle ne correspond pas');

  await page.getByRole('button', { name: 'Continuer' }).click();
  await expect(page.getByText('Aucune entreprise du fichier n’existe déjà.')).toBeVisible();
  await page.getByRole('button', { name: 'Importer 3 entreprises' }).click();
  await expect(page.getByText('Import terminé')).toBeVisible();
  await expect(countOf(page, 'Créées')).toHaveText('3');
  await expect(countOf(page, 'Lignes invalides exclues')).toHaveText('2');

  await page.getByRole('link', { name: 'Voir la liste des entreprises' }).click();
  await expect(page).toHaveURL(/\/partners$/);
  await page.getByRole('searchbox', { name: 'Rechercher une entreprise' }).fill('Essai');
  const names = page.getByRole('table').getByRole('rowheader');
  await expect(names).toHaveText(['Atelier Cévenol Essai', 'Énergie Catalane Essai', 'Forge du Gardon Essai']);
});

test('a filtered list exported from /partners and imported again changes nothing (skip, then update)', async ({ page }) => {
  await page.goto('/partners?department=48');
  await expect(page.getByRole('table').getByRole('rowheader').first()).toBeVisible();
  const before = await companies(page, '48');
  expect(before.length).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Exporter en CSV' }).click();
  const downloading = page.waitForEvent('download');
  await page.getByRole('menuitem', { name: /Point-virgule/ }).click();
  const download = await downloading;
  const saved = test.info().outputPath('export-48.csv');
  await download.saveAs(saved);

  for (const policy of ['skip', 'update'] as const) {
    await page.goto('/partners/import');
    await fileInput(page).setInputFiles(saved);
    await expect(page.getByText(/encodage UTF-8 \(avec BOM\), séparateur point-virgule/)).toBeVisible();
    await page.getByRole('button', { name: 'Vérifier les lignes' }).click();
    await expect(countOf(page, 'Lignes invalides')).toHaveText('0');
    await expect(countOf(page, 'Déjà connues (même SIREN)')).toHaveText(String(before.length));
    await page.getByRole('button', { name: 'Continuer' }).click();
    await page.getByRole('radio', { name: policy === 'skip' ? /Les ignorer/ : /Les mettre à jour/ }).check();
    await page.getByRole('button', { name: `Importer ${before.length} entreprises` }).click();
    await expect(page.getByText('Import terminé')).toBeVisible();
    await expect(countOf(page, 'Créées')).toHaveText('0');
    await expect(countOf(page, policy === 'skip' ? 'Ignorées (déjà connues)' : 'Mises à jour')).toHaveText(String(before.length));
    expect(await companies(page, '48')).toEqual(before);
  }
});

for (const theme of ['light', 'dark'] as const) {
  test(`every step (${theme}): keyboard reachable, no axe violation, screenshots`, async ({ page }) => {
    await withPreferences(page, { theme });
    await page.goto('/partners/import');
    await expect(stepHeading(page, 1, 'Fichier')).toBeVisible();
    await expect(page.getByRole('link', { name: /Retour à la liste/ })).toHaveAttribute('href', '/partners');
    // The drop zone is a button the keyboard reaches.
    const drop = page.getByRole('button', { name: /Déposez le fichier ici/ });
    await drop.focus();
    await expect(drop).toBeFocused();
    const shoot = async (step: string) => {
      await noAxeViolation(page);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/partners-import-${step}-${theme}.png`, fullPage: true });
    };
    await shoot('file');

    await fileInput(page).setInputFiles(TWO_BAD_ROWS);
    await expect(stepHeading(page, 2, 'Colonnes')).toBeFocused();
    await shoot('mapping');

    await page.getByRole('button', { name: 'Vérifier les lignes' }).press('Enter');
    await expect(stepHeading(page, 3, 'Vérification')).toBeFocused();
    await expect(countOf(page, 'Déjà connues (même SIREN)')).toHaveText('0');
    await shoot('preview');

    await page.getByRole('button', { name: 'Continuer' }).press('Enter');
    await expect(stepHeading(page, 4, 'Doublons et confirmation')).toBeFocused();
    await shoot('confirm');

    await page.getByRole('button', { name: 'Importer 3 entreprises' }).press('Enter');
    await expect(stepHeading(page, 5, 'Rapport')).toBeFocused();
    await shoot('report');
  });
}
