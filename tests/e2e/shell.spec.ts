import { test, expect, asUser, DEMO_USERS } from './fixtures';

test('the overview shows its KPI tiles with fr-FR numbers', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Vue d’ensemble' })).toBeVisible();
  const tiles = page.getByRole('region', { name: 'Indicateurs clés' }).getByRole('listitem');
  await expect(tiles).toHaveCount(7);
  const partners = tiles.filter({ hasText: 'Entreprises partenaires actives' });
  // fr-FR groups thousands with a narrow no-break space and writes percentages as "30 %".
  await expect(partners).toContainText(/sur \d[\d\u202f]* entreprises suivies/);
  await expect(partners).toContainText(/au \d{2}\/\d{2}\/\d{4}/);
  await expect(tiles.filter({ hasText: 'Apprentis en contrat' })).toContainText(/\d+(,\d)?\u00a0% des \d\u202f\d{3} élèves/);
  await expect(tiles.filter({ hasText: 'Start-up en activité' })).toContainText('72\u00a0%');
});

test('English and the dark theme survive a reload', async ({ page }) => {
  await page.goto('/settings');
  await page.getByRole('radio', { name: 'English' }).check();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: 'Overview' }).click();
  await expect(page.getByText('Active partner companies')).toBeVisible();
});

test('an unknown path shows the page-not-found view', async ({ page }) => {
  await page.goto('/cette-page-nexiste-pas');
  await expect(page.getByRole('heading', { name: 'Page introuvable' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
});

test('demo data changes survive a reload and the reset restores them', async ({ page }) => {
  // Resetting the demo is an administrator's.
  await asUser(page, DEMO_USERS.admin);
  await page.goto('/');
  const partners = page.getByRole('region', { name: 'Indicateurs clés' }).getByRole('listitem').filter({ hasText: 'Entreprises partenaires actives' });
  await expect(partners).toContainText(/sur \d/);
  const before = Number((await partners.locator('p').nth(1).innerText()).replace(/\D/g, ''));
  // Archive one active company through the API, as the companies view will.
  const archived = await page.evaluate(async () => {
    const list = (await (await fetch('/api/partners?stage=active&pageSize=1')).json()) as { items: { id: string }[] };
    const id = list.items[0]!.id;
    const res = await fetch(`/api/partners/${id}/archive`, { method: 'POST' });
    return res.status;
  });
  expect(archived).toBe(200);
  await page.reload();
  await expect(partners.locator('p').nth(1)).toHaveText(new Intl.NumberFormat('fr-FR').format(before - 1));

  await page.getByRole('link', { name: /Paramètres/ }).click();
  await page.getByRole('button', { name: 'Réinitialiser les données de démonstration' }).click();
  const dialog = page.getByRole('dialog', { name: 'Réinitialiser les données ?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Oui, réinitialiser' }).click();
  await expect(page.getByText('Les données de démonstration ont été réinitialisées.')).toBeVisible();
  await expect(dialog).toBeHidden();
  await page.reload();
  await page.getByRole('link', { name: /Vue d’ensemble/ }).click();
  await expect(partners.locator('p').nth(1)).toHaveText(new Intl.NumberFormat('fr-FR').format(before));
});
