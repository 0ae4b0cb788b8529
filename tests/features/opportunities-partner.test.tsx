import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { AppProviders } from '@/app/providers';
import { makeQueryClient } from '@/lib/query-client';
import { PartnerOpportunities } from '@/features/opportunities/components/partner-opportunities';

type Row = { id: string; title: string; stage: string; partnerId: string; partnerName: string };

/** "Déplacer « titre » vers…" (jsdom's name computation drops the space before a hidden span). */
const moveName = (title: string) => new RegExp(`^Déplacer ?« ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} » vers…$`);

async function apiRows(query = ''): Promise<Row[]> {
  const res = await fetch(`http://localhost:3000/api/opportunities?pageSize=5000${query}`);
  return ((await res.json()) as { items: Row[] }).items;
}

/**
 * The company page that hosts this tab belongs to another change: the widget is rendered alone,
 * through the real providers and a data router, as that page will render it.
 */
function renderTab(partnerId: string) {
  const client = makeQueryClient({ retry: false });
  const router = createMemoryRouter([{ path: '/partners/:partnerId', element: <PartnerOpportunities partnerId={partnerId} /> }], {
    initialEntries: [`/partners/${partnerId}`],
  });
  const user = userEvent.setup();
  render(
    <AppProviders client={client} locale="fr">
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { user, client, router };
}

/** A company with both open and closed opportunities, each with its own title. */
async function mixedCompany() {
  const rows = await apiRows();
  const byPartner = new Map<string, Row[]>();
  for (const r of rows) byPartner.set(r.partnerId, [...(byPartner.get(r.partnerId) ?? []), r]);
  const [partnerId, own] = [...byPartner].find(([, list]) => list.length >= 2 && new Set(list.map((r) => r.title)).size === list.length && list.some((r) => ['won', 'lost'].includes(r.stage)) && list.some((r) => !['won', 'lost'].includes(r.stage)))!;
  return { partnerId, own };
}

describe('PartnerOpportunities — the company tab', { timeout: 45_000 }, () => {
  it('lists only this company’s opportunities, open ones first', async () => {
    const { partnerId, own } = await mixedCompany();
    renderTab(partnerId);
    const section = await screen.findByRole('region', { name: 'Opportunités' });
    await waitFor(() => expect(within(section).getAllByRole('article')).toHaveLength(own.length), { timeout: 15_000 });
    const headings = within(section).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings[0]).toMatch(/^En cours \(\d+\)$/);
    expect(headings[1]).toMatch(/^Clôturées \(\d+\)$/);
    expect(within(section).getAllByRole('article').map((a) => a.getAttribute('aria-labelledby') && within(a).getByRole('heading', { level: 4 }).textContent).sort()).toEqual(
      own.map((r) => r.title).sort(),
    );
    // The company is the page's subject: no link to itself on each card.
    expect(within(section).queryByRole('link', { name: own[0]!.partnerName })).not.toBeInTheDocument();
  });

  it('moves one of them through the menu, optimistically', async () => {
    const { partnerId, own } = await mixedCompany();
    const target = own.find((r) => r.stage !== 'proposal' && !['won', 'lost'].includes(r.stage)) ?? own.find((r) => r.stage !== 'proposal')!;
    const { user } = renderTab(partnerId);
    const section = await screen.findByRole('region', { name: 'Opportunités' });
    const card = await within(section).findByRole('article', { name: target.title }, { timeout: 15_000 });
    await user.click(within(card).getByRole('button', { name: moveName(target.title) }));
    await user.click(await screen.findByRole('menuitem', { name: 'Proposition' }));
    await waitFor(() => expect(within(within(section).getByRole('article', { name: target.title })).getByText('Proposition')).toBeInTheDocument());
    await waitFor(async () => expect((await apiRows(`&partnerId=${partnerId}`)).find((r) => r.id === target.id)?.stage).toBe('proposal'));
  });

  it('opens "Nouvelle opportunité" with the company already chosen', async () => {
    const { partnerId, own } = await mixedCompany();
    const { user } = renderTab(partnerId);
    const section = await screen.findByRole('region', { name: 'Opportunités' });
    // Offered once the person (and so the role) is known.
    const button = await within(section).findByRole('button', { name: 'Nouvelle opportunité' });
    await waitFor(() => expect(button).toBeEnabled(), { timeout: 15_000 });
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Nouvelle opportunité' });
    expect(within(dialog).getByText(own[0]!.partnerName)).toBeInTheDocument();
    expect(within(dialog).queryByRole('combobox', { name: 'Entreprise *' })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Intitulé *' })).toHaveFocus();
  });

  it('says what to do when the company has no opportunity', async () => {
    const { partnerId } = await mixedCompany();
    server.use(http.get('*/api/opportunities', () => HttpResponse.json({ items: [], total: 0, page: 1, pageSize: 5000 })));
    renderTab(partnerId);
    expect(await screen.findByText('Aucune opportunité avec cette entreprise', {}, { timeout: 15_000 })).toBeInTheDocument();
  });

  it('shows an error with Retry when the list cannot load', async () => {
    const { partnerId } = await mixedCompany();
    server.use(
      http.get('*/api/opportunities', () => HttpResponse.json({ title: 'Erreur interne', status: 500 }, { status: 500, headers: { 'Content-Type': 'application/problem+json' } }), { once: true }),
    );
    const { user } = renderTab(partnerId);
    const alert = await screen.findByRole('alert', {}, { timeout: 15_000 });
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findAllByRole('article', {}, { timeout: 15_000 })).not.toHaveLength(0);
  });
});
