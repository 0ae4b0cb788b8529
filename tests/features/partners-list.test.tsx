import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { getStore } from '../../mocks/store/store';
import { renderRoute, frNumber } from '../utils/render-route';

const listUrl = '*/api/partners';
const problem = (status: number) =>
  HttpResponse.json({ title: 'Erreur interne', status }, { status, headers: { 'Content-Type': 'application/problem+json' } });

/** The table's body rows, each as its cells' text. */
function bodyRows() {
  const table = screen.getByRole('table');
  return within(table).getAllByRole('row').slice(1);
}
function columnIndex(name: string) {
  return within(screen.getByRole('table')).getAllByRole('columnheader').findIndex((h) => h.textContent?.startsWith(name));
}
function columnTexts(name: string) {
  const i = columnIndex(name);
  return bodyRows().map((r) => r.querySelectorAll('th, td')[i]!.textContent ?? '');
}
/** The first page is on screen (not the skeleton). */
async function loaded() {
  const table = await screen.findByRole('table', {}, { timeout: 3000 });
  await waitFor(() => {
    expect(table).not.toHaveAttribute('aria-busy');
    expect(within(table).getAllByRole('rowheader').length).toBeGreaterThan(0);
  });
}
const euros = (n: number) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(n);
const activeCompanies = () => getStore().partners.rows.filter((p) => !p.archived);

describe('Entreprises — la liste', () => {
  it('shows the companies from the API, counted in fr-FR', async () => {
    await renderRoute('/partners');
    expect(await screen.findByRole('heading', { level: 1, name: 'Entreprises' })).toBeInTheDocument();
    expect(await screen.findByText(`${frNumber(activeCompanies().length)} entreprises`)).toBeInTheDocument();
    await loaded();
    expect(bodyRows()).toHaveLength(50);
  });

  it('formats a company’s row in fr-FR and links to its page', async () => {
    const store = getStore();
    // A company with a recent interaction and money on the table, found by its SIREN.
    const p = activeCompanies().find((x) => x.siren && store.figuresOf(x.id).lastInteraction && store.figuresOf(x.id).openOpportunitiesAmount >= 1000)!;
    const figures = store.figuresOf(p.id);
    await renderRoute(`/partners?q=${p.siren}`);
    await loaded();
    const [row] = bodyRows();
    const [y, m, d] = figures.lastInteraction!.split('-');
    expect(row).toHaveTextContent(`${d}/${m}/${y}`);
    // Raw text: fr-FR groups with a narrow no-break space and puts "€" after the amount.
    expect(columnTexts('Opportunités ouvertes')).toEqual([euros(figures.openOpportunitiesAmount)]);
    expect(euros(figures.openOpportunitiesAmount)).toMatch(/^\d{1,3}(\u202f\d{3})*\u00a0€$/);
    expect(within(row!).getByRole('link', { name: p.name })).toHaveAttribute('href', `/partners/${p.id}`);
  });

  it('opens a company’s page from its name, in the app; a click with Ctrl is left to the browser', async () => {
    const { user, router } = await renderRoute('/partners');
    await loaded();
    const link = within(bodyRows()[0]!).getAllByRole('link')[0]!;
    const href = link.getAttribute('href')!;
    await user.keyboard('{Control>}');
    await user.click(link);
    await user.keyboard('{/Control}');
    expect(router.state.location.pathname).toBe('/partners');
    await user.click(link);
    await waitFor(() => expect(router.state.location.pathname).toBe(href));
    expect(await screen.findByRole('heading', { level: 1, name: link.textContent })).toBeInTheDocument();
  });

  it('shows skeleton rows while the first page loads', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    server.use(http.get(listUrl, async () => {
      await gate;
      return undefined;
    }));
    await renderRoute('/partners');
    const table = await screen.findByRole('table');
    expect(table).toHaveAttribute('aria-busy', 'true');
    expect(within(table).queryAllByRole('link')).toHaveLength(0);
    release();
    await waitFor(() => expect(table).not.toHaveAttribute('aria-busy'));
    expect(within(table).getAllByRole('link').length).toBeGreaterThan(0);
  });

  it('narrows the rows as people type a city, after a short pause', async () => {
    const counts = new Map<string, number>();
    for (const p of activeCompanies()) counts.set(p.city, (counts.get(p.city) ?? 0) + 1);
    const [city] = [...counts].find(([c, n]) => n >= 2 && n <= 20 && !c.includes('-') && !c.includes(' '))!;
    const { user, router } = await renderRoute('/partners');
    await loaded();
    await user.type(screen.getByRole('searchbox', { name: 'Rechercher une entreprise' }), city);
    await waitFor(() => expect(router.state.location.search).toContain(`q=${encodeURIComponent(city)}`));
    await waitFor(() => expect(columnTexts('Ville').every((c) => c === city)).toBe(true));
    expect(bodyRows().length).toBeGreaterThanOrEqual(2);
    expect(screen.getByRole('button', { name: `Retirer le filtre Recherche : « ${city} »` })).toBeInTheDocument();
  });

  it('asks the API once for the view a search leads to, and shows its rows', async () => {
    const p = activeCompanies().find((x) => x.siren)!;
    const { user } = await renderRoute('/partners');
    await loaded();
    const asked: string[] = [];
    const onRequest = ({ request }: { request: Request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/partners') asked.push(url.searchParams.get('q') ?? '');
    };
    server.events.on('request:start', onRequest);
    try {
      await user.type(screen.getByRole('searchbox', { name: 'Rechercher une entreprise' }), p.siren!);
      await waitFor(() => expect(bodyRows()).toHaveLength(1));
      expect(within(bodyRows()[0]!).getByRole('link', { name: p.name })).toBeInTheDocument();
    } finally {
      server.events.removeListener('request:start', onRequest);
    }
    // One request for the typed SIREN: sent early, before the address changes, and not again after.
    expect(asked).toEqual([p.siren]);
  });

  it('finds a company by its SIREN', async () => {
    const p = activeCompanies().find((x) => x.siren)!;
    const { user } = await renderRoute('/partners');
    await loaded();
    await user.type(screen.getByRole('searchbox', { name: 'Rechercher une entreprise' }), p.siren!);
    await waitFor(() => expect(bodyRows()).toHaveLength(1));
    expect(within(bodyRows()[0]!).getByRole('link', { name: p.name })).toBeInTheDocument();
    expect(screen.getByText('1 entreprise')).toBeInTheDocument();
  });

  it('filters by sector: the URL and the rows follow, and the chip removes it', async () => {
    const { user, router } = await renderRoute('/partners');
    await loaded();
    await user.click(screen.getByRole('button', { name: 'Secteur' }));
    await user.click(await screen.findByRole('checkbox', { name: 'Nucléaire' }));
    await waitFor(() => expect(router.state.location.search).toContain('sector=nucleaire'));
    await waitFor(() => expect(columnTexts('Secteur').every((s) => s === 'Nucléaire')).toBe(true));
    const nuclear = activeCompanies().filter((p) => p.sector === 'nucleaire').length;
    expect(await screen.findByText(`${frNumber(nuclear)} entreprises`)).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await user.click(screen.getByRole('button', { name: 'Retirer le filtre Secteur : Nucléaire' }));
    await waitFor(() => expect(router.state.location.search).not.toContain('sector'));
    expect(await screen.findByText(`${frNumber(activeCompanies().length)} entreprises`)).toBeInTheDocument();
  });

  it('reproduces a view from its link: filters, sort and page', async () => {
    await renderRoute('/partners?sector=nucleaire&department=30&sort=city&order=desc&hostsApprentices=true');
    await loaded();
    expect(columnTexts('Secteur').every((s) => s === 'Nucléaire')).toBe(true);
    expect(columnTexts('Département').every((s) => s === 'Gard (30)')).toBe(true);
    const cities = columnTexts('Ville');
    expect(cities).toEqual([...cities].sort((a, b) => b.localeCompare(a, 'fr')));
    expect(screen.getByRole('columnheader', { name: /Ville/ })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByRole('checkbox', { name: 'Accueille des apprentis' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Retirer le filtre Département : Gard (30)' })).toBeInTheDocument();
  });

  it('sorts when a header is clicked, and again the other way', async () => {
    const { user, router } = await renderRoute('/partners');
    await loaded();
    expect(screen.getByRole('columnheader', { name: /Nom/ })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(screen.getByRole('button', { name: /^Ville/ }));
    await waitFor(() => expect(screen.getByRole('columnheader', { name: /Ville/ })).toHaveAttribute('aria-sort', 'ascending'));
    await waitFor(() => {
      const cities = columnTexts('Ville');
      expect(cities).toEqual([...cities].sort((a, b) => a.localeCompare(b, 'fr')));
    });
    const firstAsc = columnTexts('Ville')[0];
    await user.click(screen.getByRole('button', { name: /^Ville/ }));
    await waitFor(() => expect(screen.getByRole('columnheader', { name: /Ville/ })).toHaveAttribute('aria-sort', 'descending'));
    await waitFor(() => expect(columnTexts('Ville')[0]).not.toBe(firstAsc));
    expect(router.state.location.search).toContain('sort=city');
    expect(router.state.location.search).toContain('order=desc');
    expect(screen.getByRole('columnheader', { name: /Nom/ })).toHaveAttribute('aria-sort', 'none');
  });

  it('shows the default view, without an error, for malformed parameters', async () => {
    await renderRoute('/partners?page=abc&sector=nope&sort=zzz&pageSize=-3&archived=peut-etre');
    await loaded();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText(`${frNumber(activeCompanies().length)} entreprises`)).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /Nom/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(bodyRows()).toHaveLength(50);
    expect(screen.getByText(`1–50 sur ${frNumber(activeCompanies().length)}`)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Retirer le filtre/ })).not.toBeInTheDocument();
  });

  it('pages through the list and changes the page size', async () => {
    const total = frNumber(activeCompanies().length);
    const { user, router } = await renderRoute('/partners');
    await loaded();
    const firstName = bodyRows()[0]!.textContent;
    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    expect(await screen.findByText(`51–100 sur ${total}`)).toBeInTheDocument();
    expect(router.state.location.search).toContain('page=2');
    await waitFor(() => expect(bodyRows()[0]!.textContent).not.toBe(firstName));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Lignes par page' }), '25');
    expect(await screen.findByText(`1–25 sur ${total}`)).toBeInTheDocument();
    await waitFor(() => expect(bodyRows()).toHaveLength(25));
    expect(router.state.location.search).toContain('pageSize=25');
  });

  it('says what went wrong and recovers on Retry', async () => {
    server.use(http.get(listUrl, () => problem(503), { once: true }));
    const { user } = await renderRoute('/partners');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Le serveur a rencontré une erreur (503)');
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    await loaded();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(bodyRows()).toHaveLength(50);
  });

  it('says nothing matches, and clears the filters', async () => {
    const { user, router } = await renderRoute('/partners?q=zzzqqqxxx&stage=dormant&sort=city');
    expect(await screen.findByText('Aucune entreprise ne correspond à ces critères')).toBeInTheDocument();
    const clear = screen.getAllByRole('button', { name: 'Effacer les filtres' });
    await user.click(clear.at(-1)!);
    await loaded();
    expect(router.state.location.search).toBe('?sort=city');
    expect(screen.getByRole('searchbox', { name: 'Rechercher une entreprise' })).toHaveValue('');
  });

  it('offers to add or import companies when there are none yet', async () => {
    server.use(http.get(listUrl, () => HttpResponse.json({ items: [], total: 0, page: 1, pageSize: 50 })));
    await renderRoute('/partners');
    expect(await screen.findByText('Aucune entreprise pour le moment')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ajouter une entreprise' })).toHaveAttribute('href', '/partners/new');
    expect(screen.getByRole('link', { name: 'Importer un fichier CSV' })).toHaveAttribute('href', '/partners/import');
    expect(screen.getByText('0 entreprise')).toBeInTheDocument();
  });
});
