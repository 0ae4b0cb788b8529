import type { CDPSession, ConsoleMessage, Locator, Page } from '@playwright/test';
import { test, expect, asUser, keepDemoWorker, DEMO_USERS } from './fixtures';
import { FAULT_KINDS, installFaults, setFault } from './fault-injection';
import type { FaultKind } from './fault-injection';

/**
 * Every route with its API failing: a 500, a 503, a dropped connection, a 10-second delay and a
 * malformed answer. The shell and the navigation stay; each widget whose data failed says so with
 * Retry; Retry brings the data back once the API answers; nothing is left unhandled.
 *
 * Faults are injected at the page's `fetch` (see fault-injection.ts for why not `page.route`).
 * The page's clock is Playwright's: it runs at normal speed, and the test skips ahead through
 * TanStack Query's retry back-off (1 s then 2 s) and through the 10-second delay, so that 14
 * routes × 5 faults stay within a few minutes while the app still lives through every second.
 */

test.describe.configure({ mode: 'parallel' });

interface RouteCase {
  path: string;
  /** Something only the loaded data shows. */
  ready: (page: Page) => Locator;
  /** The page has no data of its own to fail (the settings, in the demo). */
  noData?: boolean;
}

const h1 = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });

const ROUTES: RouteCase[] = [
  { path: '/', ready: (p) => p.getByRole('region', { name: 'Indicateurs clés' }).getByRole('listitem').filter({ hasText: 'Entreprises partenaires actives' }) },
  { path: '/partners', ready: (p) => p.getByText(/^1–50 sur \d/) },
  { path: '/partners/:id', ready: (p) => p.getByRole('region', { name: 'Chiffres clés' }) },
  { path: '/opportunities', ready: (p) => p.getByRole('heading', { level: 2, name: /^Identifiée/ }) },
  // "Mes relances": the list waits for who "I" am, whom the demo reads from the API too.
  { path: '/tasks', ready: (p) => p.getByRole('heading', { name: /^En retard \(/ }) },
  { path: '/apprentices', ready: (p) => p.getByText(/contrats actifs au \d{2}\/\d{2}\/\d{4}/) },
  { path: '/equipment', ready: (p) => p.getByRole('link', { name: 'Calorimètre à cône' }) },
  { path: '/equipment/eq-06', ready: (p) => h1(p, 'Calorimètre à cône') },
  { path: '/incubator', ready: (p) => p.getByText(/projets en incubation/) },
  { path: '/territory', ready: (p) => p.getByRole('table', { name: /par secteur et par département/ }) },
  { path: '/academic', ready: (p) => p.getByText(/doubles diplômes actifs/) },
  { path: '/events', ready: (p) => p.getByRole('heading', { level: 2 }).first() },
  { path: '/apprenticeship-tax', ready: (p) => p.getByTestId('tax-total-received') },
  { path: '/settings', ready: (p) => h1(p, 'Paramètres'), noData: true },
];

/** What each fault reads as, in the widget that failed (src/locales/fr.ts, error.*). */
const MESSAGE: Record<Exclude<FaultKind, 'delay'>, RegExp> = {
  'http-500': /Le serveur a rencontré une erreur \(500\)/,
  'http-503': /Le serveur a rencontré une erreur \(503\)/,
  dropped: /Le serveur ne répond pas/,
  malformed: /La réponse du serveur est illisible/,
};

/** The only console errors a failing network may leave (the browser's own line per failed load). */
const EXPECTED_CONSOLE = [/Failed to load resource/];

function watchConsole(page: Page): string[] {
  const unexpected: string[] = [];
  page.on('console', (m: ConsoleMessage) => {
    if (m.type() === 'error' && !EXPECTED_CONSOLE.some((re) => re.test(m.text()))) unexpected.push(m.text());
  });
  return unexpected;
}

/** A failed widget: an alert that offers Retry (in the page, or the header's person picker). */
const retryButtons = (page: Page) => page.getByRole('alert').getByRole('button', { name: 'Réessayer' });

/** Skips ahead through the retry back-off until `locator` shows (the clock runs on by itself too). */
async function skipUntilVisible(page: Page, locator: Locator, timeout = 20_000) {
  await expect(async () => {
    await page.clock.fastForward(1_000);
    await expect(locator).toBeVisible({ timeout: 250 });
  }).toPass({ timeout });
}

/** Clicks Retry in every failed widget until none is left (one Retry may bring several back). */
async function retryAll(page: Page) {
  await expect(async () => {
    const buttons = retryButtons(page);
    // Last first: `all()` gives positional locators, and a recovered widget's button leaves the list.
    for (const button of (await buttons.all()).reverse()) {
      // Another widget's Retry may already have brought this one back (a shared query).
      await button.click({ timeout: 500 }).catch(() => undefined);
    }
    await expect(buttons).toHaveCount(0, { timeout: 5_000 });
  }).toPass({ timeout: 20_000 });
}

/** The shell is there and usable: the navigation, the page's own title. */
async function expectShell(page: Page) {
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Vue d’ensemble' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  // A widget failed, not the page: the route-level error never shows.
  await expect(page.getByText('Cette page n’a pas pu s’afficher')).toHaveCount(0);
}

/** The demo API answers in 20 ms instead of its default 250 ms (mocks/browser.ts): the faults are the test's delays. */
async function fastDemoApi(page: Page) {
  await page.addInitScript(() => localStorage.setItem('passerelles.latency', '20'));
}

/** Opens a page once the demo API is up, with the fault switch installed. */
async function openWithFaults(page: Page, path: string) {
  await installFaults(page);
  await page.goto(path);
  await expect(page.getByLabel('Vous êtes')).toBeVisible();
  await keepDemoWorker(page);
}

async function resolvePath(page: Page, path: string): Promise<string> {
  if (!path.includes(':id')) return path;
  const id = await page.evaluate(async () => {
    const res = await fetch('/api/partners?stage=active&pageSize=1');
    return ((await res.json()) as { items: { id: string }[] }).items[0]!.id;
  });
  return path.replace(':id', id);
}

for (const route of ROUTES) {
  test(`${route.path}: 500, 503, dropped, malformed and slow answers stay in their widgets`, async ({ page }) => {
    test.setTimeout(120_000);
    const unexpected = watchConsole(page);
    await fastDemoApi(page);
    await installFaults(page);
    await page.clock.install();
    await page.goto('/settings');
    // The picker lists the demo's people: the demo API is up.
    await expect(page.getByLabel('Vous êtes')).toBeVisible();
    await keepDemoWorker(page);
    const path = await resolvePath(page, route.path);
    await page.goto(path);
    await expect(route.ready(page)).toBeVisible({ timeout: 20_000 });

    for (const kind of FAULT_KINDS) {
      await test.step(kind, async () => {
        await setFault(page, { kind });
        await page.reload();
        if (kind === 'delay') {
          // Loading shows as skeletons, the shell is there, and the data comes when the API does.
          await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
          if (!route.noData) {
            await expect(page.locator('[aria-busy="true"]').first()).toBeAttached();
            await page.clock.fastForward(9_000);
            await expect(page.locator('[aria-busy="true"]').first()).toBeAttached();
            await expect(retryButtons(page)).toHaveCount(0);
          }
          await setFault(page, null);
          await page.clock.fastForward(2_000);
          await expect(route.ready(page)).toBeVisible({ timeout: 20_000 });
          await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
          return;
        }
        if (route.noData) {
          await expectShell(page);
          await expect(route.ready(page)).toBeVisible();
          await expect(retryButtons(page)).toHaveCount(0);
        } else {
          await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();
          await skipUntilVisible(page, retryButtons(page).first());
          await expect(page.getByRole('alert').filter({ hasText: MESSAGE[kind] }).first()).toBeVisible();
          await expectShell(page);
        }
        await setFault(page, null);
        await retryAll(page);
        await expect(route.ready(page)).toBeVisible({ timeout: 20_000 });
        await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
        // Who "I" am came back too: the demo's person picker is in the header again.
        await expect(page.getByLabel('Vous êtes')).toBeVisible();
      });
    }
    expect(unexpected, 'unexpected console errors').toEqual([]);
  });
}

/* ------------------------------------------------------ one widget fails, the rest stays ------------------------------------------------------ */

test('the overview: only the key figures fail, the charts are drawn; Retry brings the figures', async ({ page }) => {
  const unexpected = watchConsole(page);
  await openWithFaults(page, '/settings');
  await setFault(page, { kind: 'http-500', path: '^/api/stats/overview' });
  await page.goto('/');
  const kpis = page.getByRole('region', { name: 'Indicateurs clés' });
  await expect(kpis.getByRole('alert')).toContainText('Le serveur a rencontré une erreur (500)', { timeout: 20_000 });
  await expect(page.getByRole('figure', { name: 'Entreprises partenaires par année universitaire' }).locator('.recharts-bar-rectangle').first()).toBeVisible();
  await expect(retryButtons(page)).toHaveCount(1);

  await setFault(page, null);
  await kpis.getByRole('button', { name: 'Réessayer' }).click();
  await expect(kpis.getByRole('listitem').filter({ hasText: 'Entreprises partenaires actives' })).toBeVisible();
  await expect(retryButtons(page)).toHaveCount(0);
  expect(unexpected).toEqual([]);
});

test('a company page: only its exchanges fail; the header, figures and other tabs stay', async ({ page }) => {
  const unexpected = watchConsole(page);
  await openWithFaults(page, '/settings');
  const path = await resolvePath(page, '/partners/:id');
  await setFault(page, { kind: 'dropped', path: '^/api/interactions' });
  await page.goto(`${path}?tab=interactions`);
  const timeline = page.getByRole('region', { name: /^Historique des échanges/ });
  await expect(timeline.getByRole('alert')).toContainText('Le serveur ne répond pas', { timeout: 20_000 });
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Impossible de charger cette entreprise');
  await expect(page.getByRole('tab', { name: 'Contacts' })).toBeVisible();
  // The form to log an exchange is still there: one can write while the history is unavailable.
  await expect(page.getByRole('form', { name: 'Consigner un échange' })).toBeVisible();

  await setFault(page, null);
  await timeline.getByRole('button', { name: 'Réessayer' }).click();
  await expect(timeline.getByRole('listitem').first()).toBeVisible();
  await expect(retryButtons(page)).toHaveCount(0);
  expect(unexpected).toEqual([]);
});

/* -------------------------------------------------------- mutations the API refuses -------------------------------------------------------- */

test('create a company: a 500, a 422 and a dropped connection keep every field; then it is created', async ({ page }) => {
  await openWithFaults(page, '/partners/new');
  const name = 'Forges du Gardon (e2e)';
  await page.getByLabel('Raison sociale').fill(name);
  await page.getByLabel('Secteur').selectOption('materiaux');
  await page.getByLabel('Département').selectOption('30');
  await page.getByLabel('Ville').fill('La Grand-Combe');
  const create = page.getByRole('button', { name: 'Créer l’entreprise' });
  const kept = async () => {
    await expect(page.getByLabel('Raison sociale')).toHaveValue(name);
    await expect(page.getByLabel('Ville')).toHaveValue('La Grand-Combe');
    await expect(page.getByLabel('Département')).toHaveValue('30');
    await expect(page).toHaveURL(/\/partners\/new$/);
  };

  await setFault(page, { kind: 'refuse', status: 500, methods: ['POST'], path: '^/api/partners$' });
  await create.click();
  await expect(page.getByRole('alert').filter({ hasText: 'L’enregistrement a échoué : Le serveur a rencontré une erreur (500).' })).toContainText('Vos saisies sont conservées');
  await kept();

  await setFault(page, { kind: 'refuse', status: 422, methods: ['POST'], path: '^/api/partners$', problem: { title: 'Données invalides', errors: [{ field: 'name', message: 'Ce nom est refusé par le serveur' }] } });
  await create.click();
  await expect(page.getByText('Ce nom est refusé par le serveur')).toBeVisible();
  await expect(page.getByLabel('Raison sociale')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('L’enregistrement a été refusé. Corrigez les champs signalés')).toBeVisible();
  await kept();

  await setFault(page, { kind: 'dropped', methods: ['POST'] });
  await create.click();
  await expect(page.getByText(/L’enregistrement a échoué : Le serveur ne répond pas/)).toBeVisible();
  await kept();

  await setFault(page, null);
  await create.click();
  await expect(h1(page, name)).toBeVisible();
  await expect(page).toHaveURL(/\/partners\/p-\d+$/);
});

test('edit a company: someone else changed it (409): the form stays open with what was typed and says why', async ({ page }) => {
  await openWithFaults(page, '/settings');
  const path = await resolvePath(page, '/partners/:id');
  const id = path.split('/').pop()!;
  await page.goto(path);
  await page.getByRole('button', { name: 'Modifier', exact: true }).click();
  await page.getByLabel('Ville').fill('Saint-Christol-lez-Alès');
  await setFault(page, { kind: 'refuse', status: 409, methods: ['PATCH', 'PUT'], problem: { title: 'Conflit de version', conflictId: id } });
  await page.getByRole('button', { name: 'Enregistrer', exact: true }).click();
  await expect(page.getByText('Cette entreprise a été modifiée par quelqu’un d’autre entre-temps.')).toBeVisible();
  await expect(page.getByLabel('Ville')).toHaveValue('Saint-Christol-lez-Alès');
});

test('log an exchange: the optimistic entry is taken back, the text is kept with the reason; then it is saved', async ({ page }) => {
  await openWithFaults(page, '/settings');
  const path = await resolvePath(page, '/partners/:id');
  await page.goto(`${path}?tab=interactions`);
  const timeline = page.getByRole('region', { name: /^Historique des échanges/ });
  await expect(timeline.getByRole('listitem').first()).toBeVisible();
  const form = page.getByRole('form', { name: 'Consigner un échange' });
  const summary = 'Appel : projet de chaire sur le stockage de l’hydrogène (e2e).';
  await form.getByLabel('Compte rendu').fill(summary);

  await setFault(page, { kind: 'refuse', status: 500, methods: ['POST'], path: '^/api/interactions', delayMs: 1_000 });
  await form.getByRole('button', { name: 'Consigner' }).click();
  // Shown at once, marked as being saved…
  await expect(timeline.getByRole('listitem').first()).toContainText(summary);
  // …then taken back when the server refuses, with the reason, and nothing typed is lost.
  await expect(form.getByRole('alert')).toHaveText('L’échange n’a pas été enregistré : Le serveur a rencontré une erreur (500). Réessayez dans un instant. Votre saisie est conservée.');
  await expect(timeline.getByText(summary)).toHaveCount(0);
  await expect(form.getByLabel('Compte rendu')).toHaveValue(summary);

  await setFault(page, null);
  await form.getByRole('button', { name: 'Consigner' }).click();
  await expect(page.getByText('Échange consigné.')).toBeVisible();
  await expect(timeline.getByRole('listitem').first()).toContainText(summary);
});

test('plan a follow-up: a 422 marks the field, keeps the form filled in', async ({ page }) => {
  await openWithFaults(page, '/tasks');
  await page.getByRole('button', { name: 'Nouvelle relance' }).first().click();
  const form = page.getByRole('form', { name: 'Nouvelle relance' });
  await form.getByLabel('Objet de la relance').fill('Relancer pour la taxe d’apprentissage (e2e)');
  const due = await form.getByLabel('Échéance').inputValue();
  await setFault(page, { kind: 'refuse', status: 422, methods: ['POST'], problem: { title: 'Données invalides', errors: [{ field: 'title', message: 'Objet refusé par le serveur' }] } });
  await form.getByRole('button', { name: 'Planifier la relance' }).click();
  await expect(form.getByRole('alert')).toHaveText('La relance n’a pas été enregistrée : corrigez les champs signalés.');
  await expect(form.getByText('Objet refusé par le serveur')).toBeVisible();
  await expect(form.getByLabel('Objet de la relance')).toHaveValue('Relancer pour la taxe d’apprentissage (e2e)');
  await expect(form.getByLabel('Échéance')).toHaveValue(due);
});

test('book equipment: a 503 keeps the request filled in and says the booking was not saved', async ({ page }) => {
  await asUser(page, DEMO_USERS.platformManager);
  await openWithFaults(page, '/equipment/eq-06?view=week&date=2027-09-06&display=list');
  const form = page.getByRole('form', { name: 'Nouvelle réservation' });
  await form.getByRole('combobox', { name: 'Entreprise' }).fill('Ateliers');
  const option = form.getByRole('option').filter({ hasText: /Ateliers/ }).first();
  await option.click();
  await form.getByLabel('Début').fill('2027-09-06T14:00');
  await form.getByLabel('Fin').fill('2027-09-06T16:00');
  await form.getByLabel('Objet de la réservation').fill('Essai au cône (e2e)');
  await setFault(page, { kind: 'http-503', methods: ['POST'] });
  await form.getByRole('button', { name: 'Demander la réservation' }).click();
  await expect(form.getByText('La réservation n’a pas été enregistrée : Le serveur a rencontré une erreur (503).')).toBeVisible();
  await expect(form.getByLabel('Objet de la réservation')).toHaveValue('Essai au cône (e2e)');
  await expect(form.getByLabel('Début')).toHaveValue('2027-09-06T14:00');
  await expect(form.getByRole('combobox', { name: 'Entreprise' })).toHaveValue(/Ateliers/);
});

/* ------------------------------------------------------- optimistic changes taken back ------------------------------------------------------- */

const column = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

test('move an opportunity: the card moves at once, comes back when the server refuses, and a message says why', async ({ page }) => {
  await openWithFaults(page, '/opportunities');
  await expect(column(page, 'Identifiée').getByRole('article').first()).toBeVisible();
  const article = column(page, 'Contactée').getByRole('article').first();
  const title = (await article.getByRole('heading').textContent())!;
  const company = (await article.getByRole('link').textContent())!;
  const cardIn = (name: string) => column(page, name).getByRole('article', { name: title, exact: true }).filter({ has: page.getByRole('link', { name: company, exact: true }) });

  await setFault(page, { kind: 'refuse', status: 500, methods: ['PATCH'], delayMs: 1_500 });
  await cardIn('Contactée').getByRole('button', { name: `Déplacer « ${title} » vers…` }).click();
  await page.getByRole('menu').getByRole('menuitem', { name: 'Proposition' }).click();
  await expect(cardIn('Proposition')).toBeVisible();
  await expect(page.getByText(`Déplacement annulé pour « ${title} » : Le serveur a rencontré une erreur (500).`)).toBeVisible();
  await expect(cardIn('Contactée')).toBeVisible();
  await expect(cardIn('Proposition')).toHaveCount(0);
});

test('tick a follow-up: ticked at once, unticked when the server says someone changed it (409), with a message', async ({ page }) => {
  await openWithFaults(page, '/tasks?scope=all');
  const first = page.getByRole('region', { name: /^En retard \(/ }).getByRole('checkbox').first();
  await expect(first).not.toBeChecked();
  // Titles repeat across companies: this very box, by its id.
  const { id, title } = await first.evaluate((el) => ({ id: el.id, title: (el as HTMLInputElement).labels?.[0]?.textContent ?? '' }));
  const box = page.locator(`[id="${id}"]`);
  await setFault(page, { kind: 'refuse', status: 409, methods: ['PATCH'], delayMs: 1_500, problem: { title: 'Conflit de version' } });
  await box.click();
  await expect(box).toBeChecked();
  await expect(page.getByText(`La relance « ${title} » n’a pas pu être mise à jour : quelqu’un l’a modifiée entre-temps.`)).toBeVisible();
  await expect(box).not.toBeChecked();
});

test('change a tax pledge’s status inline: shown at once, put back when the server fails, with a message', async ({ page }) => {
  await openWithFaults(page, '/apprenticeship-tax');
  const table = page.getByRole('table', { name: /^Entreprises de la campagne/ });
  await expect(table.getByRole('combobox').first()).toBeVisible();
  // A company that pledged (the view's status filter would hide the row once changed).
  const label = await table.locator('select[aria-label^="Statut de "]').evaluateAll((all) => all.find((s) => (s as HTMLSelectElement).value === 'pledged')?.getAttribute('aria-label'));
  expect(label).toBeTruthy();
  const name = label!.replace('Statut de ', '');
  const status = table.getByRole('combobox', { name: label!, exact: true });
  await expect(status).toHaveValue('pledged');
  await setFault(page, { kind: 'refuse', status: 500, methods: ['PATCH'], delayMs: 1_500 });
  await status.selectOption('received');
  await expect(status).toHaveValue('received');
  await expect(page.getByText(`La modification de ${name} n’a pas été enregistrée : Le serveur a rencontré une erreur (500).`)).toBeVisible();
  await expect(status).toHaveValue('pledged');
});

/* ------------------------------------------------------------------ offline ------------------------------------------------------------------ */

/**
 * Network state, both halves: `context.setOffline` cuts the network, but in Chromium 156 the
 * command it sends (Network.emulateNetworkConditions) no longer changes `navigator.onLine` nor
 * fires online/offline events (protocol.d.ts: "use Network.overrideNetworkState"), so that is sent
 * too — what a person sees when their Wi-Fi drops.
 */
const sessions = new WeakMap<Page, CDPSession>();
async function setNetwork(page: Page, online: boolean) {
  await page.context().setOffline(!online);
  // One session per page, kept open: its override ends with it.
  let cdp = sessions.get(page);
  if (!cdp) {
    cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    sessions.set(page, cdp);
  }
  await cdp.send('Network.overrideNetworkState', { offline: !online, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
}

test('offline: a banner says the data may be out of date; back online it goes and the page’s data is fetched again', async ({ page }) => {
  await openWithFaults(page, '/academic');
  await expect(page.getByText(/doubles diplômes actifs/)).toBeVisible();
  const banner = page.getByRole('status').filter({ hasText: 'Vous êtes hors ligne : les données affichées peuvent ne plus être à jour.' });
  await expect(banner).toHaveCount(0);

  await setNetwork(page, false);
  await expect(banner).toBeVisible();
  // The navigation still works; what is already loaded stays readable.
  await expect(page.getByRole('navigation', { name: 'Navigation principale' })).toBeVisible();

  const refetched = page.waitForRequest((r) => new URL(r.url()).pathname === '/api/academic-partners');
  await setNetwork(page, true);
  await expect(banner).toHaveCount(0);
  await refetched;
  await expect(page.getByText(/doubles diplômes actifs/)).toBeVisible();
  await expect(retryButtons(page)).toHaveCount(0);
});
