import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { getStore } from '../../mocks/store/store';
import { renderRoute } from '../utils/render-route';

/** One event (`/events?event=<id>`): the companies present, editable, and those with no follow-up planned. */

const findToast = (text: string | RegExp) => screen.findByText(text, {}, { timeout: 10_000 });
const problem = (status: number, detail: string) =>
  HttpResponse.json({ type: 'about:blank', title: 'Erreur', status, detail }, { status, headers: { 'Content-Type': 'application/problem+json' } });

beforeEach(() => {
  localStorage.setItem('passerelles.currentUser', 'u-1');
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-26T10:00:00'));
});
afterEach(() => {
  vi.useRealTimers();
});

const forum = () => getStore().events.rows.find((e) => e.title === 'Forum entreprises 2026')!;
const attendeesRegion = () => screen.findByRole('region', { name: /^Entreprises présentes \(/ }, { timeout: 8000 });
const leverRegion = () => screen.findByRole('region', { name: 'Entreprises présentes sans relance prévue' }, { timeout: 8000 });
const openPartnerIds = () => new Set(getStore().tasks.rows.filter((t) => !t.done && t.partnerId).map((t) => t.partnerId));
const nameOf = (id: string) => getStore().partners.get(id)!.name;

describe('/events — one event', () => {
  it('opens from the list by its link, keeps the filters for the way back, and lists the companies present', async () => {
    const { user, router } = await renderRoute('/events?kind=forum');
    const link = await screen.findByRole('link', { name: 'Forum entreprises 2026' }, { timeout: 8000 });
    await user.click(link);
    const { id, partnerIds } = forum();
    await waitFor(() => expect(router.state.location.search).toBe(`?kind=forum&event=${id}`));
    expect(await screen.findByRole('heading', { level: 1, name: 'Forum entreprises 2026' })).toHaveFocus();
    expect(screen.getByText('19 novembre 2026')).toBeInTheDocument();
    const region = await attendeesRegion();
    const list = within(region).getByRole('list', { name: 'Entreprises présentes' });
    expect(within(list).getAllByRole('listitem')).toHaveLength(partnerIds.length);
    const first = within(list).getAllByRole('link')[0]!;
    expect(first.getAttribute('href')).toMatch(/^\/partners\/p-\d+$/);

    await user.click(screen.getByRole('link', { name: /Tous les événements/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?kind=forum'));
  });

  it('adds a company present through the search, at once, and the API keeps it', async () => {
    const { id, partnerIds } = forum();
    const store = getStore();
    const newcomer = store.partners.rows.find((p) => !p.archived && !partnerIds.includes(p.id) && /^[A-Za-z]+ [A-Za-z]+$/.test(p.name))!;
    const { user } = await renderRoute(`/events?event=${id}`);
    const region = await attendeesRegion();
    await user.type(within(region).getByRole('combobox', { name: 'Ajouter une entreprise présente' }), newcomer.name);
    await user.click(await within(region).findByRole('option', { name: new RegExp(`^${newcomer.name}`) }));
    const list = within(region).getByRole('list', { name: 'Entreprises présentes' });
    // On screen before the server answers.
    expect(within(list).getByRole('link', { name: newcomer.name })).toBeInTheDocument();
    expect(within(region).getByRole('heading', { level: 2 })).toHaveTextContent(`(${partnerIds.length + 1})`);
    expect(await findToast(`${newcomer.name} ajoutée aux entreprises présentes.`)).toBeInTheDocument();
    expect(getStore().events.get(id)!.partnerIds).toContain(newcomer.id);
    expect(within(region).getByRole('combobox', { name: 'Ajouter une entreprise présente' })).toHaveValue('');
  });

  it('removes a company at once, and puts it back with the reason when the server fails', async () => {
    const { id, partnerIds } = forum();
    const { user } = await renderRoute(`/events?event=${id}`);
    const region = await attendeesRegion();
    const list = within(region).getByRole('list', { name: 'Entreprises présentes' });
    const name = within(list).getAllByRole('link')[0]!.textContent;

    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.put('*/api/events/:id/attendance', async () => {
        await gate;
        return problem(500, 'Panne du serveur');
      }),
    );
    await user.click(within(region).getByRole('button', { name: `Retirer ${name} des présents` }));
    // Gone at once…
    expect(within(list).queryByRole('link', { name })).not.toBeInTheDocument();
    expect(within(region).getByRole('heading', { level: 2 })).toHaveTextContent(`(${partnerIds.length - 1})`);
    release();
    // …and back when the server refuses, with the reason.
    expect(await findToast(`La présence de ${name} n’a pas pu être enregistrée : Le serveur a rencontré une erreur (500). Réessayez dans un instant.`)).toBeInTheDocument();
    expect(await within(list).findByRole('link', { name })).toBeInTheDocument();
    expect(getStore().events.get(id)!.partnerIds).toHaveLength(partnerIds.length);
  });

  it('removes a company for good when the server agrees', async () => {
    const { id, partnerIds } = forum();
    const { user } = await renderRoute(`/events?event=${id}`);
    const region = await attendeesRegion();
    const list = within(region).getByRole('list', { name: 'Entreprises présentes' });
    const name = within(list).getAllByRole('link')[0]!.textContent;
    await user.click(within(region).getByRole('button', { name: `Retirer ${name} des présents` }));
    expect(await findToast(`${name} retirée des entreprises présentes.`)).toBeInTheDocument();
    expect(getStore().events.get(id)!.partnerIds).toHaveLength(partnerIds.length - 1);
  });
});

describe('/events — companies present with no follow-up planned', () => {
  it('lists the attendees without an open follow-up, and one click plans one: the company leaves the list', async () => {
    const { id, partnerIds } = forum();
    const open = openPartnerIds();
    const expected = partnerIds.filter((p) => !open.has(p)).map(nameOf).sort((a, b) => a.localeCompare(b, 'fr', { sensitivity: 'base', numeric: true }));
    expect(expected.length).toBeGreaterThan(2);
    expect(expected.length).toBeLessThan(partnerIds.length);

    const { user } = await renderRoute(`/events?event=${id}`);
    const lever = await leverRegion();
    const list = await within(lever).findByRole('list', { name: 'Entreprises présentes sans relance prévue' });
    expect(within(list).getAllByRole('link').map((l) => l.textContent)).toEqual(expected);
    expect(within(lever).getByText(`${expected.length} entreprises à relancer · Échéance dans 7 jours, pour Sophie Bernard.`)).toBeInTheDocument();

    const name = expected[0]!;
    await user.click(within(lever).getByRole('button', { name: `Planifier une relance pour ${name}` }));
    // It leaves the list at once.
    expect(within(list).queryByRole('link', { name })).not.toBeInTheDocument();
    expect(await findToast(`Relance planifiée pour ${name} le 03/12/2026.`)).toBeInTheDocument();
    const partnerId = partnerIds.find((p) => nameOf(p) === name)!;
    const task = getStore().tasks.rows.find((t) => t.partnerId === partnerId && !t.done && t.title === 'Relance suite à Forum entreprises 2026');
    expect(task).toMatchObject({ ownerId: 'u-1', due: '2026-12-03' });
    // Still gone after the lists were refreshed from the server.
    await waitFor(() => expect(within(list).getAllByRole('link')).toHaveLength(expected.length - 1));
  });

  it('plans a follow-up for all of them at once', async () => {
    const { id, partnerIds } = forum();
    const open = openPartnerIds();
    const missing = partnerIds.filter((p) => !open.has(p));
    const { user } = await renderRoute(`/events?event=${id}`);
    const lever = await leverRegion();
    await user.click(await within(lever).findByRole('button', { name: `Planifier une relance pour toutes (${missing.length})` }));
    expect(await within(lever).findByText('Toutes les entreprises présentes ont une relance prévue')).toBeInTheDocument();
    expect(await findToast(`${missing.length} relances planifiées pour le 03/12/2026.`)).toBeInTheDocument();
    const planned = getStore().tasks.rows.filter((t) => t.title === 'Relance suite à Forum entreprises 2026');
    expect(new Set(planned.map((t) => t.partnerId))).toEqual(new Set(missing));
  });

  it('puts the company back with the reason when the follow-up cannot be created', async () => {
    const { id } = forum();
    server.use(http.post('*/api/tasks', () => problem(500, 'Panne')));
    const { user } = await renderRoute(`/events?event=${id}`);
    const lever = await leverRegion();
    const list = await within(lever).findByRole('list', { name: 'Entreprises présentes sans relance prévue' });
    const name = within(list).getAllByRole('link')[0]!.textContent;
    await user.click(within(lever).getByRole('button', { name: `Planifier une relance pour ${name}` }));
    expect(await findToast(`La relance de ${name} n’a pas pu être planifiée : Le serveur a rencontré une erreur (500). Réessayez dans un instant.`)).toBeInTheDocument();
    expect(await within(list).findByRole('link', { name })).toBeInTheDocument();
  });

  it('waits for the event before suggesting follow-ups', async () => {
    const upcoming = getStore().events.rows.find((e) => e.date > '2026-11-26')!;
    await renderRoute(`/events?event=${upcoming.id}`);
    const lever = await leverRegion();
    expect(within(lever).getByText('L’événement n’a pas encore eu lieu')).toBeInTheDocument();
  });

  it('says so when the event does not exist', async () => {
    await renderRoute('/events?event=ev-999');
    expect(await screen.findByText('Cet événement n’existe pas ou plus.', {}, { timeout: 8000 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Tous les événements/ })).toBeInTheDocument();
  });
});
