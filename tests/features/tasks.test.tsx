import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { getStore } from '../../mocks/store/store';
import { renderRoute } from '../utils/render-route';

// The dataset's today is Thursday 26 November 2026; the view reads today from the clock.
const TODAY = '2026-11-26';
const SUNDAY = '2026-11-29';
/** Toasts come from sonner, loaded on the first one: on a busy machine that takes a few seconds. */
const findToast = (text: string | RegExp) => screen.findByText(text, {}, { timeout: 10_000 });

beforeEach(() => {
  // A returning Sophie Bernard: "Vous êtes" remembers her.
  localStorage.setItem('passerelles.currentUser', 'u-1');
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-26T10:00:00'));
});
afterEach(() => {
  vi.useRealTimers();
});

const problem = (status: number, detail: string) =>
  HttpResponse.json({ type: 'about:blank', title: 'Erreur', status, detail }, { status, headers: { 'Content-Type': 'application/problem+json' } });

/** What each group should count for one owner (or everyone), straight from the dataset. */
function expectedCounts(ownerId?: string) {
  const open = getStore().tasks.rows.filter((t) => !t.done && (!ownerId || t.ownerId === ownerId));
  return {
    overdue: open.filter((t) => t.due < TODAY).length,
    today: open.filter((t) => t.due === TODAY).length,
    week: open.filter((t) => t.due > TODAY && t.due <= SUNDAY).length,
    later: open.filter((t) => t.due > SUNDAY).length,
  };
}
// `hidden: true` skips jsdom's computed-style visibility walk, which costs seconds on the ~300
// follow-ups of everyone's view; these headings and groups are on screen either way.
const heading = (label: string, count: number) => ({ name: `${label} (${count} relance${count > 1 ? 's' : ''})`, hidden: true });
const section = (label: string) => screen.getByRole('region', { name: new RegExp(`^${label} \\(`), hidden: true });

async function expectGroups(counts: ReturnType<typeof expectedCounts>) {
  expect(await screen.findByRole('heading', heading('En retard', counts.overdue), { timeout: 8000 })).toBeInTheDocument();
  expect(screen.getByRole('heading', heading('Aujourd’hui', counts.today))).toBeInTheDocument();
  expect(screen.getByRole('heading', heading('Cette semaine', counts.week))).toBeInTheDocument();
  expect(screen.getByRole('heading', heading('Plus tard', counts.later))).toBeInTheDocument();
}

describe('/tasks — follow-ups', () => {
  it('groups my follow-ups into overdue, today, this week and later, with what, where, when and who', async () => {
    await renderRoute('/tasks');
    expect(await screen.findByRole('heading', { level: 1, name: 'Relances' })).toBeInTheDocument();
    await expectGroups(expectedCounts('u-1'));

    const overdue = section('En retard');
    const forum = within(overdue).getByRole('checkbox', { name: 'Inviter au Forum entreprises' }).closest('li')!;
    expect(within(forum).getByText('En retard de 2 jours')).toBeInTheDocument();
    expect(within(forum).getByText('24/11/2026')).toBeInTheDocument();
    expect(within(forum).getByText(/il y a 2 jours/)).toBeInTheDocument();
    expect(within(forum).getByText('Sophie Bernard')).toBeInTheDocument();
    expect(within(forum).getByRole('link')).toHaveAttribute('href', '/partners/p-00700');

    // A follow-up without a company says so.
    const later = section('Plus tard');
    expect(within(later).getAllByText('Sans entreprise').length).toBeGreaterThan(0);
    expect(within(section('Cette semaine')).getAllByText(/dans [1-3] jours|demain/).length).toBeGreaterThan(0);
    // Only overdue tasks carry the overdue mark.
    expect(within(later).queryByText(/En retard de/)).not.toBeInTheDocument();
  });

  it('“mine” follows the “Vous êtes” picker, and “everyone’s” shows all, in the URL', async () => {
    const { user, router } = await renderRoute('/tasks');
    await expectGroups(expectedCounts('u-1'));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Vous êtes' }), 'Julien Fabre');
    await expectGroups(expectedCounts('u-2'));
    expect(screen.getAllByText('Julien Fabre').length).toBeGreaterThan(0);
    expect(screen.queryByText('Sophie Bernard', { selector: 'li *' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('radio', { name: 'Toutes les relances' }));
    await waitFor(() => expect(router.state.location.search).toBe('?scope=all'));
    await expectGroups(expectedCounts());

    // Back to mine, the completed ones: still Julien's, and the link says so.
    await user.click(screen.getByRole('radio', { name: 'Mes relances', hidden: true }));
    await user.click(screen.getByRole('radio', { name: 'Terminées' }));
    await waitFor(() => expect(router.state.location.search).toBe('?status=done'));
    const done = getStore().tasks.rows.filter((t) => t.done && t.ownerId === 'u-2').length;
    expect(await screen.findByRole('heading', { name: `Relances terminées (${done} relances)` })).toBeInTheDocument();
    // The 20 most recent first, the rest one click away.
    expect(screen.getAllByRole('checkbox', { checked: true })).toHaveLength(20);
    await user.click(screen.getByRole('button', { name: `Afficher les ${done - 20} autres relances` }));
    expect(screen.getAllByRole('checkbox', { checked: true })).toHaveLength(done);
    expect(screen.getAllByRole('checkbox')[20]).toHaveFocus();
  });

  it('ticks a follow-up done at once, confirms it, and “Annuler” reopens it', async () => {
    // Holds the server's answer so that we can see the list change before it.
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.patch('*/api/tasks/:id', async () => {
        await gate;
        // Falls through to the demo API's handler.
      }),
    );
    const { user } = await renderRoute('/tasks');
    const counts = expectedCounts('u-1');
    await expectGroups(counts);

    const box = within(section('Aujourd’hui')).getAllByRole('checkbox')[0]!;
    const title = box.closest('li')!.querySelector('label')!.textContent;
    await user.click(box);
    expect(box).toBeChecked();
    expect(within(box.closest('li')!).getByText(/Faite/)).toBeInTheDocument();

    release();
    expect(await findToast(`Relance « ${title} » marquée comme faite.`)).toBeInTheDocument();
    expect(await screen.findByRole('heading', heading('Aujourd’hui', counts.today - 1))).toBeInTheDocument();

    // From the keyboard: jsdom lacks the pointer capture that sonner's swipe handling calls.
    screen.getByRole('button', { name: 'Annuler' }).focus();
    await user.keyboard('{Enter}');
    expect(await findToast(`Relance « ${title} » rouverte.`)).toBeInTheDocument();
    expect(await screen.findByRole('heading', heading('Aujourd’hui', counts.today))).toBeInTheDocument();
  });

  it('takes the tick back and says why when the server refuses (500)', async () => {
    server.use(http.patch('*/api/tasks/:id', () => problem(500, 'Panne')));
    const { user } = await renderRoute('/tasks');
    await expectGroups(expectedCounts('u-1'));
    const box = within(section('En retard')).getByRole('checkbox', { name: 'Inviter au Forum entreprises' });
    await user.click(box);
    expect(
      await findToast('La relance « Inviter au Forum entreprises » n’a pas pu être mise à jour : Le serveur a rencontré une erreur (500). Réessayez dans un instant.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(box).not.toBeChecked());
    expect(within(section('En retard')).getByRole('checkbox', { name: 'Inviter au Forum entreprises' })).not.toBeChecked();
  });

  it('takes the tick back on a conflict (409): someone else changed it', async () => {
    server.use(http.patch('*/api/tasks/:id', () => problem(409, 'Cet enregistrement a été modifié entre-temps.')));
    const { user } = await renderRoute('/tasks');
    await expectGroups(expectedCounts('u-1'));
    const box = within(section('En retard')).getByRole('checkbox', { name: 'Inviter au Forum entreprises' });
    await user.click(box);
    expect(
      await findToast('La relance « Inviter au Forum entreprises » n’a pas pu être mise à jour : quelqu’un l’a modifiée entre-temps. La liste a été rechargée.'),
    ).toBeInTheDocument();
    await waitFor(() => expect(within(section('En retard')).getByRole('checkbox', { name: 'Inviter au Forum entreprises' })).not.toBeChecked());
  });

  it('shows an error with Retry when the follow-ups cannot load, then the groups', async () => {
    server.use(http.get('*/api/tasks', () => problem(503, 'Indisponible'), { once: true }));
    const { user } = await renderRoute('/tasks');
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText('Impossible de charger les relances')).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    await expectGroups(expectedCounts('u-1'));
  });

  it('shows skeleton groups while loading, and what to do next when there is nothing to follow up', async () => {
    server.use(http.get('*/api/tasks', () => HttpResponse.json({ items: [], total: 0, page: 1, pageSize: 1000 })));
    await renderRoute('/tasks');
    expect(await screen.findByText('Chargement des relances…')).toBeInTheDocument();
    expect(await screen.findByText('Aucune relance en retard — planifiez la prochaine pour garder le contact avec vos entreprises.')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'Nouvelle relance' }).length).toBeGreaterThan(0);
  });
});
