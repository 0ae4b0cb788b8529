import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, withPreferences, SCREENSHOT_DIR } from './fixtures';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

/** The browser's own calendar day: the demo data's "today" in the browser. */
const localToday = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });

async function settled(page: Page) {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

test('plan a follow-up from a company page, find it in my follow-ups for today, and mark it done', async ({ page }) => {
  await page.goto('/tasks');
  await expect(page.getByRole('heading', { name: /^En retard \(/ })).toBeVisible();
  const me = await page.getByLabel('Vous êtes').locator('option:checked').textContent();
  const company = await page.evaluate(async () => {
    const list = (await (await fetch('/api/partners?pageSize=1')).json()) as { items: { id: string; name: string }[] };
    return list.items[0]!;
  });

  await page.goto(`/partners/${company.id}?tab=tasks`);
  await expect(page.getByRole('heading', { level: 1, name: company.name })).toBeVisible();
  const tab = page.getByRole('region', { name: 'Relances à faire' });
  await tab.getByRole('button', { name: 'Planifier une relance' }).click();
  const form = tab.getByRole('form', { name: 'Planifier une relance' });
  await expect(form.getByText(company.name)).toBeVisible();
  await expect(form.getByLabel('Responsable')).toHaveValue(/u-\d+/);
  await expect(form.getByLabel('Responsable').locator('option:checked')).toHaveText(me!);
  const title = 'Rappeler pour la convention de stage (e2e)';
  await form.getByLabel('Objet de la relance').fill(title);
  await form.getByLabel('Échéance').fill(await localToday(page));
  await form.getByRole('button', { name: 'Planifier la relance' }).click();
  await expect(page.getByText(`Relance « ${title} » planifiée pour le`)).toBeVisible();
  await expect(tab.getByRole('checkbox', { name: title })).toBeVisible();

  // In-app navigation: the follow-up is mine, due today.
  await page.getByRole('navigation', { name: 'Navigation principale' }).getByRole('link', { name: /Relances/ }).click();
  await expect(page).toHaveURL(/\/tasks$/);
  const today = page.getByRole('region', { name: /^Aujourd’hui \(/ });
  const box = today.getByRole('checkbox', { name: title });
  await expect(box).toBeVisible();
  await expect(today.getByRole('listitem').filter({ has: page.getByRole('checkbox', { name: title }) }).getByRole('link', { name: company.name })).toBeVisible();

  // A click, as a person does; what they then see is the confirmation and the row leaving "today".
  await box.click();
  await expect(page.getByText(`Relance « ${title} » marquée comme faite.`)).toBeVisible();
  await expect(today.getByRole('checkbox', { name: title })).toHaveCount(0);

  // And it is among the completed ones.
  await page.getByRole('radio', { name: 'Terminées' }).check();
  await expect(page).toHaveURL(/status=done/);
  await expect(page.getByRole('checkbox', { name: title })).toBeChecked();
});

for (const theme of ['light', 'dark'] as const) {
  test(`/tasks (${theme}): no axe violation, screenshot`, async ({ page }) => {
    await withPreferences(page, { theme });
    await page.goto('/tasks');
    await expect(page.getByRole('heading', { name: /^En retard \(/ })).toBeVisible();
    await settled(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/tasks-${theme}.png` });
    await page.screenshot({ path: `${SCREENSHOT_DIR}/tasks-${theme}-full.png`, fullPage: true });
    const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    // The form too, with its errors showing.
    await page.getByRole('button', { name: 'Nouvelle relance' }).click();
    await page.getByRole('button', { name: 'Planifier la relance' }).click();
    await expect(page.getByText('Indiquez l’objet de la relance.')).toBeVisible();
    await page.getByRole('combobox', { name: 'Entreprise (facultatif)' }).fill('Méca');
    await expect(page.getByRole('listbox', { name: 'Entreprise' }).getByRole('option').first()).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/tasks-form-${theme}.png` });
    const withForm = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(withForm.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}

test('/tasks on a tablet: nothing cut off', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto('/tasks?scope=all');
  await expect(page.getByRole('heading', { name: /^En retard \(/ })).toBeVisible();
  await settled(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `${SCREENSHOT_DIR}/tasks-tablet-light.png` });
});

for (const theme of ['light', 'dark'] as const) {
  test(`company “Relances” tab (${theme}): no axe violation with the form open, screenshot`, async ({ page }) => {
    await withPreferences(page, { theme });
    await page.goto('/tasks');
    // Data on screen: the in-browser API is up.
    await expect(page.getByRole('heading', { name: /^En retard \(/ })).toBeVisible();
    // A company with open and completed follow-ups.
    const id = await page.evaluate(async () => {
      const all = (await (await fetch('/api/tasks?status=all&pageSize=1000')).json()) as { items: { partnerId: string | null; done: boolean }[] };
      const by = new Map<string, { open: number; done: number }>();
      for (const t of all.items) {
        if (!t.partnerId) continue;
        const c = by.get(t.partnerId) ?? { open: 0, done: 0 };
        c[t.done ? 'done' : 'open']++;
        by.set(t.partnerId, c);
      }
      return [...by.entries()].find(([, c]) => c.open >= 2 && c.done >= 1)![0];
    });
    await page.goto(`/partners/${id}?tab=tasks`);
    const tab = page.getByRole('region', { name: 'Relances à faire' });
    await expect(tab.getByRole('checkbox').first()).toBeVisible();
    await tab.getByText(/^Relances terminées \(/).click();
    await tab.getByRole('button', { name: 'Planifier une relance' }).click();
    await settled(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/tasks-partner-${theme}.png`, fullPage: true });
    const results = await new AxeBuilder({ page }).include('main').withTags(AXE_TAGS).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
