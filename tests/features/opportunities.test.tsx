import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { renderRoute, frNumber } from '../utils/render-route';

type Row = { id: string; title: string; stage: string; amount: number; partnerId: string; partnerName: string; kind: string; ownerId: string; expectedClose: string; closeReason: string | null };

const euros = (n: number) => new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(n);
// Testing Library collapses the narrow no-break spaces of fr-FR numbers when it reads the page.
const summary = (count: number, total: number) => `${frNumber(count)} · ${euros(total)}`.replace(/\s+/g, ' ');

/** "Déplacer « titre » vers…" (jsdom's name computation drops the space before a hidden span). */
const moveName = (title: string) => new RegExp(`^Déplacer ?« ${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} » vers…$`);

async function apiRows(query = ''): Promise<Row[]> {
  const res = await fetch(`http://localhost:3000/api/opportunities?pageSize=5000${query}`);
  return ((await res.json()) as { items: Row[] }).items;
}
function stats(rows: Row[], stage: string) {
  const of = rows.filter((r) => r.stage === stage);
  return { count: of.length, total: of.reduce((s, r) => s + r.amount, 0) };
}
// `hidden`: a modal dialog hides the board from assistive technologies while it is open.
const column = (name: string) => screen.getByRole('region', { name, hidden: true });
/** Titles repeat across companies: a card is its title and its company's link. */
function cardIn(columnName: string, row: Row): HTMLElement | undefined {
  return within(column(columnName))
    .queryAllByRole('article', { name: row.title, hidden: true })
    .find((a) => within(a).queryByRole('link', { name: row.partnerName, hidden: true }));
}
const moveButton = (columnName: string, row: Row) => within(cardIn(columnName, row)!).getByRole('button', { name: moveName(row.title) });
const problem = (status: number, detail: string) =>
  HttpResponse.json({ type: 'about:blank', title: 'Conflit', status, detail }, { status, headers: { 'Content-Type': 'application/problem+json' } });

/** The route loads lazily and the full set takes a moment on a busy machine: wait for the real board. */
async function openBoard(path = '/opportunities') {
  const utils = await renderRoute(path);
  await screen.findByRole('heading', { level: 2, name: 'Identifiée' }, { timeout: 15_000 });
  return utils;
}

/** A card drawn at the top of "Identifiée" (soonest expected close), unique by title and company. */
function firstIdentified(rows: Row[]) {
  const unique = (r: Row) => rows.filter((o) => o.title === r.title && o.partnerName === r.partnerName).length === 1;
  return rows
    .filter((r) => r.stage === 'identified')
    .sort((a, b) => a.expectedClose.localeCompare(b.expectedClose) || a.id.localeCompare(b.id))
    .slice(0, 12)
    .find(unique)!;
}

describe('Opportunités — kanban', () => {
  it('shows the six stage columns with their counts and € totals from the API', async () => {
    const rows = await apiRows();
    await openBoard();
    expect(await screen.findByRole('heading', { level: 1, name: 'Opportunités' })).toBeInTheDocument();
    const names = ['Identifiée', 'Contactée', 'Proposition', 'Négociation', 'Gagnée', 'Perdue'];
    const stages = ['identified', 'contacted', 'proposal', 'negotiation', 'won', 'lost'];
    await screen.findByRole('region', { name: 'Identifiée' });
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(names);
    stages.forEach((stage, i) => {
      const { count, total } = stats(rows, stage);
      expect(within(column(names[i]!)).getByText(summary(count, total))).toBeInTheDocument();
    });
    const open = rows.filter((r) => !['won', 'lost'].includes(r.stage));
    const totals = screen.getByRole('region', { name: 'Totaux du pipeline' });
    expect(within(totals).getByText(summary(open.length, open.reduce((s, r) => s + r.amount, 0)))).toBeInTheDocument();
  });
});

describe('Opportunités — moving a card', () => {
  it('moves a card to "Négociation" with the keyboard through its menu, and the columns follow', async () => {
    const rows = await apiRows();
    const card = firstIdentified(rows);
    const identified = stats(rows, 'identified');
    const negotiation = stats(rows, 'negotiation');
    const { user } = await openBoard();
    const trigger = moveButton('Identifiée', card);
    trigger.focus();
    await user.keyboard('{Enter}');
    const menu = await screen.findByRole('menu');
    expect(within(menu).getAllByRole('menuitem').map((i) => i.textContent)).toEqual(['Contactée', 'Proposition', 'Négociation', 'Gagnée', 'Perdue']);
    await waitFor(() => expect(within(menu).getByRole('menuitem', { name: 'Contactée' })).toHaveFocus());
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(within(menu).getByRole('menuitem', { name: 'Négociation' })).toHaveFocus();
    await user.keyboard('{Enter}');

    // Optimistic: the card and the totals move before the server answers, and stay after.
    expect(await within(column('Négociation')).findByText(summary(negotiation.count + 1, negotiation.total + card.amount))).toBeInTheDocument();
    expect(within(column('Identifiée')).getByText(summary(identified.count - 1, identified.total - card.amount))).toBeInTheDocument();
    expect(cardIn('Négociation', card)).toBeDefined();
    expect(cardIn('Identifiée', card)).toBeUndefined();
    // Focus follows the card to its new column.
    await waitFor(() => expect(moveButton('Négociation', card)).toHaveFocus());
    await waitFor(async () => expect((await apiRows()).find((r) => r.id === card.id)?.stage).toBe('negotiation'));
    expect(within(column('Négociation')).getByText(summary(negotiation.count + 1, negotiation.total + card.amount))).toBeInTheDocument();
  });

  it('asks why a deal is won, refuses an empty reason, then saves it', async () => {
    const rows = await apiRows();
    const card = firstIdentified(rows);
    const won = stats(rows, 'won');
    const { user } = await openBoard();
    await user.click(moveButton('Identifiée', card));
    await user.click(await screen.findByRole('menuitem', { name: 'Gagnée' }));
    const dialog = await screen.findByRole('dialog', { name: 'Opportunité gagnée' });
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    const reason = within(dialog).getByRole('textbox', { name: 'Motif' });
    expect(reason).toHaveAttribute('aria-invalid', 'true');
    expect(reason).toHaveAccessibleDescription(/Indiquez pourquoi l’opportunité est gagnée/);
    // Nothing moved while the reason is missing.
    expect(cardIn('Identifiée', card)).toBeDefined();
    expect(within(column('Gagnée')).getByText(summary(won.count, won.total))).toBeInTheDocument();

    await user.type(reason, 'Bon de commande signé');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await waitFor(() => expect(cardIn('Gagnée', card)).toBeDefined());
    expect(within(column('Gagnée')).getByText(summary(won.count + 1, won.total + card.amount))).toBeInTheDocument();
    await waitFor(async () => {
      const saved = (await apiRows()).find((r) => r.id === card.id)!;
      expect([saved.stage, saved.closeReason]).toEqual(['won', 'Bon de commande signé']);
    });
  });

  it('puts the card back when the reason dialog is dismissed with Escape', async () => {
    const rows = await apiRows();
    const card = firstIdentified(rows);
    const lost = stats(rows, 'lost');
    const { user } = await openBoard();
    await user.click(moveButton('Identifiée', card));
    await user.click(await screen.findByRole('menuitem', { name: 'Perdue' }));
    expect(await screen.findByRole('dialog', { name: 'Opportunité perdue' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(cardIn('Identifiée', card)).toBeDefined();
    expect(within(column('Perdue')).getByText(summary(lost.count, lost.total))).toBeInTheDocument();
    expect((await apiRows()).find((r) => r.id === card.id)?.stage).toBe('identified');
  });

  it('rolls a refused move back (409) and says why', async () => {
    const rows = await apiRows();
    const card = firstIdentified(rows);
    const identified = stats(rows, 'identified');
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    server.use(
      http.patch('*/api/opportunities/:id', async () => {
        await gate;
        return problem(409, 'Cette opportunité a été modifiée par Julien Fabre entre-temps.');
      }),
    );
    const { user } = await openBoard();
    await user.click(moveButton('Identifiée', card));
    await user.click(await screen.findByRole('menuitem', { name: 'Proposition' }));
    // At once in its new column, marked as being saved…
    await waitFor(() => expect(cardIn('Proposition', card)).toBeDefined());
    expect(within(column('Identifiée')).getByText(summary(identified.count - 1, identified.total - card.amount))).toBeInTheDocument();
    expect(within(column('Proposition')).getByText('Enregistrement…')).toBeInTheDocument();
    release();
    // …then back where it was, with the server's reason.
    expect(await screen.findByText(/Cette opportunité a été modifiée par Julien Fabre entre-temps/)).toBeInTheDocument();
    await waitFor(() => expect(cardIn('Identifiée', card)).toBeDefined());
    expect(cardIn('Proposition', card)).toBeUndefined();
    expect(within(column('Identifiée')).getByText(summary(identified.count, identified.total))).toBeInTheDocument();
  });

  it('rolls back on a server error (500) too', async () => {
    const rows = await apiRows();
    const card = firstIdentified(rows);
    server.use(http.patch('*/api/opportunities/:id', () => problem(500, 'Panne')));
    const { user } = await openBoard();
    await user.click(moveButton('Identifiée', card));
    await user.click(await screen.findByRole('menuitem', { name: 'Contactée' }));
    expect(await screen.findByText(/Déplacement annulé pour « .+ » : Le serveur a rencontré une erreur \(500\)/)).toBeInTheDocument();
    await waitFor(() => expect(cardIn('Identifiée', card)).toBeDefined());
    expect(cardIn('Contactée', card)).toBeUndefined();
  });
});
