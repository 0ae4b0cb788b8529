import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { renderRoute } from '../utils/render-route';

const api = (path: string) => fetch(`http://localhost:3000/api${path}`).then((r) => r.json() as Promise<Record<string, unknown>>);
const problem = (status: number) =>
  HttpResponse.json({ type: 'about:blank', title: 'Erreur interne', status }, { status, headers: { 'Content-Type': 'application/problem+json' } });

async function table() {
  return screen.findByRole('table', { name: 'Start-up issues de l’école' });
}
/** Data rows of the start-ups table (the header row left out), once loaded. */
async function bodyRows() {
  const t = await table();
  await waitFor(() => expect(t).not.toHaveAttribute('aria-busy'));
  return within(t).getAllByRole('row').slice(1);
}

afterEach(() => vi.restoreAllMocks());

/** Files handed to the browser's download, as text. */
function captureDownloads() {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
    blobs.push(b as Blob);
    return 'blob:test';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  return blobs;
}

describe('Incubateur', () => {
  it('exports the filtered start-ups as CSV, unknown figures of real companies left empty', async () => {
    const blobs = captureDownloads();
    const { user } = await renderRoute('/incubator?link=alumni&q=vogo');
    await bodyRows();
    await user.click(screen.getByRole('button', { name: 'Exporter en CSV' }));
    await waitFor(() => expect(blobs).toHaveLength(1));
    const lines = (await blobs[0]!.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('Nom;Création;Début d’incubation;Fin d’incubation;Secteur;Département;Ville;Statut;Année de fermeture;Emplois;Fonds levés;Lien avec l’école;Entreprise partenaire;Données de démonstration');
    expect(lines.slice(1)).toEqual(['Vogo;2013;;;Numérique & IA;Hérault (34);Montpellier;En activité;;;;Fondée par des anciens;;Non']);
  });

  it('reads 88 % at 5 years against the 72 % benchmark from the survival chart and its data table', async () => {
    const survival = (await api('/stats/survival')) as { at5: number; benchmark5: number };
    expect(Math.round(survival.at5 * 100)).toBe(88);
    const { user } = await renderRoute('/incubator');
    const figure = await screen.findByRole('figure', { name: 'Survie des start-up par cohorte' });
    expect(
      await within(figure).findByText('88 % des start-up encore en activité 5 ans après leur création, contre 72 % pour les incubateurs d’écoles (+16 points).'),
    ).toBeInTheDocument();
    // Readable curves: the pooled one and a few eras, not one line per cohort.
    await waitFor(() => expect(figure.querySelectorAll('.recharts-line').length).toBeGreaterThanOrEqual(3));
    expect(figure.querySelectorAll('.recharts-line').length).toBeLessThanOrEqual(6);
    expect(within(figure).getByText('Publié par l’école (2022) : 88 %')).toBeInTheDocument();
    expect(within(figure).getByText('Incubateurs d’écoles : 72 %')).toBeInTheDocument();

    await user.click(within(figure).getByRole('button', { name: 'Voir les données' }));
    const data = within(figure).getByRole('table', { name: 'Données du graphique « Survie des start-up par cohorte »' });
    const headers = within(data).getAllByRole('columnheader').map((h) => h.textContent);
    const row = within(data).getByRole('rowheader', { name: '5 ans' }).closest('tr')!;
    const cells = within(row).getAllByRole('cell');
    const cell = (header: string) => cells[headers.indexOf(header) - 1]!;
    expect(cell('Toutes les cohortes')).toHaveTextContent(/^88\s%$/);
    expect(cell('Chiffre publié (2022)')).toHaveTextContent(/^88\s%$/);
    expect(cell('Référence des incubateurs d’écoles')).toHaveTextContent(/^72\s%$/);
  });

  it('shows the key figures: founded, alive today, 5-year survival against the benchmark, jobs', async () => {
    const all = (await api('/startups?pageSize=10000')) as { total: number; items: { status: string }[] };
    const alive = all.items.filter((s) => s.status !== 'closed').length;
    await renderRoute('/incubator');
    const kpis = await screen.findByRole('region', { name: 'Indicateurs de l’incubateur' });
    await waitFor(() => expect(kpis).toHaveAttribute('aria-busy', 'false'));
    const tile = (name: string) => within(kpis).getByText(name).closest('li')!;
    expect(tile('Start-up créées')).toHaveTextContent(String(all.total));
    expect(tile('Start-up créées')).toHaveTextContent('depuis 1984');
    expect(tile('En activité aujourd’hui')).toHaveTextContent(String(alive));
    expect(tile('Survie à 5 ans')).toHaveTextContent(/88\s%/);
    expect(tile('Survie à 5 ans')).toHaveTextContent(/contre 72\s% pour les incubateurs d’écoles/);
    expect(within(tile('Emplois déclarés')).getByText(/^au \d{2}\/\d{2}\/\d{4}$/)).toBeInTheDocument();
  });

  it('tells the three success stories, and never shows their unknown figures as 0', async () => {
    await renderRoute('/incubator?q=vogo');
    const stories = await screen.findByRole('region', { name: 'Réussites emblématiques' });
    const cards = await within(stories).findAllByRole('listitem');
    expect(cards.map((c) => within(c).getByRole('heading').textContent)).toEqual(['SD Tech', 'Vogo', 'Quantum Surgical']);
    expect(cards[0]).toHaveTextContent('Fondée en 2000 · Alès');
    expect(cards[0]).toHaveTextContent('poudres fines');
    expect(cards[0]).toHaveTextContent('Incubée à l’école');
    expect(cards[1]).toHaveTextContent('Fondée par des anciens');
    expect(cards[2]).toHaveTextContent('robots chirurgicaux');

    const vogo = (await bodyRows()).find((r) => within(r).queryByRole('rowheader', { name: /Vogo/ }))!;
    expect(vogo).toHaveTextContent('Réussite emblématique');
    expect(within(vogo).getAllByText('non communiqué')).toHaveLength(2);
  });

  it('counts the projects incubating now as the API does, and lists them in the table on request', async () => {
    const now = (await api('/startups?incubatingNow=true')) as { total: number };
    expect(now.total).toBeGreaterThan(5);
    const { user, router } = await renderRoute('/incubator');
    const panel = await screen.findByRole('region', { name: 'En incubation actuellement' });
    expect(await within(panel).findByText(`${now.total} projets en incubation`)).toBeInTheDocument();
    expect(within(panel).getAllByRole('listitem')).toHaveLength(now.total);
    await user.click(within(panel).getByRole('button', { name: 'Afficher dans le tableau' }));
    expect(router.state.location.search).toContain('incubatingNow=true');
    expect(screen.getByRole('checkbox', { name: 'En incubation actuellement' })).toBeChecked();
    await waitFor(async () => expect(await bodyRows()).toHaveLength(now.total));
  });

  it('filters by sector and status, sorts, and keeps it all in the URL', async () => {
    const { user, router } = await renderRoute('/incubator');
    await bodyRows();
    await user.click(screen.getByRole('button', { name: 'Secteur' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Santé' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(router.state.location.search).toContain('sector=sante'));
    await waitFor(async () => {
      const rows = await bodyRows();
      expect(rows.every((r) => r.textContent.includes('Santé'))).toBe(true);
    });
    // The charts follow the sector: they say so.
    expect(screen.getByText(/Graphiques et indicateurs limités aux filtres/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /^Création/ }));
    await waitFor(() => expect(router.state.location.search).toContain('sort=foundedYear'));
    await waitFor(async () => {
      const years = (await bodyRows()).map((r) => Number(within(r).getAllByRole('cell')[0]!.textContent));
      expect(years).toEqual([...years].sort((a, b) => a - b));
    });
  });

  it('reproduces a view from its link, and offers to clear filters that match nothing', async () => {
    const { user, router } = await renderRoute('/incubator?status=closed&link=alumni');
    const rows = await bodyRows();
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r).toHaveTextContent(/Fermée/);
      expect(r).toHaveTextContent('Anciens élèves');
    }
    await user.type(screen.getByRole('searchbox', { name: 'Rechercher une start-up' }), 'zzzz introuvable');
    await waitFor(() => expect(router.state.location.search).toContain('q=zzzz+introuvable'));
    expect(await screen.findByText('Aucune start-up ne correspond à ces critères.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(screen.getByRole('searchbox', { name: 'Rechercher une start-up' })).toHaveValue('');
  });

  it('keeps the page when one chart fails, with Retry in that chart only', async () => {
    server.use(http.get('*/api/stats/survival', () => problem(503), { once: true }));
    const { user } = await renderRoute('/incubator');
    const figure = await screen.findByRole('figure', { name: 'Survie des start-up par cohorte' });
    const alert = await within(figure).findByRole('alert');
    expect(alert).toHaveTextContent('Le serveur a rencontré une erreur (503)');
    expect(await screen.findByRole('figure', { name: 'Start-up créées par année' })).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await within(figure).findByText(/88 % des start-up encore en activité/)).toBeInTheDocument();
  });

  it('shows jobs and funds by sector and start-ups per year as bars', async () => {
    const { container } = await renderRoute('/incubator');
    const perYear = await screen.findByRole('figure', { name: 'Start-up créées par année' });
    expect(await within(perYear).findByText(/start-up créées de 1984 à \d{4}, dont \d+ encore en activité aujourd’hui/)).toBeInTheDocument();
    await waitFor(() => expect(perYear.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(30));
    const jobs = screen.getByRole('figure', { name: 'Emplois par secteur' });
    expect(within(jobs).getByText(/regroupe \d+ % des emplois déclarés/)).toBeInTheDocument();
    expect(within(screen.getByRole('figure', { name: 'Fonds levés par secteur' })).getByText(/a levé .*€, soit \d+ % des fonds déclarés/)).toBeInTheDocument();
    expect(container.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(40);
  });
});
