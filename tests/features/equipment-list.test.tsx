import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { getStore } from '../../mocks/store/store';
import { utilisation12m } from '../../mocks/store/stats-utilisation';
import { renderRoute } from '../utils/render-route';

const euros = (n: number) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(n);
const percent = (n: number) => new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 }).format(n);
/** toHaveTextContent folds the element's spaces (fr-FR's no-break ones included); fold the expected text alike. */
const fold = (s: string) => s.replace(/\s+/g, ' ');

function catalogue() {
  return screen.getByRole('table', { name: 'Catalogue des équipements partagés' });
}
async function loaded() {
  await waitFor(() => expect(within(catalogue()).getAllByRole('rowheader').length).toBeGreaterThan(0), { timeout: 3000 });
}
const names = () => within(catalogue()).getAllByRole('rowheader').map((h) => h.textContent);
function rowOf(name: string) {
  return within(catalogue()).getByRole('rowheader', { name }).closest('tr')!;
}

describe('Équipements — le catalogue', () => {
  it('lists every item with its fr-FR rate, utilisation and a link to its page', async () => {
    await renderRoute('/equipment');
    expect(await screen.findByRole('heading', { level: 1, name: 'Équipements partagés' })).toBeInTheDocument();
    await loaded();
    const store = getStore();
    expect(names()).toHaveLength(store.equipment.rows.length);
    expect(screen.getByText(`${store.equipment.rows.length} équipements des plateformes de l’école`)).toBeInTheDocument();

    const hall = store.equipment.rows.find((e) => e.rateUnit === 'day' && e.rate >= 1000)!;
    const row = rowOf(hall.name);
    expect(row).toHaveTextContent(fold(`${euros(hall.rate)} / jour`));
    expect(euros(hall.rate)).toMatch(/^\d{1,3}\u202f\d{3}\u00a0€$/);
    expect(row).toHaveTextContent(fold(percent(utilisation12m(store, hall.id))));
    expect(within(row).getByRole('link', { name: hall.name })).toHaveAttribute('href', `/equipment/${hall.id}`);

    const hourly = store.equipment.rows.find((e) => e.rateUnit === 'hour')!;
    expect(rowOf(hourly.name)).toHaveTextContent(fold(`${euros(hourly.rate)} / heure`));
  });

  it('keeps the filters in the URL and applies them', async () => {
    const { user, router } = await renderRoute('/equipment');
    await loaded();
    const closed = getStore().equipment.rows.find((e) => !e.openToCompanies)!;
    expect(names()).toContain(closed.name);

    await user.click(screen.getByRole('checkbox', { name: 'Ouverts aux entreprises seulement' }));
    await waitFor(() => expect(names()).not.toContain(closed.name));
    expect(router.state.location.search).toContain('openOnly=true');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Catégorie' }), 'Feu');
    await waitFor(() => expect(router.state.location.search).toContain('category=fire'));
    const fire = getStore().equipment.rows.filter((e) => e.category === 'fire' && e.openToCompanies).map((e) => e.name);
    await waitFor(() => expect([...names()].sort()).toEqual([...fire].sort()));
  });

  it('reads filters and sort from the URL (a shared link reproduces the view)', async () => {
    await renderRoute('/equipment?unit=PCH&sort=rate&order=desc');
    await loaded();
    expect(screen.getByRole('combobox', { name: 'Unité de recherche' })).toHaveValue('PCH');
    const pch = getStore().equipment.rows.filter((e) => e.researchUnit === 'PCH').sort((a, b) => b.rate - a.rate);
    expect(names()).toEqual(pch.map((e) => e.name));
    expect(within(catalogue()).getByRole('columnheader', { name: /Tarif HT/ })).toHaveAttribute('aria-sort', 'descending');
  });

  it('sorts by utilisation when its header is clicked, and says so in the URL', async () => {
    const { user, router } = await renderRoute('/equipment');
    await loaded();
    await user.click(within(catalogue()).getByRole('button', { name: /Utilisation \(12 mois\)/ }));
    await waitFor(() => expect(router.state.location.search).toContain('sort=utilisation'));
    const store = getStore();
    const expected = [...store.equipment.rows].sort((a, b) => utilisation12m(store, a.id) - utilisation12m(store, b.id) || a.name.localeCompare(b.name, 'fr'));
    expect(names()[0]).toBe(expected[0]!.name);
  });

  it('says when nothing matches and clears the filters on request', async () => {
    const { user } = await renderRoute('/equipment?q=zzzzzz');
    expect(await screen.findByText('Aucun équipement ne correspond')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    await loaded();
    expect(names().length).toBe(getStore().equipment.rows.length);
  });

  it('shows the error inside the page with a retry that works', async () => {
    server.use(http.get('*/api/equipment', () => HttpResponse.json({ title: 'Erreur', status: 500 }, { status: 500, headers: { 'Content-Type': 'application/problem+json' } }), { once: true }));
    const { user } = await renderRoute('/equipment');
    const alerts = await screen.findAllByRole('alert');
    expect(alerts[0]).toHaveTextContent('Le serveur a rencontré une erreur (500)');
    await user.click(within(alerts[0]!).getByRole('button', { name: 'Réessayer' }));
    await loaded();
  });

  it('charts each item’s utilisation with a data table of the same figures', async () => {
    const { user, container } = await renderRoute('/equipment');
    await loaded();
    const figure = screen.getByRole('figure', { name: 'Taux d’utilisation par équipement (12 derniers mois)' });
    await waitFor(() => expect(container.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0));
    await user.click(within(figure).getByRole('button', { name: 'Voir les données' }));
    const store = getStore();
    const item = store.equipment.rows[0]!;
    const table = within(figure).getByRole('table');
    expect(within(table).getByRole('rowheader', { name: item.name }).closest('tr')).toHaveTextContent(fold(percent(utilisation12m(store, item.id))));
  });
});
