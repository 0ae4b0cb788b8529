import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, asUser, withPreferences, DEMO_USERS, SCREENSHOT_DIR } from './fixtures';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

async function settled(page: Page) {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
}
const iso = (d: Date) => d.toISOString().slice(0, 10);

// Recording contracts is the apprenticeship office's work.
test('create a contract for a 31-year-old: the age message, then fix the birth date and save', async ({ page }) => {
  await asUser(page, DEMO_USERS.apprenticeshipOffice);
  await page.goto('/apprentices');
  await page.getByRole('button', { name: 'Nouveau contrat' }).click();
  const dialog = page.getByRole('dialog', { name: 'Nouveau contrat d’apprentissage' });
  const start = await dialog.getByLabel('Début du contrat').inputValue();
  const startYear = Number(start.slice(0, 4));
  expect(start).toBe(`${startYear}-09-01`);
  await expect(dialog.getByLabel('Fin du contrat')).toHaveValue(`${startYear + 3}-08-31`);

  await dialog.getByLabel('Prénom de l’apprenti·e').fill('Théo');
  await dialog.getByLabel('Nom de l’apprenti·e', { exact: true }).fill('Garnier-Lacombe');
  await dialog.getByLabel('Date de naissance').fill(`${startYear - 31}-01-15`);
  const birth = dialog.getByLabel('Date de naissance');
  await expect(birth).toHaveAttribute('aria-invalid', 'true');
  await expect(birth).toHaveAccessibleDescription(`L'apprenti·e doit avoir entre 16 et 29 ans au début du contrat (31 ans le 01/09/${startYear}).`);

  await dialog.getByLabel('Spécialité').selectOption('mecatronique');
  const host = dialog.getByRole('combobox', { name: 'Entreprise d’accueil' });
  await host.fill('SAS');
  const option = dialog.getByRole('listbox', { name: 'Entreprise d’accueil' }).getByRole('option').first();
  const hostName = ((await option.locator('span').first().textContent()) ?? '').trim();
  await option.click();
  await expect(host).toHaveValue(hostName);
  const tutor = dialog.getByLabel('Tuteur (maître d’apprentissage)');
  await expect(tutor).toBeEnabled();

  // Saving is refused while the rule is broken; nothing typed is lost.
  await dialog.getByRole('button', { name: 'Enregistrer le contrat' }).click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Prénom de l’apprenti·e')).toHaveValue('Théo');

  await birth.fill(`${startYear - 21}-01-15`);
  await expect(birth).not.toHaveAttribute('aria-invalid');
  await expect(dialog.getByText(/^Rémunération minimale/)).toHaveText('Rémunération minimale : 53 % du SMIC la 1re année, 61 % la 2e, 78 % la 3e (21 ans au début du contrat)');
  await dialog.getByRole('button', { name: 'Enregistrer le contrat' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText('Contrat de Théo Garnier-Lacombe enregistré.')).toBeVisible();

  await page.getByRole('searchbox', { name: 'Rechercher un contrat' }).fill('Garnier-Lacombe');
  const row = page.getByRole('table', { name: 'Contrats d’apprentissage' }).getByRole('row', { name: /GARNIER-LACOMBE Théo/ });
  await expect(row).toContainText('Mécatronique');
  await expect(row).toContainText(hostName);
  await expect(row).toContainText('À venir');
});

test('find the contracts ending soon and open a host company', async ({ page }) => {
  await page.goto('/apprentices');
  await settled(page);
  // A contract ending in 30 days (the seeded ones all end on 31 August).
  const now = new Date();
  const partner = await page.evaluate(
    async ({ start, end }) => {
      const list = (await (await fetch('/api/partners?pageSize=1&stage=active')).json()) as { items: { id: string; name: string }[] };
      const p = list.items[0]!;
      const res = await fetch('/api/apprenticeships', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ apprenticeFirstName: 'Léna', apprenticeLastName: 'Marchetti', birthDate: '2003-03-03', speciality: 'cmc', partnerId: p.id, tutorContactId: null, start, end }),
      });
      if (res.status !== 201) throw new Error(`POST ${res.status}`);
      return p;
    },
    { start: iso(new Date(now.getTime() - 240 * 86_400_000)), end: iso(new Date(now.getTime() + 30 * 86_400_000)) },
  );
  await page.reload();
  await page.getByRole('button', { name: 'Se terminent dans les 90 jours' }).click();
  await expect(page).toHaveURL(/endingWithinDays=90/);
  const table = page.getByRole('table', { name: 'Contrats d’apprentissage' });
  const row = table.getByRole('row', { name: /MARCHETTI Léna/ });
  await expect(row).toBeVisible();
  await expect(page.getByText(/^1 contrat$/)).toBeVisible();
  await row.getByRole('link', { name: partner.name }).click();
  await expect(page).toHaveURL(new RegExp(`/partners/${partner.id}$`));
  // The company page is built by another engineer: its heading when it is there.
  const heading = page.getByRole('heading', { level: 1 });
  if ((await heading.count()) > 0) await expect(heading.first()).toHaveText(partner.name);
});

test('2022–23 reads 420 apprentices and 30 % of the students', async ({ page }) => {
  await page.goto('/apprentices?year=2022');
  await expect(page.getByText('420 contrats actifs au 01/10/2022, date de recensement de l’année.')).toBeVisible({ timeout: 20_000 });
  const matrix = page.getByRole('table', { name: 'Apprentis actifs au 01/10/2022 par promotion et spécialité' });
  for (const cohort of [2020, 2021, 2022]) await expect(matrix.getByRole('row', { name: new RegExp(`^${cohort} `) }).getByRole('cell').last()).toHaveText('140');
  await expect(matrix.getByRole('row', { name: /^Total/ }).getByRole('cell').last()).toHaveText('420');
  await expect(page.getByRole('figure', { name: 'Part des apprentis parmi les élèves' })).toContainText('420 apprentis en 2022–23, soit 30 % des élèves');
});

for (const theme of ['light', 'dark'] as const) {
  test(`apprentices (${theme}): no axe violation, screenshot`, async ({ page }) => {
    await withPreferences(page, { theme });
    await asUser(page, DEMO_USERS.apprenticeshipOffice);
    await page.goto('/apprentices?year=2022');
    await expect(page.getByRole('heading', { level: 1, name: 'Alternance' })).toBeVisible();
    await expect(page.getByText('420 contrats actifs au 01/10/2022, date de recensement de l’année.')).toBeVisible({ timeout: 20_000 });
    await settled(page);
    await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/apprentices-${theme}.png`, fullPage: true });
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // The form too, with a message on screen.
    await page.getByRole('button', { name: 'Nouveau contrat' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouveau contrat d’apprentissage' });
    await dialog.getByLabel('Date de naissance').fill('1990-01-01');
    await expect(dialog.getByLabel('Date de naissance')).toHaveAttribute('aria-invalid', 'true');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/apprentices-form-${theme}.png` });
    const form = await new AxeBuilder({ page }).include('[role="dialog"]').withTags(AXE_TAGS).analyze();
    expect(form.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('apprentices on a tablet: nothing cut off', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 1100 });
  await asUser(page, DEMO_USERS.apprenticeshipOffice);
  await page.goto('/apprentices?year=2022');
  await expect(page.getByText('420 contrats actifs au 01/10/2022, date de recensement de l’année.')).toBeVisible({ timeout: 20_000 });
  await settled(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/apprentices-tablet.png`, fullPage: true });
});
