import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { getStore } from '../../mocks/store/store';
import { addDays, addMonths } from '@/domain/dates';
import { frNumber, renderRoute } from '../utils/render-route';

/** The machine running the tests may be busy: give the API and the lazy page time. */
const slow = { timeout: 8000 };
const problem = (status: number) => HttpResponse.json({ title: 'Erreur interne', status }, { status, headers: { 'Content-Type': 'application/problem+json' } });

async function contractsTable() {
  const table = await screen.findByRole('table', { name: 'Contrats d’apprentissage' }, slow);
  await waitFor(() => {
    expect(table).not.toHaveAttribute('aria-busy');
    expect(within(table).getAllByRole('rowheader').length).toBeGreaterThan(0);
  }, slow);
  return table;
}
function column(table: HTMLElement, name: string): string[] {
  const i = within(table).getAllByRole('columnheader').findIndex((h) => h.textContent?.startsWith(name));
  return within(table).getAllByRole('row').slice(1).map((r) => r.querySelectorAll('th, td')[i]!.textContent ?? '');
}
const params = (router: { state: { location: { search: string } } }) => new URLSearchParams(router.state.location.search);
const figure = (name: string) => screen.getByRole('figure', { name });
/** The academic year the person is in (the view's default), from the clock, like the view. */
function currentYearLabel() {
  const now = new Date();
  const y = now.getMonth() >= 8 ? now.getFullYear() : now.getFullYear() - 1;
  return `${y}–${String((y + 1) % 100).padStart(2, '0')}`;
}

afterEach(() => vi.restoreAllMocks());

describe('Alternance — l’année universitaire', () => {
  it('counts 420 apprentices in 2022–23: three cohorts of 140, on 1 October 2022', async () => {
    await renderRoute('/apprentices?year=2022');
    expect(await screen.findByRole('heading', { level: 2, name: 'Apprentis en 2022–23' }, slow)).toBeInTheDocument();
    const matrix = await screen.findByRole('table', { name: 'Apprentis actifs au 01/10/2022 par promotion et spécialité' }, slow);
    expect(screen.getByText('420 contrats actifs au 01/10/2022, date de recensement de l’année.')).toBeInTheDocument();
    const rows = within(matrix).getAllByRole('row').slice(1);
    const cells = rows.map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(cells.map((c) => [c[0], c.at(-1)])).toEqual([
      ['2020', '140'],
      ['2021', '140'],
      ['2022', '140'],
      ['Total', '420'],
    ]);
    // Each row adds up across the three specialities.
    for (const c of cells) expect(Number(c[1]) + Number(c[2]) + Number(c[3])).toBe(Number(c[4]));
  });

  it('defaults to the current academic year and keeps the chosen year in the URL', async () => {
    const { user, router } = await renderRoute('/apprentices');
    expect(await screen.findByRole('heading', { level: 2, name: `Apprentis en ${currentYearLabel()}` }, slow)).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Année universitaire'), '2023–24');
    expect(params(router).get('year')).toBe('2023');
    expect(await screen.findByRole('heading', { level: 2, name: 'Apprentis en 2023–24' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: 'Entreprises d’accueil en 2023–24' })).toBeInTheDocument();
  });

  it('ranks the 15 host companies with the most apprentices, each linked to its page', async () => {
    await renderRoute('/apprentices?year=2022');
    const ranking = await screen.findByRole('table', { name: 'Entreprises d’accueil classées par nombre d’apprentis' }, slow);
    const rows = within(ranking).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(15);
    const counts = rows.map((r) => Number(r.querySelectorAll('td')[1]!.textContent));
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    const link = within(rows[0]!).getByRole('link');
    expect(link.getAttribute('href')).toMatch(/^\/partners\/p-\d+$/);
    // The figure is the company's own: its contracts active on 1 October 2022.
    const id = link.getAttribute('href')!.split('/').pop()!;
    const active = getStore().contracts.by('partner', id).filter((c) => c.start <= '2022-10-01' && c.end >= '2022-10-01' && (c.brokenOffOn === null || c.brokenOffOn > '2022-10-01'));
    expect(counts[0]).toBe(active.length);
  });
});

describe('Alternance — graphiques', () => {
  it('shows the apprentices’ share per year against the 30 % mark, 30 % in 2022–23', async () => {
    const { user, container } = await renderRoute('/apprentices?year=2022');
    await waitFor(() => expect(figure('Part des apprentis parmi les élèves')).toHaveTextContent('420 apprentis en 2022–23, soit 30 % des élèves (1 400 élèves).'), slow);
    const share = figure('Part des apprentis parmi les élèves');
    expect(share.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(10);
    expect(share.querySelector('.recharts-reference-line')).toBeInTheDocument();
    await user.click(within(share).getByRole('button', { name: 'Voir les données' }));
    const table = within(share).getByRole('table', { name: 'Données du graphique « Part des apprentis parmi les élèves »' });
    const row = within(table).getByRole('rowheader', { name: '2022–23' }).closest('tr')!;
    expect([...row.querySelectorAll('td')].map((c) => c.textContent)).toEqual([frNumber(1400), '420', new Intl.NumberFormat('fr-FR', { style: 'percent' }).format(0.3)]);
    expect(container).toBeTruthy();
  });

  it('stacks the contracts signed per cohort by speciality, with the same figures as a table', async () => {
    const { user } = await renderRoute('/apprentices?year=2022');
    const title = 'Contrats signés par promotion et spécialité';
    await waitFor(() => expect(figure(title).querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0), slow);
    const chart = figure(title);
    const signed = getStore().contracts.rows;
    const cohorts = new Set(signed.map((c) => c.cohortYear));
    // Three specialities stacked on each cohort (mechatronics only from 2014).
    expect(chart.querySelectorAll('.recharts-legend-item')).toHaveLength(3);
    const in2022 = signed.filter((c) => c.cohortYear === 2022);
    const in2021 = signed.filter((c) => c.cohortYear === 2021);
    expect(chart).toHaveTextContent(`Promotion 2022 : ${in2022.length} contrats signés`);
    expect(chart).toHaveTextContent('par rapport à la promotion 2021');
    await user.click(within(chart).getByRole('button', { name: 'Voir les données' }));
    const table = within(chart).getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(cohorts.size + 1);
    const row = within(table).getByRole('rowheader', { name: '2022' }).closest('tr')!;
    const by = (s: string) => String(in2022.filter((c) => c.speciality === s).length);
    expect([...row.querySelectorAll('td')].map((c) => c.textContent)).toEqual([by('cmc'), by('informatique-reseaux'), by('mecatronique'), String(in2022.length)]);
    expect(in2021.length).toBeGreaterThan(0);
  });

  it('shows an error with Retry in the failing widget only; the others stay', async () => {
    server.use(http.get('*/api/yearly-figures', () => problem(500)));
    const { user } = await renderRoute('/apprentices?year=2022');
    const share = await screen.findByRole('figure', { name: 'Part des apprentis parmi les élèves' }, slow);
    await waitFor(() => expect(within(share).getByRole('alert')).toHaveTextContent('Réessayer'), slow);
    // The counts and the contracts are still there.
    expect(await screen.findByText('420 contrats actifs au 01/10/2022, date de recensement de l’année.', {}, slow)).toBeInTheDocument();
    await contractsTable();
    server.resetHandlers();
    await user.click(within(share).getByRole('button', { name: 'Réessayer' }));
    await waitFor(() => expect(share).toHaveTextContent('soit 30 % des élèves'), slow);
  });

  it('shows the counts’ error with Retry when the contracts of the year fail to load', async () => {
    server.use(http.get('*/api/apprenticeships', ({ request }) => (new URL(request.url).searchParams.has('activeInYear') ? problem(503) : undefined)));
    await renderRoute('/apprentices?year=2022');
    const heading = await screen.findByRole('heading', { level: 2, name: 'Apprentis en 2022–23' }, slow);
    const section = heading.closest('section')!;
    await waitFor(() => expect(within(section).getByRole('button', { name: 'Réessayer' })).toBeInTheDocument(), slow);
    expect(await contractsTable()).toBeInTheDocument();
  });
});

describe('Alternance — les contrats', () => {
  it('shows the contracts in progress, ending soonest first, with links to the host companies', async () => {
    await renderRoute('/apprentices');
    const table = await contractsTable();
    const active = getStore().contracts.rows.filter((c) => c.brokenOffOn === null && c.end >= getStore().today);
    expect(await screen.findByText(`${frNumber(active.length)} contrats`)).toBeInTheDocument();
    expect(within(table).getByRole('columnheader', { name: /^Fin/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(new Set(column(table, 'Statut'))).toEqual(new Set(['En cours']));
    const first = within(table).getAllByRole('row')[1]!;
    expect(within(first).getByRole('link').getAttribute('href')).toMatch(/^\/partners\/p-\d+$/);
    expect(column(table, 'Fin')[0]).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
  });

  it('narrows by speciality and cohort, keeps the filters in the URL, and reads a single cohort from a link', async () => {
    const { user, router } = await renderRoute('/apprentices');
    let table = await contractsTable();
    const filters = screen.getByRole('group', { name: 'Filtres des contrats' });
    await user.click(within(filters).getByRole('button', { name: /^Spécialité/ }));
    await user.click(await screen.findByRole('checkbox', { name: 'Mécatronique' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(params(router).getAll('speciality')).toEqual(['mecatronique']));
    await waitFor(() => expect(new Set(column(table, 'Spécialité'))).toEqual(new Set(['Mécatronique'])), slow);
    await user.click(within(filters).getByRole('button', { name: /^Promotion/ }));
    await user.click(await screen.findByRole('checkbox', { name: 'Promotion 2024' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(params(router).getAll('cohort')).toEqual(['2024']));
    await waitFor(() => expect(new Set(column(table, 'Promotion'))).toEqual(new Set(['2024–27'])), slow);
    const expected = getStore().contracts.rows.filter((c) => c.cohortYear === 2024 && c.speciality === 'mecatronique' && c.brokenOffOn === null);
    expect(await screen.findByText(`${expected.length} contrats`, {}, slow)).toBeInTheDocument();

    // The same view from a link: one cohort, every status.
    const again = await renderRoute('/apprentices?cohort=2022&status=all');
    table = (await screen.findAllByRole('table', { name: 'Contrats d’apprentissage' }, slow)).at(-1)!;
    const all2022 = getStore().contracts.rows.filter((c) => c.cohortYear === 2022).length;
    await waitFor(() => expect(within(again.container).getByText(`${all2022} contrats`)).toBeInTheDocument(), slow);
    expect(new Set(column(table, 'Promotion'))).toEqual(new Set(['2022–25']));
  });

  it('falls back to the default view on malformed parameters', async () => {
    await renderRoute('/apprentices?sort=zzz&order=up&page=-3&status=nope&year=bientot&pageSize=x');
    const table = await contractsTable();
    expect(within(table).getByRole('columnheader', { name: /^Fin/ })).toHaveAttribute('aria-sort', 'ascending');
    expect(within(table).getAllByRole('row')).toHaveLength(51);
    expect(screen.getByRole('heading', { level: 2, name: `Apprentis en ${currentYearLabel()}` })).toBeInTheDocument();
  });

  it('sorts by apprentice and pages through, in the URL', async () => {
    const { user, router } = await renderRoute('/apprentices');
    const table = await contractsTable();
    await user.click(within(table).getByRole('button', { name: /^Apprenti·e/ }));
    await waitFor(() => expect(params(router).get('sort')).toBe('apprentice'));
    await waitFor(() => expect(within(table).getByRole('columnheader', { name: /^Apprenti·e/ })).toHaveAttribute('aria-sort', 'ascending'), slow);
    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    await waitFor(() => expect(params(router).get('page')).toBe('2'));
    expect(await screen.findByText(/^51–100 sur/, {}, slow)).toBeInTheDocument();
  });

  it('finds the contracts ending within 90 days, or says there are none', async () => {
    const store = getStore();
    const host = store.partners.rows.find((p) => !p.archived)!;
    const start = addMonths(store.today, -8);
    store.contracts.insert({
      id: 'ac-99999', apprenticeFirstName: 'Maëlle', apprenticeLastName: 'Fontaine', birthDate: '2004-05-05', speciality: 'cmc', cohortYear: 2026,
      partnerId: host.id, tutorContactId: null, start, end: addDays(store.today, 40), brokenOffOn: null, status: 'active', synthetic: false, version: 1,
    });
    store.touch([host.id]);
    const { user, router } = await renderRoute('/apprentices');
    const table = await contractsTable();
    await user.click(screen.getByRole('button', { name: 'Se terminent dans les 90 jours' }));
    await waitFor(() => expect(params(router).get('endingWithinDays')).toBe('90'));
    expect(screen.getByRole('button', { name: 'Se terminent dans les 90 jours' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(column(table, 'Apprenti·e')).toEqual(['FONTAINE Maëlle']), slow);
    expect(within(table).getByRole('link', { name: host.name })).toHaveAttribute('href', `/partners/${host.id}`);
  });

  it('says so when no contract ends within 90 days', async () => {
    const shown = await renderRoute('/apprentices?endingWithinDays=90');
    expect(await screen.findByText('Aucun contrat ne se termine dans les 90 jours', {}, slow)).toBeInTheDocument();
    const { user, router } = shown;
    await user.click(screen.getByRole('button', { name: 'Voir tous les contrats en cours' }));
    await waitFor(() => expect(params(router).get('endingWithinDays')).toBeNull());
    await contractsTable();
  });

  it('exports every contract the filters select as a CSV for Excel', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => {
      blobs.push(b as Blob);
      return 'blob:test';
    });
    vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
    const { user } = await renderRoute('/apprentices?cohort=2022&status=all');
    await contractsTable();
    await user.click(screen.getByRole('button', { name: /^Exporter en CSV/ }));
    await user.click(await screen.findByRole('menuitem', { name: 'CSV pour Excel (séparateur « ; »)' }));
    await waitFor(() => expect(blobs).toHaveLength(1), slow);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await blobs[0]!.arrayBuffer());
    const lines = text.trimEnd().split('\r\n');
    expect(lines[0]).toBe('\uFEFFIdentifiant;Nom de l’apprenti·e;Prénom de l’apprenti·e;Date de naissance;Spécialité;Promotion;Entreprise d’accueil;Tuteur;Début;Fin;Statut');
    const in2022 = getStore().contracts.rows.filter((c) => c.cohortYear === 2022);
    expect(lines).toHaveLength(in2022.length + 1);
    expect(lines.slice(1).every((l) => l.includes(';2022–25;') && l.includes(';2022-09-01;'))).toBe(true);
  });
});
