import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { DEPARTMENTS } from '@/contract/reference';
import type { TerritoryStats } from '@/contract/stats';
import { server } from '../../mocks/node';
import { frNumber, renderRoute } from '../utils/render-route';

const statsUrl = '*/api/stats/territory';
const api = (query: string) => fetch(`http://localhost:3000/api/stats/territory?${query}`).then((r) => r.json() as Promise<TerritoryStats>);
const departmentName = (code: string) => DEPARTMENTS.find((d) => d.code === code)!.name;
const countIn = (stats: TerritoryStats, department: string) => stats.byDepartment.find((d) => d.department === department)!.count;
const problem = (status: number) =>
  HttpResponse.json({ type: 'about:blank', title: 'Erreur interne', status }, { status, headers: { 'Content-Type': 'application/problem+json' } });

const gard = () => screen.findByRole('link', { name: /^Gard \(30\) : / });
const mapCard = () => screen.getByRole('region', { name: 'Carte des départements d’Occitanie' });
const matrixTable = () => screen.getByRole('table', { name: /par secteur et par département/ });

describe('Territoire', () => {
  it('shades the 13 departments with the API’s figures and names each one with its count', async () => {
    const expected = await api('layer=partners');
    await renderRoute('/territory');
    expect(await screen.findByRole('heading', { level: 1, name: 'Territoire' })).toBeInTheDocument();
    expect(await gard()).toHaveAccessibleName(`Gard (30) : ${frNumber(countIn(expected, '30'))} entreprises partenaires`);
    const map = screen.getByRole('group', { name: 'Carte de l’Occitanie : entreprises partenaires par département' });
    expect(within(map).getAllByRole('link')).toHaveLength(13);
    expect(within(map).getByRole('link', { name: /^Hérault \(34\) : / })).toHaveAttribute('href', '/partners?department=34');
    // Outside Occitanie, beside the map, and the sites with their legend.
    expect(within(mapCard()).getByRole('link', { name: new RegExp(`Hors Occitanie\\s*${frNumber(countIn(expected, 'HO'))}`) })).toHaveAttribute('href', '/partners?department=HO');
    expect(within(map).getByRole('img', { name: /Alès \(Site de l’école\).*IMT Mines Albi \(École du réseau IMT\)/ })).toBeInTheDocument();
    expect(screen.getByText('Fond de carte : svg-maps, Victor Cazanave, CC BY 4.0')).toBeInTheDocument();
    // The one-line takeaway is computed from the same figures.
    const total = expected.byDepartment.reduce((s, d) => s + d.count, 0);
    const pct = (n: number) => new Intl.NumberFormat('fr-FR', { style: 'percent' }).format(n / total);
    const want = `${pct(countIn(expected, '30'))} des entreprises partenaires sont dans le Gard ; ${pct(countIn(expected, 'HO'))} sont hors Occitanie.`.replace(/\s/g, ' ');
    // (Testing Library compares with the page's spaces collapsed, narrow no-break ones included.)
    expect(within(mapCard()).getByText(want)).toBeInTheDocument();
  });

  it('shows a skeleton of the map while the figures load', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    server.use(
      http.get(statsUrl, async () => {
        await gate;
        return undefined;
      }),
    );
    await renderRoute('/territory');
    const card = await screen.findByRole('region', { name: 'Carte des départements d’Occitanie' });
    expect(card).toHaveAttribute('aria-busy', 'true');
    expect(within(card).queryByRole('group')).not.toBeInTheDocument();
    release();
    expect(await gard()).toBeInTheDocument();
  });

  it('reads the measure from the URL, and changing it changes the figures and the URL', async () => {
    const apprentices = await api('layer=apprentices');
    const startups = await api('layer=startups');
    const { user, router } = await renderRoute('/territory?layer=apprentices');
    expect(await screen.findByRole('link', { name: `Gard (30) : ${frNumber(countIn(apprentices, '30'))} apprentis` })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Apprentis accueillis' })).toBeChecked();
    expect(screen.getByRole('link', { name: /^Gard/ })).toHaveAttribute('href', '/apprentices?department=30');

    await user.click(screen.getByRole('radio', { name: 'Start-up' }));
    await waitFor(() => expect(router.state.location.search).toBe('?layer=startups'));
    expect(await screen.findByRole('link', { name: `Gard (30) : ${frNumber(countIn(startups, '30'))} start-up` })).toHaveAttribute('href', '/incubator?department=30');
  });

  it('shows a department’s figures when it gets the keyboard focus or the pointer', async () => {
    const expected = await api('layer=partners');
    const { user } = await renderRoute('/territory');
    const link = await gard();
    expect(within(mapCard()).getByText(/Survolez un département/)).toBeInTheDocument();
    link.focus();
    const info = await screen.findByTestId('department-info');
    expect(within(info).getByText('Gard (30)')).toBeInTheDocument();
    expect(within(info).getByText(`${frNumber(countIn(expected, '30'))} entreprises partenaires`)).toBeInTheDocument();
    expect(within(info).getByRole('link', { name: 'Voir les entreprises' })).toHaveAttribute('href', '/partners?department=30');
    await user.hover(screen.getByRole('link', { name: /^Lozère \(48\) : / }));
    expect(within(screen.getByTestId('department-info')).getByText('Lozère (48)')).toBeInTheDocument();
    expect(within(screen.getByTestId('department-info')).getByText(`${frNumber(countIn(expected, '48'))} entreprise${countIn(expected, '48') > 1 ? 's' : ''} partenaire${countIn(expected, '48') > 1 ? 's' : ''}`)).toBeInTheDocument();
  });

  it('opens the companies of the Gard when a director clicks it', async () => {
    const { user, router } = await renderRoute('/territory');
    await user.click(await gard());
    await waitFor(() => expect(router.state.location.pathname).toBe('/partners'));
    expect(router.state.location.search).toBe('?department=30');
  });

  it('opens them with Enter on the focused department too', async () => {
    const { router } = await renderRoute('/territory');
    const link = await gard();
    link.focus();
    fireEvent.keyDown(link, { key: 'Enter' });
    await waitFor(() => expect(router.state.location.pathname).toBe('/partners'));
    expect(router.state.location.search).toBe('?department=30');
  });

  it('counts the apprentices of the academic year chosen', async () => {
    const year2022 = await api('layer=apprentices&year=2022');
    const { user, router } = await renderRoute('/territory?layer=apprentices');
    await screen.findByRole('link', { name: /^Gard \(30\) : / });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Année universitaire' }), '2022–23');
    await waitFor(() => expect(router.state.location.search).toBe('?layer=apprentices&year=2022'));
    expect(await screen.findByRole('link', { name: `Gard (30) : ${frNumber(countIn(year2022, '30'))} apprentis` })).toBeInTheDocument();
    const total = year2022.byDepartment.reduce((s, d) => s + d.count, 0);
    expect(total).toBe(420);
  });

  it('applies the sector of the URL to the map, the heat map and the flows', async () => {
    const nuclear = await api('layer=partners&sector=nucleaire');
    const all = await api('layer=partners');
    expect(countIn(nuclear, '30')).toBeLessThan(countIn(all, '30'));
    const { user } = await renderRoute('/territory?sector=nucleaire');
    expect(await screen.findByRole('link', { name: `Gard (30) : ${frNumber(countIn(nuclear, '30'))} entreprises partenaires` })).toHaveAttribute('href', '/partners?sector=nucleaire&department=30');
    expect(screen.getByRole('combobox', { name: 'Secteur' })).toHaveValue('nucleaire');
    expect(within(matrixTable()).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Nucléaire', 'Total']);
    const gardColumn = within(matrixTable()).getAllByRole('columnheader').findIndex((h) => h.textContent?.includes('Gard (30)'));
    expect(within(matrixTable()).getAllByRole('row')[1]!.querySelectorAll('th, td')[gardColumn]).toHaveTextContent(frNumber(countIn(nuclear, '30')));

    const flows = await screen.findByRole('figure', { name: 'Des territoires aux secteurs et aux relations' });
    await waitFor(() => expect(flows.querySelectorAll('.recharts-sankey-nodes rect').length).toBeGreaterThan(2));
    expect(within(flows).getByText(/^Nucléaire · \d+$/)).toBeInTheDocument();
    await user.click(within(flows).getByRole('button', { name: 'Voir les données' }));
    const targets = within(within(flows).getByRole('table')).getAllByRole('row').slice(1).map((r) => r.querySelectorAll('th, td')[1]!.textContent);
    expect(targets).toContain('Nucléaire');
    expect(targets).not.toContain('Santé');
    expect(targets).not.toContain('Autres secteurs');
  });

  it('changes the sector from the filter and keeps it in the URL', async () => {
    const { user, router } = await renderRoute('/territory');
    await gard();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Secteur' }), 'Hydrogène');
    await waitFor(() => expect(router.state.location.search).toBe('?sector=hydrogene'));
    await waitFor(() => expect(within(matrixTable()).getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['Hydrogène', 'Total']));
  });

  it('offers the map as a table: the 13 departments and Hors Occitanie with the API’s counts', async () => {
    const expected = await api('layer=bookings');
    const { user } = await renderRoute('/territory?layer=bookings');
    await screen.findByRole('link', { name: /^Gard \(30\) : / });
    await user.click(within(mapCard()).getByRole('button', { name: 'Voir les données' }));
    const table = within(mapCard()).getByRole('table', { name: 'réservations d’équipement par département' });
    const rows = within(table).getAllByRole('row').slice(1, -1);
    expect(rows).toHaveLength(14);
    const read = rows.map((r) => `${r.querySelector('th')!.textContent} = ${r.querySelector('td')!.textContent}`);
    expect(read).toEqual(expected.byDepartment.map((d) => `${d.department === 'HO' ? 'Hors Occitanie' : `${departmentName(d.department)} (${d.department})`} = ${frNumber(d.count)}`));
    expect(within(mapCard()).getByRole('button', { name: 'Voir la carte' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('keeps the flows when the map’s measure fails, and Retry brings the map back', async () => {
    server.use(http.get(statsUrl, ({ request }) => (new URL(request.url).searchParams.get('layer') === 'apprentices' ? problem(503) : undefined)));
    const { user } = await renderRoute('/territory?layer=apprentices');
    const alert = await within(mapCard()).findByRole('alert');
    expect(within(alert).getByRole('button', { name: 'Réessayer' })).toBeInTheDocument();
    // The flows (partner companies) come from their own answer and stay.
    const flows = await screen.findByRole('figure', { name: 'Des territoires aux secteurs et aux relations' });
    expect(await within(flows).findByText(/Relation la plus fréquente/)).toBeInTheDocument();
    expect(within(flows).queryByRole('alert')).not.toBeInTheDocument();

    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('link', { name: /^Gard \(30\) : \d+ apprentis$/ })).toBeInTheDocument();
    expect(within(mapCard()).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('keeps the map when the flows fail', async () => {
    server.use(http.get(statsUrl, ({ request }) => (new URL(request.url).searchParams.get('layer') === 'partners' ? problem(500) : undefined)));
    await renderRoute('/territory?layer=startups');
    expect(await screen.findByRole('link', { name: /^Gard \(30\) : \d+ start-up$/ })).toBeInTheDocument();
    const flows = await screen.findByRole('figure', { name: 'Des territoires aux secteurs et aux relations' });
    expect(await within(flows).findByRole('alert')).toBeInTheDocument();
    expect(within(matrixTable()).getAllByRole('rowheader').length).toBeGreaterThan(2);
  });

  it('says what to do when nothing matches', async () => {
    const empty = await api('layer=partners');
    const zero: TerritoryStats = { layer: 'partners', byDepartment: empty.byDepartment.map((d) => ({ ...d, count: 0 })), matrix: empty.matrix.map((c) => ({ ...c, count: 0 })), flows: [] };
    server.use(http.get(statsUrl, () => HttpResponse.json(zero)));
    await renderRoute('/territory?sector=hydrogene');
    expect(await within(await screen.findByRole('region', { name: 'Carte des départements d’Occitanie' })).findByText(/Aucun résultat pour ce filtre/)).toBeInTheDocument();
    expect(within(mapCard()).getByRole('button', { name: 'Exporter en CSV' })).toBeDisabled();
    expect(within(screen.getByRole('region', { name: 'Secteurs × départements' })).getByText(/Aucun résultat pour ce filtre/)).toBeInTheDocument();
  });

  it('speaks English too', async () => {
    await renderRoute('/territory?layer=apprentices', { locale: 'en' });
    expect(await screen.findByRole('link', { name: /^Gard \(30\): \d+ apprentices$/ })).toBeInTheDocument();
    expect(screen.getByText(/ of apprentices are in /)).toBeInTheDocument();
    expect(screen.getByText('Base map: svg-maps, Victor Cazanave, CC BY 4.0')).toBeInTheDocument();
  });

  it('falls back to the partners measure on a malformed URL', async () => {
    await renderRoute('/territory?layer=volcans&sector=nope&year=abc');
    expect(await screen.findByRole('link', { name: /^Gard \(30\) : \d[\d\s]* entreprises partenaires$/ })).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: 'Entreprises partenaires' })).toBeChecked();
  });
});
