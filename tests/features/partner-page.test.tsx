import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { getStore } from '../../mocks/store/store';
import { renderRoute } from '../utils/render-route';

const problem = (status: number) =>
  HttpResponse.json({ type: 'about:blank', title: 'Erreur interne', status }, { status, headers: { 'Content-Type': 'application/problem+json' } });

/** A company with every kind of relationship, chosen from the demo data. */
function richPartner() {
  const d = getStore().data;
  return d.partners.find(
    (p) =>
      !p.archived &&
      p.siren &&
      d.bookings.some((b) => b.partnerId === p.id) &&
      d.startups.some((s) => s.partnerId === p.id) &&
      d.contracts.some((c) => c.partnerId === p.id) &&
      d.taxPledges.some((t) => t.partnerId === p.id) &&
      d.contacts.filter((c) => c.partnerId === p.id).length >= 2,
  )!;
}

async function openPage(path: string) {
  const utils = await renderRoute(path);
  // The first render loads the lazy route and every widget module.
  await screen.findByRole('heading', { level: 1 }, { timeout: 8000 });
  return utils;
}

describe('Company 360° page: header and tabs', () => {
  it('shows the header with stage, sector, place, owner, SIREN and the demo badge', async () => {
    const p = richPartner();
    await openPage(`/partners/${p.id}`);
    expect(await screen.findByRole('heading', { level: 1, name: p.name })).toBeInTheDocument();
    const siren = `${p.siren!.slice(0, 3)} ${p.siren!.slice(3, 6)} ${p.siren!.slice(6)}`;
    expect(screen.getByText(siren)).toBeInTheDocument();
    expect(screen.getByText('données de démonstration')).toBeInTheDocument();
    const owner = getStore().data.users.find((u) => u.id === p.ownerId)!;
    const ownerFact = screen.getByText('Responsable').parentElement!;
    await waitFor(() => expect(ownerFact).toHaveTextContent(owner.name));
    expect(screen.getByText(new RegExp(`${p.city}, `))).toBeInTheDocument();
    const tabs = screen.getByRole('tablist', { name: 'Sections de la fiche entreprise' });
    expect(within(tabs).getAllByRole('tab').map((t) => t.textContent)).toEqual(['Vue d’ensemble', 'Contacts', 'Échanges', 'Opportunités', 'Relances', 'Taxe d’apprentissage', 'Événements']);
    expect(within(tabs).getByRole('tab', { name: 'Vue d’ensemble' })).toHaveAttribute('aria-selected', 'true');
  });
});

describe('Company 360° page: tabs in the URL', () => {
  it('opens the tab named in the URL and keeps the chosen tab in it', async () => {
    const p = richPartner();
    const { user, router } = await openPage(`/partners/${p.id}?tab=contacts`);
    expect(screen.getByRole('tab', { name: 'Contacts' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('heading', { level: 2, name: /^Contacts/ })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Échanges' }));
    await waitFor(() => expect(router.state.location.search).toBe('?tab=interactions'));
    expect(await screen.findByRole('heading', { name: /^Historique des échanges/ })).toBeInTheDocument();
    // Arrow keys move between tabs.
    await user.keyboard('{ArrowRight}');
    expect(screen.getByRole('tab', { name: 'Opportunités' })).toHaveFocus();
    await waitFor(() => expect(screen.getByRole('tab', { name: 'Opportunités' })).toHaveAttribute('aria-selected', 'true'));
    expect(router.state.location.search).toBe('?tab=opportunities');
  });

  it('falls back to the overview for an unknown tab', async () => {
    const p = richPartner();
    await openPage(`/partners/${p.id}?tab=nimportequoi`);
    expect(screen.getByRole('tab', { name: 'Vue d’ensemble' })).toHaveAttribute('aria-selected', 'true');
    expect(await screen.findByRole('region', { name: 'Chiffres clés' })).toBeInTheDocument();
  });
});

describe('Company 360° page: overview', () => {
  it('shows key figures, latest exchanges and every relationship with its count', async () => {
    const p = richPartner();
    const d = getStore().data;
    await openPage(`/partners/${p.id}`);
    const figures = await screen.findByRole('region', { name: 'Chiffres clés' });
    await waitFor(() => expect(figures).toHaveAttribute('aria-busy', 'false'));
    expect(within(figures).getByText('Contacts').parentElement).toHaveTextContent(String(d.contacts.filter((c) => c.partnerId === p.id).length));
    const apprentices = screen.getByRole('region', { name: 'Apprentis accueillis' });
    const contracts = d.contracts.filter((c) => c.partnerId === p.id).length;
    expect(await within(apprentices).findByText(contracts === 1 ? '1 contrat' : `${contracts} contrats`)).toBeInTheDocument();
    const bookings = screen.getByRole('region', { name: 'Réservations d’équipements' });
    const n = d.bookings.filter((b) => b.partnerId === p.id).length;
    expect(await within(bookings).findByText(n === 1 ? '1 réservation' : `${n} réservations`)).toBeInTheDocument();
    const startups = screen.getByRole('region', { name: 'Start-up liées' });
    const linked = d.startups.find((s) => s.partnerId === p.id)!;
    expect(await within(startups).findByText(linked.name)).toBeInTheDocument();
    const tax = screen.getByRole('region', { name: 'Taxe d’apprentissage' });
    expect(await within(tax).findAllByText(/^Campagne \d{4}$/)).not.toHaveLength(0);
    const latest = screen.getByRole('region', { name: 'Derniers échanges' });
    await waitFor(() => expect(within(latest).getAllByRole('listitem').length).toBeGreaterThan(0));
    expect(within(latest).getAllByRole('listitem').length).toBeLessThanOrEqual(3);
  });

  it('keeps the page when one widget fails, with Retry in that widget', async () => {
    server.use(http.get('*/api/bookings', () => problem(500), { once: true }));
    const p = richPartner();
    const { user } = await openPage(`/partners/${p.id}`);
    const bookings = screen.getByRole('region', { name: 'Réservations d’équipements' });
    const alert = await within(bookings).findByRole('alert');
    expect(alert).toHaveTextContent('Le serveur a rencontré une erreur (500)');
    // The rest of the page is there.
    expect(screen.getByRole('heading', { level: 1, name: p.name })).toBeInTheDocument();
    expect(await within(screen.getByRole('region', { name: 'Apprentis accueillis' })).findByText(/contrats?$/)).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await within(bookings).findByText(/réservations?$/)).toBeInTheDocument();
    expect(within(bookings).queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('Company 360° page: unknown company and failures', () => {
  it('says the company does not exist, with a way back to the list', async () => {
    await openPage('/partners/p-inexistante');
    expect(screen.getByRole('heading', { level: 1, name: 'Entreprise introuvable' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Revenir à la liste des entreprises' })).toHaveAttribute('href', '/partners');
  });

  it('shows the error with Retry when the company cannot be loaded', async () => {
    const p = richPartner();
    server.use(http.get(`*/api/partners/${p.id}`, () => problem(503), { once: true }));
    const { user } = await openPage(`/partners/${p.id}`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Le serveur a rencontré une erreur (503)');
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('heading', { level: 1, name: p.name })).toBeInTheDocument();
  });
});
