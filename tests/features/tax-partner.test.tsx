import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { getStore } from '../../mocks/store/store';
import { renderRoute } from '../utils/render-route';

/** The company page's "Taxe d’apprentissage" tab: the company's campaigns as a table and a chart. */

const eur = (n: number) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(n);
const text = (s: string) => s.replace(/\s/g, ' ');
const STATUS = { approached: 'Sollicitée', pledged: 'Promise', received: 'Versée' } as const;

/** A company followed in at least three campaigns, at least one of them paid. */
function loyalPayer() {
  const d = getStore().data;
  return d.partners.find((p) => {
    const mine = d.taxPledges.filter((t) => t.partnerId === p.id);
    return !p.archived && mine.length >= 3 && mine.some((t) => t.status === 'received');
  })!;
}
const panel = () => screen.findByRole('region', { name: 'Historique de la taxe d’apprentissage' }, { timeout: 8000 });

describe('Company page — apprenticeship-tax tab', () => {
  it('lists every campaign, latest first, with a chart whose data table has the same figures', async () => {
    const partner = loyalPayer();
    const mine = getStore().data.taxPledges.filter((t) => t.partnerId === partner.id).sort((a, b) => b.year - a.year);
    const { user, container } = await renderRoute(`/partners/${partner.id}?tab=tax`);
    expect(await screen.findByRole('tab', { name: 'Taxe d’apprentissage' }, { timeout: 8000 })).toHaveAttribute('aria-selected', 'true');
    const region = await panel();
    const table = await within(region).findByRole('table', { name: 'Historique de la taxe d’apprentissage' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(mine.map((t) => String(t.year)));
    expect(within(rows[0]!).getAllByRole('cell').slice(0, 2).map((c) => c.textContent)).toEqual([STATUS[mine[0]!.status], eur(mine[0]!.amount)]);
    expect(within(rows[0]!).getByRole('link', { name: String(mine[0]!.year) })).toHaveAttribute('href', `/apprenticeship-tax?year=${mine[0]!.year}`);

    const paid = mine.filter((t) => t.status === 'received');
    const first = Math.min(...paid.map((t) => t.year));
    expect(
      await within(region).findByText(text(`${eur(paid.reduce((s, t) => s + t.amount, 0))} versés depuis ${first}, sur ${mine.length} campagnes.`)),
    ).toBeInTheDocument();
    await waitFor(() => expect(container.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThanOrEqual(mine.length));
    await user.click(within(region).getByRole('button', { name: 'Voir les données' }));
    const data = within(region).getByRole('table', { name: /Montants par campagne/ });
    expect(within(data).getAllByRole('rowheader').map((c) => c.textContent)).toEqual([...mine].reverse().map((t) => String(t.year)));
  });

  it('says what to do for a company never approached', async () => {
    const d = getStore().data;
    const never = d.partners.find((p) => !p.archived && !d.taxPledges.some((t) => t.partnerId === p.id))!;
    await renderRoute(`/partners/${never.id}?tab=tax`);
    const region = await panel();
    expect(await within(region).findByText('Aucune campagne avec cette entreprise')).toBeInTheDocument();
    expect(within(region).queryByRole('figure')).not.toBeInTheDocument();
  });

  it('shows a failure inside the tab, with a retry, and the rest of the page stays', async () => {
    const partner = loyalPayer();
    server.use(
      http.get('*/api/tax-pledges', () =>
        HttpResponse.json({ type: 'about:blank', title: 'Erreur', status: 500 }, { status: 500, headers: { 'Content-Type': 'application/problem+json' } }),
      ),
    );
    const { user } = await renderRoute(`/partners/${partner.id}?tab=tax`);
    const region = await panel();
    expect(await within(region).findByRole('alert')).toHaveTextContent('Le serveur a rencontré une erreur (500)');
    expect(screen.getByRole('heading', { level: 1, name: partner.name })).toBeInTheDocument();
    server.resetHandlers();
    await user.click(within(region).getByRole('button', { name: 'Réessayer' }));
    expect(await within(region).findByRole('table', { name: 'Historique de la taxe d’apprentissage' })).toBeInTheDocument();
  });
});
