import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { getStore } from '../../mocks/store/store';
import { renderRoute } from '../utils/render-route';

/** Toasts come from sonner, loaded on the first one: on a busy machine that takes a few seconds. */
const findToast = (text: string | RegExp) => screen.findByText(text, {}, { timeout: 10_000 });

beforeEach(() => {
  localStorage.setItem('passerelles.currentUser', 'u-1');
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-26T10:00:00'));
});
afterEach(() => {
  vi.useRealTimers();
});

// A company with two open and two completed follow-ups in the dataset.
const ID = 'p-00054';
const tasksOf = (id: string) => getStore().tasks.rows.filter((t) => t.partnerId === id);
const tab = () => screen.findByRole('region', { name: 'Relances à faire' }, { timeout: 8000 });

describe('PartnerTasks — the company page’s “Relances” tab', () => {
  it('shows only this company’s open follow-ups, soonest first, with the completed ones folded away', async () => {
    await renderRoute(`/partners/${ID}?tab=tasks`);
    const region = await tab();
    const open = tasksOf(ID).filter((t) => !t.done).sort((a, b) => a.due.localeCompare(b.due));
    const done = tasksOf(ID).filter((t) => t.done);
    const list = (await within(region).findAllByRole('list'))[0]!;
    await waitFor(() => expect(within(list).getAllByRole('checkbox').map((c) => c.closest('li')!.querySelector('label')!.textContent)).toEqual(open.map((t) => t.title)));
    expect(within(list).getAllByRole('checkbox', { checked: false })).toHaveLength(open.length);
    // The company goes without saying here: no link to itself on each line.
    expect(within(list).queryByRole('link')).not.toBeInTheDocument();
    const folded = within(region).getByText(`Relances terminées (${done.length})`);
    expect(folded.closest('details')).not.toHaveAttribute('open');
  });

  it('ticks a follow-up done at once; it joins the completed ones', async () => {
    const { user } = await renderRoute(`/partners/${ID}?tab=tasks`);
    const region = await tab();
    const done = tasksOf(ID).filter((t) => t.done).length;
    const open = await within(region).findAllByRole('checkbox', { checked: false });
    await user.click(open[0]!);
    // It leaves the open ones at once, before the server has answered.
    expect(within(region).getAllByRole('checkbox', { checked: false })).toHaveLength(open.length - 1);
    expect(within(region).getByText(`Relances terminées (${done + 1})`)).toBeInTheDocument();
    expect(await findToast(/marquée comme faite\.$/)).toBeInTheDocument();
  });

  it('plans a follow-up for this company, pre-filled, and finds it in the list', async () => {
    const { user } = await renderRoute(`/partners/${ID}?tab=tasks`);
    const region = await tab();
    const name = getStore().partners.get(ID)!.name;
    await user.click(await within(region).findByRole('button', { name: 'Planifier une relance' }));
    const form = within(region).getByRole('form', { name: 'Planifier une relance' });
    expect(within(form).getByText(name)).toBeInTheDocument();
    expect(within(form).queryByRole('combobox', { name: /Entreprise/ })).not.toBeInTheDocument();

    await user.click(within(form).getByRole('button', { name: 'Planifier la relance' }));
    expect(within(form).getByLabelText('Objet de la relance')).toHaveAccessibleDescription('Indiquez l’objet de la relance.');
    await user.type(within(form).getByLabelText('Objet de la relance'), 'Préparer la visite du labo');
    await user.click(within(form).getByRole('button', { name: 'Planifier la relance' }));
    expect(await findToast('Relance « Préparer la visite du labo » planifiée pour le 03/12/2026.')).toBeInTheDocument();
    expect(await within(region).findByRole('checkbox', { name: 'Préparer la visite du labo' })).not.toBeChecked();
    expect(within(region).queryByRole('form')).not.toBeInTheDocument();
    const created = getStore().tasks.rows.find((t) => t.title === 'Préparer la visite du labo')!;
    expect(created).toMatchObject({ partnerId: ID, ownerId: 'u-1', due: '2026-12-03', done: false });
  });

  it('says what to do when the company has no follow-up', async () => {
    const store = getStore();
    const quiet = store.partners.rows.find((p) => !p.archived && tasksOf(p.id).length === 0)!;
    await renderRoute(`/partners/${quiet.id}?tab=tasks`);
    const region = await tab();
    expect(await within(region).findByText('Aucune relance prévue')).toBeInTheDocument();
    expect(within(region).getByText('Aucune relance à faire avec cette entreprise — planifiez la prochaine.')).toBeInTheDocument();
    expect(within(region).getByRole('button', { name: 'Planifier une relance' })).toBeInTheDocument();
  });

  it('shows a skeleton, then an error with Retry inside the tab when the follow-ups cannot load', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get(
        '*/api/tasks',
        async () => {
          await gate;
          return HttpResponse.json({ type: 'about:blank', title: 'Erreur', status: 500 }, { status: 500, headers: { 'Content-Type': 'application/problem+json' } });
        },
        { once: true },
      ),
    );
    const { user } = await renderRoute(`/partners/${ID}?tab=tasks`);
    const region = await tab();
    expect(within(region).getByRole('status')).toHaveTextContent('Chargement des relances…');
    release();
    const alert = await within(region).findByRole('alert');
    expect(alert).toHaveTextContent('Impossible de charger les relances');
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await within(region).findByText(/^Relances terminées \(/)).toBeInTheDocument();
  });
});
