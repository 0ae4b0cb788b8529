import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, asUser, withPreferences, DEMO_USERS, SCREENSHOT_DIR } from './fixtures';

/**
 * The platform manager's journeys on /equipment: a booking over another one is explained and the
 * proposed slot taken in one click; the calendar works from the keyboard; no axe violation.
 * Bookings are made on Monday 6 September 2027, past the demo data's horizon, so the slot is free.
 */
const ITEM = '/equipment/eq-06';
const DAY = '2027-09-06';
const WEEK = `${ITEM}?view=week&date=${DAY}`;

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Picks the first company the search offers for `text` and returns its name. */
async function pickCompany(page: Page, text: string): Promise<string> {
  const form = page.getByRole('form', { name: 'Nouvelle réservation' });
  await form.getByRole('combobox', { name: 'Entreprise' }).fill(text);
  // An option that matches what was typed: the previous search's options stay until the new answer.
  const option = form.getByRole('option').filter({ hasText: new RegExp(text, 'i') }).first();
  await expect(option).toBeVisible();
  const name = (await option.innerText()).split(/\n| · /)[0]!.trim();
  await option.click();
  return name;
}

async function book(page: Page, company: string, start: string, end: string, purpose: string) {
  const form = page.getByRole('form', { name: 'Nouvelle réservation' });
  const name = await pickCompany(page, company);
  await form.getByLabel('Début').fill(`${DAY}T${start}`);
  await form.getByLabel('Fin').fill(`${DAY}T${end}`);
  await form.getByLabel('Objet de la réservation').fill(purpose);
  await form.getByRole('button', { name: 'Demander la réservation' }).click();
  return name;
}

test('booking over an existing booking shows the conflict, and the proposed slot books in one click', async ({ page }) => {
  await asUser(page, DEMO_USERS.platformManager);
  await page.goto(`${WEEK}&display=list`);
  await expect(page.getByRole('heading', { level: 1, name: 'Calorimètre à cône' })).toBeVisible();
  await expect(page.getByText('Aucune réservation ni maintenance sur cette période.')).toBeVisible();

  const first = await book(page, 'Ateliers', '10:00', '12:00', 'Essai de réaction au feu');
  const period = page.getByRole('table', { name: 'Réservations et maintenances de la période' });
  await expect(period.getByRole('row').filter({ hasText: 'Essai de réaction au feu' })).toContainText(`${first}lun. 06/09 10:00`);

  const second = await book(page, 'Sol', '11:00', '12:00', 'Mesure du débit calorifique');
  const form = page.getByRole('form', { name: 'Nouvelle réservation' });
  const conflict = form.getByRole('alert');
  await expect(conflict).toContainText(`Ce créneau chevauche la réservation de ${first} du lun. 06/09 10:00 au lun. 06/09 12:00.`);
  await expect(conflict).toContainText('Prochain créneau libre de même durée : lun. 06/09 12:00–13:00.');
  await expect(form.getByLabel('Objet de la réservation')).toHaveValue('Mesure du débit calorifique');

  await conflict.getByRole('button', { name: 'Utiliser ce créneau' }).click();
  await expect(form.getByLabel('Début')).toHaveValue(`${DAY}T12:00`);
  await expect(form.getByLabel('Fin')).toHaveValue(`${DAY}T13:00`);
  await expect(form.getByRole('button', { name: 'Demander la réservation' })).toBeFocused();
  await form.getByRole('button', { name: 'Demander la réservation' }).click();

  await expect(page.getByText(`Réservation demandée pour ${second} : lun. 06/09 12:00–13:00`)).toBeVisible();
  const row = period.getByRole('row').filter({ hasText: 'Mesure du débit calorifique' });
  await expect(row).toContainText(`${second}lun. 06/09 12:00`);
  await expect(row).toContainText('lun. 06/09 13:00');
  await expect(row).toContainText('Demandée');
});

test('the calendar is operable from the keyboard', async ({ page }) => {
  await page.goto(`${ITEM}?view=week&date=2026-11-30`);
  const event = page.getByRole('button', { name: /^ILAT Génie Civil, Demandée, lun\. 30\/11 16:00–18:00$/ });
  await expect(event).toBeVisible();
  await event.focus();
  await page.keyboard.press('Enter');
  const details = page.getByRole('dialog', { name: /ILAT Génie Civil/ });
  await expect(details).toBeVisible();
  await expect(details).toContainText('Essai de propagation sur câbles');
  await page.keyboard.press('Escape');
  await expect(details).toBeHidden();
  await expect(event).toBeFocused();

  // Tab moves from one event to the next in time order.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: /^Mistradis Protection, Confirmée, mer\. 02\/12 09:00–11:00$/ })).toBeFocused();

  const next = page.getByRole('button', { name: 'Semaine suivante' });
  await next.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText('Semaine du 7 déc. au 13 déc. 2026')).toBeVisible();
  await expect(page).toHaveURL(/date=2026-12-07/);
  await page.getByRole('button', { name: 'Liste' }).focus();
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/display=list/);
  await expect(page.getByRole('table', { name: 'Réservations et maintenances de la période' })).toBeVisible();
});

for (const theme of ['light', 'dark'] as const) {
  test(`catalogue (${theme}): no axe violation, screenshot`, async ({ page }) => {
    await withPreferences(page, { theme });
    await page.goto('/equipment');
    await expect(page.getByRole('heading', { level: 1, name: 'Équipements partagés' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Calorimètre à cône' })).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    await expect(page.locator('.recharts-bar-rectangle').first()).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/equipment-list-${theme}.png`, fullPage: true });
    await axe(page);
  });

  test(`item (${theme}): no axe violation in calendar and list views, screenshot`, async ({ page }) => {
    await withPreferences(page, { theme });
    // The platform manager sees the booking form too: it is audited with the page.
    await asUser(page, DEMO_USERS.platformManager);
    await page.goto(`${ITEM}?view=week&date=2026-11-30`);
    await expect(page.getByRole('heading', { level: 1, name: 'Calorimètre à cône' })).toBeVisible();
    await expect(page.getByRole('button', { name: /^ILAT Génie Civil/ })).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    await expect(page.getByText(/h réservées sur 12 mois/)).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/equipment-item-${theme}.png`, fullPage: true });
    await axe(page);

    await page.getByRole('button', { name: 'Mois' }).click();
    await expect(page.getByText('novembre 2026')).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/equipment-item-month-${theme}.png`, fullPage: false });
    await axe(page);

    await page.getByRole('button', { name: 'Liste' }).click();
    await expect(page.getByRole('table', { name: 'Réservations et maintenances de la période' })).toBeVisible();
    await axe(page);
  });
}

test('on a tablet (768 px) the pages fit the width; the calendar scrolls inside its frame', async ({ page }) => {
  await page.setViewportSize({ width: 768, height: 1024 });
  await asUser(page, DEMO_USERS.platformManager);
  for (const [path, ready, name] of [
    ['/equipment', 'Calorimètre à cône', 'equipment-list-tablet'],
    [`${ITEM}?view=week&date=2026-11-30`, 'Heures réservées par mois', 'equipment-item-tablet'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByText(ready).first()).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/${name}-light.png`, fullPage: true });
  }
});
