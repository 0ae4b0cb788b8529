import { screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getStore } from '../../mocks/store/store';
import { renderRoute } from '../utils/render-route';

/**
 * /events — the list: upcoming apart from past, filters and sort in the URL, CSV export.
 * The dataset's "today" is 2026-11-26; the browser's clock is set to the same day.
 */

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-26T10:00:00'));
});
afterEach(() => {
  vi.useRealTimers();
});

const section = (name: RegExp) => screen.findByRole('region', { name }, { timeout: 8000 });
const titlesIn = (region: HTMLElement) => within(region).getAllByRole('rowheader').map((c) => c.textContent);

describe('/events — the list', () => {
  it('separates upcoming events from past ones, with kind, fr-FR date, place and companies present', async () => {
    await renderRoute('/events');
    expect(await screen.findByRole('heading', { level: 1, name: 'Événements' }, { timeout: 8000 })).toBeInTheDocument();
    const upcoming = await section(/^À venir/);
    const past = await section(/^Passés/);
    await waitFor(() => expect(within(past).getAllByRole('row').length).toBeGreaterThan(10));

    const events = getStore().events.rows;
    const future = events.filter((e) => e.date > '2026-11-26');
    // Upcoming: soonest first.
    expect(titlesIn(upcoming)).toEqual([...future].sort((a, b) => a.date.localeCompare(b.date)).map((e) => e.title));
    expect(within(upcoming).getByRole('heading', { level: 2 })).toHaveTextContent(`À venir${future.length} événements`);

    // Past: most recent first; the latest forum with its companies.
    const forum = events.find((e) => e.title === 'Forum entreprises 2026')!;
    const row = within(past).getByRole('rowheader', { name: 'Forum entreprises 2026' }).closest('tr')!;
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      'Forum entreprises',
      '19/11/2026',
      'IMT Mines Alès — campus de Clavières',
      String(forum.partnerIds.length),
    ]);
    expect(titlesIn(past)[0]).toBe('Forum entreprises 2026');
    expect(titlesIn(past)).toHaveLength(events.length - future.length);
  });

  it('filters by kind, year and text, keeping everything in the URL', async () => {
    const { user, router } = await renderRoute('/events');
    const past = await section(/^Passés/);
    await waitFor(() => expect(within(past).getAllByRole('row').length).toBeGreaterThan(10));

    await user.click(screen.getByRole('checkbox', { name: 'Forum entreprises' }));
    await waitFor(() => expect(router.state.location.search).toBe('?kind=forum'));
    await waitFor(() => expect(titlesIn(past).every((t) => t?.startsWith('Forum entreprises'))).toBe(true));
    expect(titlesIn(past)).toHaveLength(getStore().events.rows.filter((e) => e.kind === 'forum' && e.date <= '2026-11-26').length);

    await user.selectOptions(screen.getByLabelText('Année'), '2024');
    await waitFor(() => expect(titlesIn(past)).toEqual(['Forum entreprises 2024']));
    expect(router.state.location.search).toBe('?kind=forum&year=2024');
    // Nothing upcoming in 2024: said in words, not an empty table.
    expect(within(await section(/^À venir/)).getByText('Aucun événement à venir avec ces filtres.')).toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Forum entreprises' }));
    await user.type(screen.getByRole('searchbox', { name: 'Rechercher' }), 'hub');
    await waitFor(() => expect(router.state.location.search).toBe('?q=hub&year=2024'));
    await waitFor(() => expect(titlesIn(past).length).toBeGreaterThan(0));
    const hub2024 = getStore().events.rows.filter((e) => e.date.startsWith('2024-') && e.place.includes('Hub'));
    await waitFor(() => expect(titlesIn(past)).toHaveLength(hub2024.length));
  });

  it('opens with the filters of a link, and sorts past events by date from the URL', async () => {
    const { user, router } = await renderRoute('/events?kind=semaine-industrie');
    const past = await section(/^Passés/);
    const weeks = getStore().events.rows.filter((e) => e.kind === 'semaine-industrie' && e.date <= '2026-11-26');
    await waitFor(() => expect(titlesIn(past)).toEqual([...weeks].sort((a, b) => b.date.localeCompare(a.date)).map((e) => e.title)));
    expect(screen.getByRole('checkbox', { name: 'Semaine de l’industrie' })).toBeChecked();

    await user.click(within(past).getByRole('button', { name: /^Date/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?kind=semaine-industrie&order=asc'));
    expect(titlesIn(past)).toEqual([...weeks].sort((a, b) => a.date.localeCompare(b.date)).map((e) => e.title));
    expect(within(past).getByRole('columnheader', { name: /^Date/ })).toHaveAttribute('aria-sort', 'ascending');
  });

  it('says so when nothing matches, and clears the filters', async () => {
    const { user, router } = await renderRoute('/events?q=introuvable');
    expect(await screen.findByText('Aucun événement ne correspond', {}, { timeout: 8000 })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Effacer les filtres' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await section(/^Passés/)).toBeInTheDocument();
  });

  it('exports the events shown as CSV', async () => {
    const created: Blob[] = [];
    const spy = vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      created.push(blob as Blob);
      return 'blob:events';
    });
    try {
      const { user } = await renderRoute('/events?kind=forum');
      const past = await section(/^Passés/);
      await waitFor(() => expect(titlesIn(past).length).toBeGreaterThan(2));
      await user.click(screen.getByRole('button', { name: 'Exporter en CSV' }));
      await waitFor(() => expect(created).toHaveLength(1));
      const text = await created[0]!.text();
      const lines = text.replace(/^\uFEFF/, '').trim().split('\r\n');
      expect(lines[0]).toBe('Identifiant;Événement;Type;Date;Lieu;Entreprises présentes;À venir');
      const forums = getStore().events.rows.filter((e) => e.kind === 'forum');
      expect(lines).toHaveLength(forums.length + 1);
      const f2026 = forums.find((e) => e.title === 'Forum entreprises 2026')!;
      expect(lines).toContain(`${f2026.id};Forum entreprises 2026;Forum entreprises;2026-11-19;IMT Mines Alès — campus de Clavières;${f2026.partnerIds.length};non`);
    } finally {
      spy.mockRestore();
    }
  });
});
