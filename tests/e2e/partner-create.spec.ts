import { AxeBuilder } from '@axe-core/playwright';
import { test, expect, withPreferences, SCREENSHOT_DIR } from './fixtures';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

test('create a company after fixing an invalid SIREN, and land on its page', async ({ page }) => {
  await page.goto('/partners/new');
  await expect(page.getByRole('heading', { level: 1, name: 'Nouvelle entreprise' })).toBeVisible();
  await page.getByLabel('Raison sociale').fill('Cévennes Hydrogène Services');
  await page.getByLabel('Code NAF').fill('20.11Z');
  await page.getByRole('button', { name: 'Choisir « Hydrogène »' }).click();
  await expect(page.getByLabel('Secteur')).toHaveValue('hydrogene');
  await page.getByLabel('Département').selectOption('30');
  await page.getByLabel('Ville').fill('Alès');

  const siren = page.getByLabel('SIREN', { exact: true });
  await siren.fill('200 034 529');
  await siren.blur();
  await expect(page.getByText('SIREN invalide : la clé de contrôle ne correspond pas')).toBeVisible();
  await expect(siren).toHaveAttribute('aria-invalid', 'true');
  await siren.fill('200 034 528');
  await expect(page.getByText('SIREN invalide : la clé de contrôle ne correspond pas')).toBeHidden();
  await expect(page.getByLabel('Numéro de TVA intracommunautaire')).toHaveValue('FR01200034528');

  await page.getByRole('button', { name: 'Créer l’entreprise' }).click();
  await expect(page).toHaveURL(/\/partners\/p-\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Cévennes Hydrogène Services' })).toBeVisible();
  await expect(page.getByText('Entreprise « Cévennes Hydrogène Services » créée.')).toBeVisible();
  await expect(page.getByText('200 034 528')).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test(`new company form (${theme}): no axe violation, even with messages shown`, async ({ page }) => {
    await withPreferences(page, { theme });
    await page.goto('/partners/new');
    await expect(page.getByLabel('Raison sociale')).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    // Show a field message, a NAF suggestion and a duplicate warning, as a person would see them.
    const siren = page.getByLabel('SIREN', { exact: true });
    await siren.fill('200034529');
    await siren.blur();
    await page.getByLabel('Code NAF').fill('62.01Z');
    const existing = await page.evaluate(async () => {
      const list = (await (await fetch('/api/partners?pageSize=1')).json()) as { items: { name: string; department: string }[] };
      return list.items[0]!;
    });
    await page.getByLabel('Raison sociale').fill(existing.name);
    await page.getByLabel('Département').selectOption(existing.department);
    await expect(page.getByRole('region', { name: 'Cette entreprise existe peut-être déjà' })).toBeVisible();
    await expect(page.getByText('SIREN invalide : la clé de contrôle ne correspond pas')).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/partner-new-${theme}.png`, fullPage: true });
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
