import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { renderRoute } from '../utils/render-route';

type Row = { id: string; title: string; stage: string; amount: number; kind: string; ownerId: string; partnerId: string; partnerName: string };

async function apiRows(query = ''): Promise<Row[]> {
  const res = await fetch(`http://localhost:3000/api/opportunities?pageSize=5000${query}`);
  return ((await res.json()) as { items: Row[] }).items;
}
const euros = (n: number) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(n).replace(/\s+/g, ' ');
const amountOf = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));

async function openTable(path: string) {
  const utils = await renderRoute(path);
  const table = await screen.findByRole('table', {}, { timeout: 15_000 });
  await waitFor(() => expect(table).not.toHaveAttribute('aria-busy'), { timeout: 15_000 });
  return { ...utils, table };
}
function bodyRows(table: HTMLElement) {
  return within(table).getAllByRole('row').slice(1);
}

describe('Opportunités — table and filters', { timeout: 45_000 }, () => {
  it('switches between kanban and table, keeping the view in the URL', async () => {
    const { user, router } = await renderRoute('/opportunities');
    await screen.findByRole('heading', { level: 2, name: 'Identifiée' }, { timeout: 15_000 });
    expect(screen.getByRole('button', { name: 'Kanban' })).toHaveAttribute('aria-pressed', 'true');
    await user.click(screen.getByRole('button', { name: 'Tableau' }));
    expect(router.state.location.search).toBe('?view=table');
    expect(screen.getByRole('button', { name: 'Tableau' })).toHaveAttribute('aria-pressed', 'true');
    const table = await screen.findByRole('table', { name: /Opportunités, triées par Clôture prévue/ });
    await waitFor(() => expect(bodyRows(table)).toHaveLength(50));
    expect(screen.getByText(/1–50 sur 743/)).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Identifiée' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Kanban' }));
    expect(router.state.location.search).toBe('');
    expect(await screen.findByRole('region', { name: 'Identifiée' })).toBeInTheDocument();
  });

  it('sorts the table by amount through the column header, in the URL', async () => {
    const { user, router, table } = await openTable('/opportunities?view=table');
    await user.click(within(table).getByRole('button', { name: /^Montant/ }));
    await waitFor(() => expect(within(table).getByRole('columnheader', { name: /Montant/ })).toHaveAttribute('aria-sort', 'ascending'));
    expect(new URLSearchParams(router.state.location.search).get('sort')).toBe('amount');
    const all = await apiRows();
    const min = Math.min(...all.map((r) => r.amount));
    await waitFor(() => expect(amountOf(within(bodyRows(table)[0]!).getAllByRole('cell')[2]!.textContent)).toBe(min));
    await user.click(within(table).getByRole('button', { name: /^Montant/ }));
    await waitFor(() => expect(within(table).getByRole('columnheader', { name: /Montant/ })).toHaveAttribute('aria-sort', 'descending'));
    expect(new URLSearchParams(router.state.location.search).get('order')).toBe('desc');
    const max = Math.max(...all.map((r) => r.amount));
    await waitFor(() => expect(amountOf(within(bodyRows(table)[0]!).getAllByRole('cell')[2]!.textContent)).toBe(max));
  });

  it('reproduces a filtered view from its URL, and writes filter changes back to it', async () => {
    const expected = await apiRows('&kind=chair&owner=u-1');
    const { user, router, table } = await openTable('/opportunities?view=table&kind=chair&owner=u-1&sort=amount&order=desc');
    expect(screen.getByRole('combobox', { name: 'Type' })).toHaveDisplayValue('Chaire');
    expect(screen.getByRole('combobox', { name: 'Responsable' })).toHaveDisplayValue('Sophie Bernard');
    await waitFor(() => expect(bodyRows(table)).toHaveLength(expected.length));
    for (const row of bodyRows(table)) {
      expect(within(row).getAllByRole('cell')[1]).toHaveTextContent('Chaire');
      expect(within(row).getAllByRole('cell')[4]).toHaveTextContent('Sophie Bernard');
    }
    const top = [...expected].sort((a, b) => b.amount - a.amount)[0]!;
    expect(within(bodyRows(table)[0]!).getAllByRole('cell')[2]).toHaveTextContent(euros(top.amount));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Type' }), 'Formation');
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).getAll('kind')).toEqual(['training']));
    expect(new URLSearchParams(router.state.location.search).get('view')).toBe('table');
    const training = await apiRows('&kind=training&owner=u-1');
    await waitFor(() => expect(bodyRows(table)).toHaveLength(Math.min(50, training.length)));
  });

  it('filters the kanban by company name through the search box', async () => {
    const all = await apiRows();
    const company = all[0]!.partnerName;
    const { user, router } = await renderRoute('/opportunities');
    await screen.findByRole('heading', { level: 2, name: 'Identifiée' }, { timeout: 15_000 });
    await user.type(screen.getByRole('searchbox', { name: 'Rechercher' }), company);
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('q')).toBe(company));
    const expected = await apiRows(`&q=${encodeURIComponent(company)}`);
    await waitFor(() => expect(screen.getAllByRole('article')).toHaveLength(expected.length), { timeout: 10_000 });
  });

  it('falls back to the kanban and defaults on bad parameters', async () => {
    await renderRoute('/opportunities?view=graphique&sort=nimporte&kind=licorne&page=-3');
    expect(await screen.findByRole('heading', { level: 2, name: 'Identifiée' }, { timeout: 15_000 })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Type' })).toHaveDisplayValue('Tous les types');
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('says so when no opportunity matches, with a way out', async () => {
    const { user } = await renderRoute('/opportunities?q=zzzzzz-introuvable');
    expect(await screen.findByText('Aucune opportunité ne correspond à ces filtres', {}, { timeout: 15_000 })).toBeInTheDocument();
    const clear = screen.getAllByRole('button', { name: 'Effacer les filtres' });
    await user.click(clear[clear.length - 1]!);
    expect(await screen.findByRole('heading', { level: 2, name: 'Identifiée' }, { timeout: 15_000 })).toBeInTheDocument();
  });

  it('shows an error with Retry when the pipeline cannot load', async () => {
    server.use(
      http.get('*/api/opportunities', () => HttpResponse.json({ title: 'Erreur interne', status: 503 }, { status: 503, headers: { 'Content-Type': 'application/problem+json' } }), {
        once: true,
      }),
    );
    const { user } = await renderRoute('/opportunities');
    const alert = await screen.findByRole('alert', {}, { timeout: 15_000 });
    expect(alert).toHaveTextContent('Le serveur a rencontré une erreur (503)');
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'Identifiée' }, { timeout: 15_000 })).toBeInTheDocument();
  });
});
