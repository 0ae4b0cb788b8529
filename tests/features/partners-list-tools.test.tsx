import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import Papa from 'papaparse';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { getStore } from '../../mocks/store/store';
import { renderRoute, frNumber } from '../utils/render-route';

/** The list's tools: column choice, export, and the less common filters. */

async function loaded() {
  const table = await screen.findByRole('table', {}, { timeout: 3000 });
  await waitFor(() => {
    expect(table).not.toHaveAttribute('aria-busy');
    expect(within(table).getAllByRole('rowheader').length).toBeGreaterThan(0);
  });
}
const headers = () => within(screen.getByRole('table')).getAllByRole('columnheader').map((h) => h.textContent ?? '');

// The browser's download boundary: capture the file handed to it.
const downloads: Blob[] = [];
// eslint-disable-next-line @typescript-eslint/unbound-method -- static functions, put back as they were
const original = { create: URL.createObjectURL, revoke: URL.revokeObjectURL };
beforeEach(() => {
  downloads.length = 0;
  URL.createObjectURL = (b: Blob | MediaSource) => {
    downloads.push(b as Blob);
    return 'blob:passerelles-test';
  };
  URL.revokeObjectURL = () => undefined;
});
afterEach(() => {
  URL.createObjectURL = original.create;
  URL.revokeObjectURL = original.revoke;
});

async function readDownload(): Promise<{ bytes: Uint8Array; text: string }> {
  await waitFor(() => expect(downloads).toHaveLength(1), { timeout: 5000 });
  const bytes = new Uint8Array(await downloads[0]!.arrayBuffer());
  return { bytes, text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes) };
}

const FORMULA_NAME = '=HYPERLINK("http://exemple.invalid","clic")';
async function createFormulaCompany() {
  const res = await fetch(`${location.origin}/api/partners`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      name: FORMULA_NAME, siren: null, siret: null, nafCode: null, sector: 'sante', department: '48', city: 'Mende',
      sizeBand: 'tpe', stage: 'prospect', ownerId: null, partnerSince: null, tags: [], website: null, notes: '',
    }),
  });
  expect(res.status).toBe(201);
}

describe('Entreprises — outils de la liste', () => {
  it('hides a column on request and remembers it after a remount', async () => {
    const { user, unmount } = await renderRoute('/partners');
    await loaded();
    expect(headers().some((h) => h.startsWith('Secteur'))).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Colonnes' }));
    // The name column is not offered: it always stays.
    expect(screen.queryByRole('menuitemcheckbox', { name: /Nom/ })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('menuitemcheckbox', { name: /Secteur/ }));
    // The menu stays open for more choices (and hides the page from the accessibility tree meanwhile).
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('menu')).not.toBeInTheDocument());
    expect(headers().some((h) => h.startsWith('Secteur'))).toBe(false);
    unmount();

    await renderRoute('/partners');
    await loaded();
    expect(headers().some((h) => h.startsWith('Secteur'))).toBe(false);
    expect(headers().some((h) => h.startsWith('Nom'))).toBe(true);
    expect(headers().some((h) => h.startsWith('Ville'))).toBe(true);
  });

  it('exports every company the filters select, not only the page, as French Excel reads it', async () => {
    await createFormulaCompany();
    const selected = getStore().partners.rows.filter((p) => !p.archived && (p.department === '30' || p.department === '48'));
    const { user } = await renderRoute('/partners?department=30&department=48&pageSize=25');
    await loaded();
    expect(screen.getByText(`${frNumber(selected.length)} entreprises`)).toBeInTheDocument();
    expect(selected.length).toBeGreaterThan(25);

    await user.click(screen.getByRole('button', { name: /Exporter en CSV/ }));
    await user.click(await screen.findByRole('menuitem', { name: /Point-virgule/ }));
    const { bytes, text } = await readDownload();
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(downloads[0]!.type).toContain('text/csv');

    const parsed = Papa.parse<string[]>(text.slice(1), { delimiter: ';', skipEmptyLines: true });
    const [header, ...rows] = parsed.data;
    expect(header!.slice(0, 7)).toEqual(['Nom', 'SIREN', 'SIRET', 'Code NAF', 'Secteur', 'Département', 'Ville']);
    expect(rows).toHaveLength(selected.length);
    expect(new Set(rows.map((r) => r[5]))).toEqual(new Set(['30', '48']));
    // The spreadsheet must not run it: a leading apostrophe neutralises the formula.
    const formula = rows.find((r) => r[0]!.includes('HYPERLINK'))!;
    expect(formula[0]).toBe(`'${FORMULA_NAME}`);
    expect(formula[4]).toBe('Santé');
    expect(await screen.findByText(`${frNumber(selected.length)} entreprises exportées`)).toBeInTheDocument();
  });

  it('exports with commas on request', async () => {
    const { user } = await renderRoute('/partners?stage=dormant');
    await loaded();
    await user.click(screen.getByRole('button', { name: /Exporter en CSV/ }));
    await user.click(await screen.findByRole('menuitem', { name: /Virgule/ }));
    const { text } = await readDownload();
    expect(text.split('\r\n')[0]).toMatch(/^\uFEFFNom,SIREN,SIRET,Code NAF,Secteur,/);
    const dormant = getStore().partners.rows.filter((p) => !p.archived && p.stage === 'dormant').length;
    expect(Papa.parse<string[]>(text.slice(1), { delimiter: ',', skipEmptyLines: true }).data).toHaveLength(dormant + 1);
  });

  it('says so when the export fails, and the list stays', async () => {
    server.use(
      http.get('*/api/partners', ({ request }) =>
        new URL(request.url).searchParams.get('pageSize') === '10000'
          ? HttpResponse.json({ title: 'Erreur interne', status: 500 }, { status: 500, headers: { 'Content-Type': 'application/problem+json' } })
          : undefined,
      ),
    );
    const { user } = await renderRoute('/partners');
    await loaded();
    await user.click(screen.getByRole('button', { name: /Exporter en CSV/ }));
    await user.click(await screen.findByRole('menuitem', { name: /Point-virgule/ }));
    expect(await screen.findByText(/L’export a échoué : Le serveur a rencontré une erreur \(500\)/, {}, { timeout: 5000 })).toBeInTheDocument();
    expect(downloads).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Exporter en CSV' })).toBeEnabled();
  });

  it('filters by tag, apprentices hosted, inactivity and archive, each shown as a chip', async () => {
    const tag = getStore().partners.rows.find((p) => p.tags.includes('Marcoule')) ? 'Marcoule' : 'chaire';
    const { user, router } = await renderRoute('/partners');
    await loaded();
    await user.click(screen.getByRole('button', { name: 'Étiquettes' }));
    await user.type(await screen.findByRole('textbox', { name: 'Ajouter une étiquette' }), `${tag}{Enter}`);
    await waitFor(() => expect(router.state.location.search).toContain(`tag=${tag}`));
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('checkbox', { name: 'Accueille des apprentis' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Sans interaction depuis' }), '6');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Entreprises archivées' }), 'include');
    await waitFor(() => {
      const search = router.state.location.search;
      expect(search).toContain('hostsApprentices=true');
      expect(search).toContain('inactiveMonths=6');
      expect(search).toContain('archived=include');
    });
    for (const name of [`Étiquette : ${tag}`, 'Accueille des apprentis', 'Sans interaction depuis plus de 6 mois', 'Entreprises archivées : inclure les archivées']) {
      expect(screen.getByRole('button', { name: `Retirer le filtre ${name}` })).toBeInTheDocument();
    }
    await user.click(screen.getAllByRole('button', { name: 'Effacer les filtres' })[0]!);
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(screen.queryByRole('button', { name: /Retirer le filtre/ })).not.toBeInTheDocument();
  });

  it('shows archived companies only when asked, marked as such', async () => {
    const archived = getStore().partners.rows.filter((p) => p.archived);
    await renderRoute('/partners?archived=only');
    await loaded();
    expect(screen.getByText(archived.length === 1 ? '1 entreprise' : `${frNumber(archived.length)} entreprises`)).toBeInTheDocument();
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.every((r) => within(r).queryByText('archivée'))).toBe(true);
  });
});
