import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { getStore } from '../../mocks/store/store';
import { utilisationStats } from '../../mocks/store/stats-utilisation';
import { renderRoute } from '../utils/render-route';

const fold = (s: string) => s.replace(/\s+/g, ' ');
const euros = (n: number) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(n);
const hours = (n: number) => new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(n);
const ITEM = 'eq-06';

async function chart(name: string) {
  return screen.findByRole('figure', { name }, { timeout: 4000 });
}
async function showData(user: Awaited<ReturnType<typeof renderRoute>>['user'], figure: HTMLElement) {
  const button = within(figure).getByRole('button', { name: 'Voir les données' });
  await waitFor(() => expect(button).toBeEnabled(), { timeout: 4000 });
  await user.click(button);
  return within(figure).getByRole('table');
}

// Only the people whose role allows it change maintenance windows (Nadia Benali, responsable de plateforme): the "Vous êtes" picker says who "I" am.
beforeEach(() => {
  localStorage.setItem('passerelles.currentUser', 'u-5');
});

describe('Équipement — utilisation et chiffre d’affaires', () => {
  it('charts booked hours per month, with the API’s figures in the data table and a takeaway', async () => {
    const { user, container } = await renderRoute(`/equipment/${ITEM}?view=week&date=2026-11-30`);
    const figure = await chart('Heures réservées par mois');
    await waitFor(() => expect(container.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0), { timeout: 4000 });
    const stats = utilisationStats(getStore(), { equipmentId: ITEM, months: 12 });
    expect(within(figure).getByText(/h réservées sur 12 mois, soit/)).toBeInTheDocument();
    const table = await showData(user, figure);
    expect(within(table).getAllByRole('row')).toHaveLength(13);
    const busiest = stats.months.reduce((a, b) => (b.hours > a.hours ? b : a));
    const [y, m] = busiest.month.split('-').map(Number) as [number, number];
    const monthName = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(Date.UTC(y, m - 1, 1));
    const row = within(table).getByRole('rowheader', { name: monthName }).closest('tr')!;
    expect(row).toHaveTextContent(fold(hours(busiest.hours)));
    expect(row).toHaveTextContent(fold(euros(busiest.revenue)));
  });

  it('charts hours by sector and the top companies by revenue, with links to them', async () => {
    const { user } = await renderRoute(`/equipment/${ITEM}?view=week&date=2026-11-30`);
    const stats = utilisationStats(getStore(), { equipmentId: ITEM, months: 12 });

    const sectors = await showData(user, await chart('Heures réservées par secteur des entreprises'));
    expect(within(sectors).getAllByRole('row')).toHaveLength(stats.bySector.length + 1);

    const figure = await chart('Chiffre d’affaires par entreprise (10 premières)');
    const top = stats.byPartner[0]!;
    expect(within(figure).getByText(new RegExp(`^${top.name} en tête avec`))).toBeInTheDocument();
    const partners = await showData(user, figure);
    expect(within(partners).getAllByRole('row')).toHaveLength(Math.min(10, stats.byPartner.length) + 1);
    const link = within(partners).getByRole('link', { name: top.name });
    expect(link).toHaveAttribute('href', `/partners/${top.partnerId}`);
    expect(link.closest('tr')).toHaveTextContent(fold(euros(top.revenue)));
  });

  it('shows a chart’s failure inside its frame, with a retry', async () => {
    server.use(http.get('*/api/stats/utilisation', () => HttpResponse.json({ title: 'Erreur', status: 503 }, { status: 503, headers: { 'Content-Type': 'application/problem+json' } }), { once: true }));
    const { user } = await renderRoute(`/equipment/${ITEM}?view=week&date=2026-11-30`);
    const figure = await chart('Heures réservées par mois');
    const alert = await within(figure).findByRole('alert', {}, { timeout: 4000 });
    expect(alert).toHaveTextContent('Le serveur a rencontré une erreur (503)');
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await within(figure).findByText(/h réservées sur 12 mois/, {}, { timeout: 4000 })).toBeInTheDocument();
  });
});

describe('Équipement — fenêtres de maintenance', () => {
  it('lists the item’s windows in Paris time', async () => {
    await renderRoute('/equipment/eq-13?view=week&date=2026-11-30');
    const table = await screen.findByRole('table', { name: 'Fenêtres de maintenance de l’équipement' }, { timeout: 4000 });
    expect(within(table).getByRole('rowheader', { name: /mar\. 01\/12\/2026 01:00 → dim\. 06\/12\/2026 01:00/ }).closest('tr')).toHaveTextContent('Contrôle réglementaire');
  });

  it('refuses a window over an existing booking and says whose, keeping the form', async () => {
    const { user } = await renderRoute(`/equipment/${ITEM}?view=week&date=2026-11-30`);
    const form = await screen.findByRole('form', { name: 'Ajouter une maintenance' }, { timeout: 4000 });
    await user.type(within(form).getByLabelText('Motif'), 'Changement du cône');
    fireEvent.change(within(form).getByLabelText('Début'), { target: { value: '2026-12-02T08:00' } });
    fireEvent.change(within(form).getByLabelText('Fin'), { target: { value: '2026-12-02T12:00' } });
    await user.click(within(form).getByRole('button', { name: 'Ajouter une maintenance' }));
    const alert = await within(form).findByRole('alert', {}, { timeout: 4000 });
    expect(alert).toHaveTextContent('Maintenance refusée');
    expect(alert).toHaveTextContent('Une réservation de Mistradis Protection occupe déjà ce créneau');
    expect(within(form).getByLabelText('Motif')).toHaveValue('Changement du cône');
  });

  it('adds a window, which then shows in the list and the calendar', async () => {
    const { user } = await renderRoute(`/equipment/${ITEM}?view=week&date=2026-11-30&display=list`);
    const form = await screen.findByRole('form', { name: 'Ajouter une maintenance' }, { timeout: 4000 });
    await user.type(within(form).getByLabelText('Motif'), 'Étalonnage');
    fireEvent.change(within(form).getByLabelText('Début'), { target: { value: '2026-12-03T08:00' } });
    fireEvent.change(within(form).getByLabelText('Fin'), { target: { value: '2026-12-03T18:00' } });
    await user.click(within(form).getByRole('button', { name: 'Ajouter une maintenance' }));
    const list = await screen.findByRole('table', { name: 'Fenêtres de maintenance de l’équipement' }, { timeout: 4000 });
    expect(within(list).getByRole('rowheader', { name: 'jeu. 03/12/2026 08:00 → jeu. 03/12/2026 18:00' }).closest('tr')).toHaveTextContent('Étalonnage');
    const period = screen.getByRole('table', { name: 'Réservations et maintenances de la période' });
    await waitFor(() => expect(within(period).getByText('Étalonnage')).toBeInTheDocument(), { timeout: 4000 });
    expect(within(form).getByLabelText('Motif')).toHaveValue('');
  });
});
