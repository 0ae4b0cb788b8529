import { readFile } from 'node:fs/promises';
import type { Dialog, Page } from '@playwright/test';
import Papa from 'papaparse';
import { test, expect, keepDemoWorker } from './fixtures';

/**
 * Hostile input, in the browser: script-injection strings as company names, cities, tags,
 * websites, notes, contact names, exchanges, follow-ups, opportunities and CSV cells, shown on
 * every view that shows them. Nothing runs (no `window.__xss`, no dialog, no element of the data's
 * making); each string reads literally; the CSV export neutralises formulas.
 */

test.describe.configure({ mode: 'parallel' });

/** Each one would set window.__xss (or open a dialog) if the app rendered data as HTML or code. */
const INJECTIONS = [
  '<script>window.__xss=1</script>',
  '<img src=x onerror="window.__xss=1">',
  '"><svg onload=window.__xss=1>',
  "'><details open ontoggle=window.__xss=1>",
  '<iframe src="javascript:window.__xss=1"></iframe>',
  '<a href="javascript:window.__xss=1">lien</a>',
  "{{constructor.constructor('window.__xss=1')()}}",
  '${window.__xss=1}',
  '</textarea><script>alert(1)</script>',
  '<style>body{display:none}</style>',
] as const;
/** What a spreadsheet would run as a formula. */
const FORMULAS = ['=HYPERLINK("http://x")', '+SUM(1;1)', '-2+3', '@SUM(A1)'] as const;
const JS_URL = 'javascript:window.__xss=1';

/** Elements the data would have made if it were parsed as HTML (the app itself makes none). */
const FOREIGN_ELEMENTS = 'script:not([src]), img[src="x"], svg[onload], details[ontoggle], iframe, a[href^="javascript:" i], [onerror], [onload], [ontoggle], style:not([data-app])';

/** A dialog opened by the page (alert, confirm) would be the injection running. */
function watchDialogs(page: Page): string[] {
  const seen: string[] = [];
  page.on('dialog', (d: Dialog) => {
    seen.push(d.message());
    void d.dismiss();
  });
  return seen;
}

async function expectInert(page: Page, dialogs: string[]) {
  expect(await page.evaluate(() => (window as { __xss?: unknown }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  // Inline styles of the app's own libraries would count as "style": only in <head>.
  expect(await page.locator('body').locator(FOREIGN_ELEMENTS).count()).toBe(0);
  await expect(page.locator('body')).toBeVisible();
}

interface Corpus {
  hostileId: string;
  hostileName: string;
  others: { id: string; name: string }[];
}

/**
 * Through the demo API, from the page (the service worker answers the page's own fetches): one
 * company with every field hostile and an exchange, a contact, a follow-up and an opportunity per
 * injection string; one more company per string, named with it.
 */
async function seedCorpus(page: Page): Promise<Corpus> {
  // "Me": the follow-ups are mine, so that "Mes relances" lists them.
  const me = await page.getByLabel('Vous êtes').inputValue();
  return page.evaluate(
    async ({ injections, formulas, jsUrl, me }) => {
      const post = async (path: string, body: unknown) => {
        const res = await fetch(`/api${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
        if (!res.ok) throw new Error(`${path}: ${res.status} ${await res.text()}`);
        return (await res.json()) as { id: string; name?: string };
      };
      const d = new Date();
      const today = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      const company = (name: string, extra: Record<string, unknown> = {}) => ({
        name,
        siren: null,
        siret: null,
        nafCode: null,
        sector: 'materiaux',
        department: '30',
        city: 'Alès',
        sizeBand: 'pme',
        stage: 'prospect',
        ownerId: 'u-1',
        partnerSince: null,
        tags: [],
        website: null,
        notes: '',
        ...extra,
      });
      const hostileName = `${injections[0]} XSS-0`;
      const hostile = await post('/partners', company(hostileName, { city: injections[1], tags: [(injections[2] ?? '').slice(0, 40)], website: jsUrl, notes: injections.join('\n') }));
      for (const [i, text] of injections.entries()) {
        await post('/contacts', { partnerId: hostile.id, firstName: text.slice(0, 80), lastName: `XSS-${i}`, role: text.slice(0, 120), email: '', phone: '', isTutor: false });
        await post('/interactions', { partnerId: hostile.id, contactId: null, date: today, kind: 'meeting', authorId: 'u-1', summary: `${text} XSS-${i}` });
        await post('/tasks', { partnerId: hostile.id, title: `${text} XSS-${i}`, due: today, ownerId: me });
        await post('/opportunities', { partnerId: hostile.id, title: `${text} XSS-${i}`, kind: 'chair', amount: 1000, stage: 'identified', ownerId: 'u-1', expectedClose: today, closeReason: null });
      }
      const others: { id: string; name: string }[] = [];
      for (const [i, text] of [...injections.slice(1), ...formulas].entries()) {
        const name = `${text} XSS-${i + 1}`;
        const row = await post('/partners', company(name));
        others.push({ id: row.id, name });
      }
      return { hostileId: hostile.id, hostileName, others };
    },
    { injections: [...INJECTIONS], formulas: [...FORMULAS], jsUrl: JS_URL, me },
  );
}

async function openDemo(page: Page) {
  await page.goto('/settings');
  await expect(page.getByLabel('Vous êtes')).toBeVisible();
  await keepDemoWorker(page);
}

test('hostile companies, contacts, exchanges, follow-ups and opportunities render as text on every view', async ({ page }) => {
  test.setTimeout(90_000);
  const dialogs = watchDialogs(page);
  await openDemo(page);
  const corpus = await seedCorpus(page);
  const allNames = [corpus.hostileName, ...corpus.others.map((o) => o.name)];

  // The companies list, searched.
  await page.goto('/partners?q=XSS-');
  const rows = page.getByRole('table').getByRole('rowheader');
  await expect(rows).toHaveCount(allNames.length);
  for (const name of allNames) await expect(rows.filter({ hasText: name })).toHaveCount(1);
  await expectInert(page, dialogs);

  // The company page, tab by tab.
  await page.goto(`/partners/${corpus.hostileId}`);
  await expect(page.getByRole('heading', { level: 1, name: corpus.hostileName })).toBeVisible();
  await expect(page.getByText(`Matériaux · ${INJECTIONS[1]}, Gard (30)`)).toBeVisible();
  // A website that is not http(s) is shown, never linked.
  await expect(page.getByText(JS_URL)).toBeVisible();
  await expect(page.getByRole('link', { name: JS_URL })).toHaveCount(0);
  await expectInert(page, dialogs);

  const tabs: [string, (text: string, i: number) => string][] = [
    ['Contacts', (text) => text],
    ['Échanges', (text, i) => `${text} XSS-${i}`],
    ['Opportunités', (text, i) => `${text} XSS-${i}`],
    ['Relances', (text, i) => `${text} XSS-${i}`],
  ];
  for (const [tab, shown] of tabs) {
    await page.getByRole('tab', { name: tab }).click();
    // Visible matches: the exchange form's contact list also names them, in <option>s.
    for (const [i, text] of INJECTIONS.entries()) await expect(page.getByRole('tabpanel').getByText(shown(text, i)).filter({ visible: true }).first()).toBeVisible();
    await expectInert(page, dialogs);
  }

  // The notes, in the edit form: the textarea holds them as typed.
  await page.getByRole('tab', { name: 'Vue d’ensemble' }).click();
  await page.getByRole('button', { name: 'Modifier', exact: true }).click();
  await expect(page.getByLabel('Notes')).toHaveValue(INJECTIONS.join('\n'));
  await expect(page.getByLabel('Site web')).toHaveValue(JS_URL);
  await expectInert(page, dialogs);
  await page.getByRole('button', { name: 'Annuler' }).click();

  // The command palette's company search.
  await page.getByRole('button', { name: /Rechercher…/ }).click();
  const palette = page.getByRole('dialog');
  await palette.getByRole('combobox').fill('XSS-');
  const options = palette.getByRole('option').filter({ hasText: 'XSS-' });
  await expect(options.first()).toBeVisible();
  // Each company it offers reads as its name, literally.
  for (const option of await options.allTextContents()) expect(allNames.some((name) => option.includes(name)), option).toBe(true);
  await expectInert(page, dialogs);
  await page.keyboard.press('Escape');

  // The opportunities, as cards and as a table.
  await page.goto(`/opportunities?partnerId=${corpus.hostileId}`);
  const identified = page.getByRole('region', { name: 'Identifiée', exact: true });
  for (const [i, text] of INJECTIONS.entries()) await expect(identified.getByRole('article', { name: `${text} XSS-${i}`, exact: true })).toBeVisible();
  await expect(identified.getByRole('link', { name: corpus.hostileName }).first()).toBeVisible();
  await expectInert(page, dialogs);
  await page.goto(`/opportunities?partnerId=${corpus.hostileId}&view=table`);
  for (const [i, text] of INJECTIONS.entries()) await expect(page.getByRole('table').getByRole('rowheader', { name: `${text} XSS-${i}`, exact: true })).toBeVisible();
  await expectInert(page, dialogs);

  // My follow-ups, due today.
  await page.goto('/tasks');
  const today = page.getByRole('region', { name: /^Aujourd’hui \(/ });
  for (const [i, text] of INJECTIONS.entries()) await expect(today.getByRole('checkbox', { name: `${text} XSS-${i}`, exact: true })).toBeVisible();
  await expectInert(page, dialogs);

  // Views that aggregate companies (counts, maps with tooltips): nothing of the data runs there either.
  for (const path of ['/', '/territory']) {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('[aria-busy="true"]')).toHaveCount(0, { timeout: 20_000 });
    await expectInert(page, dialogs);
  }
});

test('a company created through the form with a hostile name: the confirmation and its page show it as text', async ({ page }) => {
  const dialogs = watchDialogs(page);
  await openDemo(page);
  await page.goto('/partners/new');
  const name = `${INJECTIONS[1]} ${INJECTIONS[0]}`;
  await page.getByLabel('Raison sociale').fill(name);
  await page.getByLabel('Secteur').selectOption('materiaux');
  await page.getByLabel('Département').selectOption('30');
  await page.getByLabel('Ville').fill(INJECTIONS[2]);
  await page.getByRole('button', { name: 'Créer l’entreprise' }).click();
  await expect(page.getByText(`Entreprise « ${name} » créée.`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expectInert(page, dialogs);
});

test('an imported CSV of hostile cells: the preview, the report and the list show them as text; the export neutralises formulas', async ({ page }) => {
  test.setTimeout(90_000);
  const dialogs = watchDialogs(page);
  await openDemo(page);
  const names = [...INJECTIONS, ...FORMULAS].map((text, i) => `${text} CSVX-${i}`);
  const quote = (cell: string) => `"${cell.replace(/"/g, '""')}"`;
  const csv = [
    'Nom;Secteur;Département;Ville;Étiquettes;Notes;Contact prénom;Contact nom',
    ...names.map((name, i) => {
      const pick = <T extends string>(list: readonly T[], n: number) => list[n % list.length]!;
      return [name, 'Matériaux', '30', pick(INJECTIONS, i), 'csv', pick(FORMULAS, i), pick(INJECTIONS, i + 1).slice(0, 80), `CSVX-${i}`].map(quote).join(';');
    }),
  ].join('\r\n');

  await page.goto('/partners/import');
  await page.getByLabel('Fichier CSV (.csv ou .txt)').setInputFiles({ name: 'hostile.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
  await expect(page.getByText(new RegExp(`${names.length} lignes de données`))).toBeVisible();
  // The preview of the file's first lines.
  await expect(page.getByText(names[0]!, { exact: true }).first()).toBeVisible();
  await expectInert(page, dialogs);
  await page.getByRole('button', { name: 'Vérifier les lignes' }).click();
  await expect(page.locator('dl > div').filter({ has: page.getByText('Entreprises valides', { exact: true }) }).locator('dd')).toHaveText(String(names.length));
  await expectInert(page, dialogs);
  await page.getByRole('button', { name: 'Continuer' }).click();
  await page.getByRole('button', { name: `Importer ${names.length} entreprises` }).click();
  await expect(page.getByText('Import terminé')).toBeVisible();
  await expectInert(page, dialogs);

  await page.goto('/partners?q=CSVX-');
  const rows = page.getByRole('table').getByRole('rowheader');
  await expect(rows).toHaveCount(names.length);
  for (const name of names) await expect(rows.filter({ hasText: name })).toHaveCount(1);
  await expectInert(page, dialogs);

  // The export of that list: a spreadsheet would run none of its cells.
  await page.getByRole('button', { name: 'Exporter en CSV' }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: /Point-virgule/ }).click()]);
  const text = (await readFile(await download.path())).toString('utf8').replace(/^\uFEFF/, '');
  const [header, ...data] = Papa.parse<string[]>(text, { delimiter: ';', skipEmptyLines: true }).data;
  expect(data).toHaveLength(names.length);
  const cells = data.flat();
  for (const cell of cells) expect(cell, `a cell a spreadsheet would run: ${cell}`).not.toMatch(/^[=+\-@\t\r]/);
  // Each hostile value is there, behind one apostrophe when it starts like a formula.
  const nameColumn = header!.indexOf('Nom');
  const exported = data.map((row) => row[nameColumn]);
  for (const name of names) expect(exported).toContain(/^[=+\-@]/.test(name) ? `'${name}` : name);
  const notesColumn = header!.indexOf('Notes');
  expect(new Set(data.map((row) => row[notesColumn]))).toEqual(new Set(FORMULAS.map((f) => `'${f}`)));
});
