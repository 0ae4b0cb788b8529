import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, withPreferences, SCREENSHOT_DIR } from './fixtures';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

async function settled(page: Page) {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}
async function noAxeViolation(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}
/** "357 100 €" → 357100 */
const euros = (text: string | null) => Number((text ?? '').replace(/[^\d]/g, ''));

test('mark a tax pledge as received and see the campaign total move', async ({ page }) => {
  await page.goto('/apprenticeship-tax');
  await expect(page.getByRole('heading', { level: 1, name: 'Taxe d’apprentissage' })).toBeVisible();
  const total = page.getByTestId('tax-total-received');
  await expect(total).toBeVisible();
  await settled(page);
  const before = euros(await total.textContent());
  const progress = page.getByRole('progressbar');
  const progressBefore = await progress.getAttribute('aria-valuetext');

  // A company that pledged and has not paid yet.
  // The filter lives in the URL: the box shows checked once the address has changed.
  await page.getByRole('checkbox', { name: 'Promise' }).click();
  await expect(page).toHaveURL(/status=pledged/);
  await expect(page.getByRole('checkbox', { name: 'Promise' })).toBeChecked();
  const table = page.getByRole('table', { name: /^Entreprises de la campagne/ });
  const row = table.getByRole('row').nth(1);
  const name = (await row.getByRole('rowheader').textContent())!;
  const amount = euros(await row.getByRole('button', { name: /^Modifier le montant/ }).textContent());
  expect(amount).toBeGreaterThan(0);

  await row.getByRole('combobox', { name: `Statut de ${name}` }).selectOption('received');
  await expect.poll(async () => euros(await total.textContent())).toBe(before + amount);
  await expect(page.getByText(new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} : Versée,`))).toBeVisible();
  await expect(progress).not.toHaveAttribute('aria-valuetext', progressBefore!);

  // Saved: still there after a reload.
  await page.reload();
  await expect(page.getByTestId('tax-total-received')).toBeVisible();
  await expect.poll(async () => euros(await page.getByTestId('tax-total-received').textContent())).toBe(before + amount);
});

test('create follow-ups for forum attendees', async ({ page }) => {
  await page.goto('/events?kind=forum');
  const past = page.getByRole('region', { name: /^Passés/ });
  // Most recent first: the first past forum is the latest one.
  const latest = past.getByRole('rowheader').first().getByRole('link');
  await expect(latest).toBeVisible();
  const forum = (await latest.textContent())!;
  await latest.click();
  await expect(page.getByRole('heading', { level: 1, name: forum })).toBeVisible();
  await expect(page).toHaveURL(/[?&]event=ev-\d+/);

  const lever = page.getByRole('region', { name: 'Entreprises présentes sans relance prévue' });
  const list = lever.getByRole('list', { name: 'Entreprises présentes sans relance prévue' });
  await expect(list.getByRole('listitem').first()).toBeVisible();
  const count = await list.getByRole('listitem').count();
  expect(count).toBeGreaterThan(1);

  // One company, one click.
  const first = (await list.getByRole('link').first().textContent())!;
  await lever.getByRole('button', { name: `Planifier une relance pour ${first}` }).click();
  await expect(list.getByRole('link', { name: first, exact: true })).toHaveCount(0);
  await expect(page.getByText(new RegExp(`^Relance planifiée pour .+ le \\d{2}/\\d{2}/\\d{4}\\.$`))).toBeVisible();
  await expect(list.getByRole('listitem')).toHaveCount(count - 1);

  // Then all the others.
  await lever.getByRole('button', { name: `Planifier une relance pour toutes (${count - 1})` }).click();
  await expect(lever.getByText('Toutes les entreprises présentes ont une relance prévue')).toBeVisible();
  await expect(page.getByText(`${count - 1} relances planifiées pour le`, { exact: false })).toBeVisible();

  // They are real follow-ups: the API lists them.
  const planned = await page.evaluate(async (title) => {
    const all = (await (await fetch('/api/tasks?status=open&pageSize=1000')).json()) as { items: { title: string }[] };
    return all.items.filter((t) => t.title === title).length;
  }, `Relance suite à ${forum}`);
  expect(planned).toBe(count);
});

for (const theme of ['light', 'dark'] as const) {
  test(`/events (${theme}): no axe violation, screenshots of the list and of one event`, async ({ page }) => {
    await withPreferences(page, { theme });
    await page.goto('/events');
    await expect(page.getByRole('region', { name: /^Passés/ }).getByRole('rowheader').first()).toBeVisible();
    await settled(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/events-${theme}.png`, fullPage: true });
    await noAxeViolation(page);

    await page.getByRole('link', { name: /^Forum entreprises/ }).first().click();
    const lever = page.getByRole('region', { name: 'Entreprises présentes sans relance prévue' });
    await expect(lever.getByRole('listitem').first()).toBeVisible();
    await page.getByRole('combobox', { name: 'Ajouter une entreprise présente' }).fill('SA');
    await expect(page.getByRole('listbox', { name: 'Entreprises trouvées' }).getByRole('option').first()).toBeVisible();
    await settled(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/events-detail-${theme}.png` });
    await noAxeViolation(page);
  });

  test(`/apprenticeship-tax (${theme}): no axe violation, screenshot`, async ({ page }) => {
    await withPreferences(page, { theme });
    await page.goto('/apprenticeship-tax');
    await expect(page.getByTestId('tax-total-received')).toBeVisible();
    await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await settled(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/tax-${theme}.png`, fullPage: true });
    await noAxeViolation(page);

    // With the add form open and an amount being edited.
    await page.getByRole('button', { name: 'Ajouter une entreprise' }).click();
    await page.getByRole('button', { name: 'Ajouter à la campagne' }).click();
    await page.getByRole('button', { name: /^Modifier le montant/ }).first().click();
    await settled(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/tax-form-${theme}.png` });
    await noAxeViolation(page);
  });

  test(`company page tax and events tabs (${theme}): no axe violation, screenshot`, async ({ page }) => {
    await withPreferences(page, { theme });
    await page.goto('/apprenticeship-tax');
    const link = page.getByRole('table', { name: /^Entreprises de la campagne/ }).getByRole('rowheader').first().getByRole('link');
    await expect(link).toBeVisible();
    await link.click();
    await expect(page).toHaveURL(/\/partners\/p-\d+\?tab=tax$/);
    const history = page.getByRole('region', { name: 'Historique de la taxe d’apprentissage' });
    await expect(history.getByRole('table', { name: 'Historique de la taxe d’apprentissage' })).toBeVisible();
    await expect(history.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await settled(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/partner-tax-${theme}.png`, fullPage: true });
    await noAxeViolation(page);
    await page.getByRole('tab', { name: 'Événements' }).click();
    await expect(page.getByRole('region', { name: 'Événements auxquels l’entreprise a participé' })).toBeVisible();
    await settled(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/partner-events-${theme}.png`, fullPage: true });
    await noAxeViolation(page);
  });
}

test('/events and /apprenticeship-tax on a tablet: nothing cut off', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  for (const path of ['/events', '/apprenticeship-tax']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await settled(page);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
  await page.screenshot({ path: `${SCREENSHOT_DIR}/tax-tablet-light.png`, fullPage: true });
});
