import { request as playwrightRequest } from '@playwright/test';
import type { Browser, Page } from '@playwright/test';
import { SERVER_ADMIN } from '../../playwright.server.config';
import { expect, SCREENSHOT_DIR, test } from '../e2e/fixtures';

/**
 * Journeys against the team server: two roles see what each may do; two people editing the same
 * company — the second sees the first's change after a refresh, and a conflicting save is refused
 * with a clear message instead of overwriting it.
 */

const PASSWORD = 'mot-de-passe-e2e-2026';
const DEV = { name: 'Inès Développeuse', email: 'ines.dev@e2e.local', role: 'business-developer' };
const DEV2 = { name: 'Hugo Affaires', email: 'hugo.dev@e2e.local', role: 'business-developer' };
const DIRECTOR = { name: 'Claire Direction', email: 'claire.direction@e2e.local', role: 'director' };

let company: { id: string; name: string };

test.beforeAll(async ({ baseURL }) => {
  const api = await playwrightRequest.newContext({ baseURL });
  const signedIn = await api.post('/api/session', { data: SERVER_ADMIN });
  expect(signedIn.status()).toBe(200);
  const { csrfToken } = (await signedIn.json()) as { csrfToken: string };
  for (const account of [DEV, DEV2, DIRECTOR]) {
    const res = await api.post('/api/users', { data: { ...account, password: PASSWORD }, headers: { 'x-csrf-token': csrfToken } });
    expect([201, 409]).toContain(res.status());
  }
  const page = (await (await api.get('/api/partners?pageSize=1&sort=name&order=desc')).json()) as { items: { id: string; name: string }[] };
  company = page.items[0]!;
  await api.dispose();
});

async function signIn(page: Page, account: { email: string }, path: string) {
  await page.goto(path);
  await expect(page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  await page.getByLabel('Adresse e-mail').fill(account.email);
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

async function newPage(browser: Browser) {
  const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', reducedMotion: 'reduce', viewport: { width: 1366, height: 900 } });
  return { context, page: await context.newPage() };
}

test('a business developer edits a company; a director reads it and its history but cannot change anything', async ({ page, browser }) => {
  await signIn(page, { email: 'wrong@e2e.local' }, '/partners');
  await page.getByLabel('Mot de passe').fill('faux');
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByText('Adresse e-mail ou mot de passe incorrect.')).toBeVisible();
  await expect(page.getByLabel('Adresse e-mail')).toHaveValue('wrong@e2e.local');

  await page.getByLabel('Adresse e-mail').fill(DEV.email);
  await page.getByLabel('Mot de passe').fill(PASSWORD);
  await page.getByRole('button', { name: 'Se connecter' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Entreprises' })).toBeVisible();
  await expect(page.getByText(DEV.name)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Nouvelle entreprise' })).toBeVisible();

  await page.goto(`/partners/${company.id}`);
  await expect(page.getByRole('heading', { level: 1, name: company.name })).toBeVisible();
  await page.getByRole('button', { name: 'Modifier' }).click();
  await page.getByLabel('Ville').fill('Alès');
  await page.getByLabel('Notes').fill('Visite prévue au printemps <b>pas du HTML</b>');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await expect(page.getByRole('button', { name: 'Modifier' })).toBeVisible();

  const director = await newPage(browser);
  try {
    await signIn(director.page, DIRECTOR, `/partners/${company.id}`);
    await expect(director.page.getByRole('heading', { level: 1, name: company.name })).toBeVisible();
    await expect(director.page.getByRole('button', { name: 'Modifier' })).toHaveCount(0);
    await director.page.getByRole('tab', { name: 'Historique' }).click();
    const entry = director.page.getByRole('listitem').filter({ hasText: DEV.name }).first();
    await expect(entry).toContainText('Modification');
    await expect(entry).toContainText('Visite prévue au printemps <b>pas du HTML</b>');
    await director.page.screenshot({ path: `${SCREENSHOT_DIR}/server-history-director.png`, fullPage: true });
    await director.page.goto('/partners');
    await expect(director.page.getByRole('heading', { level: 1, name: 'Entreprises' })).toBeVisible();
    await expect(director.page.getByRole('link', { name: 'Nouvelle entreprise' })).toHaveCount(0);
    await director.page.getByRole('button', { name: 'Se déconnecter' }).click();
    await expect(director.page.getByRole('heading', { name: 'Connexion' })).toBeVisible();
  } finally {
    await director.context.close();
  }
});

test('two people edit the same company: the later save is refused with a clear message, nothing typed is lost, a refresh shows the other change', async ({ page, browser }) => {
  const other = await newPage(browser);
  try {
    await signIn(page, DEV, `/partners/${company.id}`);
    await signIn(other.page, DEV2, `/partners/${company.id}`);
    for (const p of [page, other.page]) {
      await expect(p.getByRole('heading', { level: 1, name: company.name })).toBeVisible();
      await p.getByRole('button', { name: 'Modifier' }).click();
    }
    await page.getByLabel('Ville').fill('Nîmes');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(page.getByRole('button', { name: 'Modifier' })).toBeVisible();

    await other.page.getByLabel('Ville').fill('Montpellier');
    await other.page.getByRole('button', { name: 'Enregistrer' }).click();
    await expect(other.page.getByText('Cette entreprise a été modifiée par quelqu’un d’autre entre-temps')).toBeVisible();
    await expect(other.page.getByLabel('Ville')).toHaveValue('Montpellier');
    await other.page.screenshot({ path: `${SCREENSHOT_DIR}/server-conflict.png`, fullPage: true });

    await other.page.reload();
    await expect(other.page.getByRole('heading', { level: 1, name: company.name })).toBeVisible();
    await expect(other.page.getByText('Nîmes').first()).toBeVisible();
  } finally {
    await other.context.close();
  }
});
