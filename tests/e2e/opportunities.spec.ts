import { AxeBuilder } from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, withPreferences, SCREENSHOT_DIR } from './fixtures';

const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function openBoard(page: Page, path = '/opportunities') {
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 2, name: 'Identifiée' })).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

/** Titles repeat across companies: a card is its title plus its company's link. */
async function firstCard(page: Page, columnName: string) {
  const article = column(page, columnName).getByRole('article').first();
  const title = (await article.getByRole('heading').textContent())!;
  const company = (await article.getByRole('link').textContent())!;
  return { title, company };
}
function cardIn(page: Page, columnName: string, card: { title: string; company: string }): Locator {
  return column(page, columnName)
    .getByRole('article', { name: card.title, exact: true })
    .filter({ has: page.getByRole('link', { name: card.company, exact: true }) });
}
async function columnCount(page: Page, name: string): Promise<number> {
  const text = await column(page, name).locator('header p span[aria-hidden="true"]').textContent();
  return Number((text ?? '').split('·')[0]!.replace(/\D/g, ''));
}

test('moves an opportunity to "Gagnée" with the keyboard only, reason included, and it stays there', async ({ page }) => {
  await openBoard(page);
  const card = await firstCard(page, 'Identifiée');
  const won = await columnCount(page, 'Gagnée');
  const trigger = `Déplacer « ${card.title} » vers…`;

  // Tab through the page until this card's "Déplacer vers…" button has focus.
  const target = cardIn(page, 'Identifiée', card).getByRole('button', { name: trigger });
  let reached = false;
  for (let i = 0; i < 80 && !reached; i++) {
    await page.keyboard.press('Tab');
    reached = await target.evaluate((el) => el === document.activeElement).catch(() => false);
  }
  expect(reached, 'the card’s menu button is reachable with Tab').toBe(true);
  await expect(target).toBeFocused();

  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: 'Contactée' })).toBeFocused();
  for (const next of ['Proposition', 'Négociation', 'Gagnée']) {
    await page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: next })).toBeFocused();
  }
  await page.keyboard.press('Enter');

  const dialog = page.getByRole('dialog', { name: 'Opportunité gagnée' });
  await expect(dialog).toBeVisible();
  const reason = dialog.getByRole('textbox', { name: 'Motif' });
  await expect(reason).toBeFocused();
  // An empty reason is refused, in French, next to the field.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Enregistrer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByText('Indiquez pourquoi l’opportunité est gagnée')).toBeVisible();
  await expect(reason).toBeFocused();
  await page.keyboard.type('Convention signée par la direction');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');

  await expect(dialog).toBeHidden();
  await expect(cardIn(page, 'Gagnée', card)).toBeVisible();
  await expect(cardIn(page, 'Identifiée', card)).toHaveCount(0);
  // Focus followed the card into its new column.
  await expect(cardIn(page, 'Gagnée', card).getByRole('button', { name: trigger })).toBeFocused();
  await expect(page.getByText('Enregistrement…')).toHaveCount(0);
  expect(await columnCount(page, 'Gagnée')).toBe(won + 1);

  await page.reload();
  await openBoard(page);
  await expect(cardIn(page, 'Gagnée', card)).toBeVisible();
  await expect(cardIn(page, 'Gagnée', card).getByText('Convention signée par la direction')).toBeVisible();
  expect(await columnCount(page, 'Gagnée')).toBe(won + 1);
});

test('drags a card with the mouse from "Contactée" to "Proposition"', async ({ page }) => {
  await openBoard(page);
  const card = await firstCard(page, 'Contactée');
  const before = { contacted: await columnCount(page, 'Contactée'), proposal: await columnCount(page, 'Proposition') };
  const handle = cardIn(page, 'Contactée', card).getByRole('button', { name: `Saisir « ${card.title} » pour la déplacer` });
  const from = (await handle.boundingBox())!;
  const to = (await column(page, 'Proposition').boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 30, from.y + 20, { steps: 5 });
  await page.mouse.move(to.x + to.width / 2, to.y + 120, { steps: 15 });
  await expect(column(page, 'Proposition')).toHaveAttribute('data-over', 'true');
  await page.mouse.up();

  await expect(cardIn(page, 'Proposition', card)).toBeVisible();
  await expect(cardIn(page, 'Contactée', card)).toHaveCount(0);
  expect(await columnCount(page, 'Proposition')).toBe(before.proposal + 1);
  expect(await columnCount(page, 'Contactée')).toBe(before.contacted - 1);
  await expect(page.getByText('Enregistrement…')).toHaveCount(0);
  await page.reload();
  await openBoard(page);
  await expect(cardIn(page, 'Proposition', card)).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test(`kanban (${theme}): no axe violation`, async ({ page }) => {
    await withPreferences(page, { theme });
    await openBoard(page);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/opportunities-kanban-${theme}.png`, fullPage: true });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  test(`table (${theme}): no axe violation`, async ({ page }) => {
    await withPreferences(page, { theme });
    await page.goto('/opportunities?view=table');
    await expect(page.getByRole('table')).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    await expect(page.getByText(/1–50 sur/)).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/opportunities-table-${theme}.png`, fullPage: true });
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });
}
