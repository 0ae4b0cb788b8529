import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { renderRoute } from '../utils/render-route';

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

const section = (label: string) => screen.getByRole('region', { name: new RegExp(`^${label} \\(`) });

describe('/tasks — planning a follow-up', () => {
  it('checks the fields in French, keeps what was typed when the server refuses, then shows the new task in its group', async () => {
    const { user } = await renderRoute('/tasks');
    await screen.findByRole('heading', { name: /^En retard \(/ });
    await user.click(screen.getByRole('button', { name: 'Nouvelle relance' }));
    const form = screen.getByRole('form', { name: 'Nouvelle relance' });
    const title = within(form).getByLabelText('Objet de la relance');
    const due = within(form).getByLabelText('Échéance');
    expect(title).toHaveFocus();
    // Due in a week by default; owned by the current user.
    expect(due).toHaveValue('2026-12-03');
    expect(within(form).getByLabelText('Responsable')).toHaveDisplayValue('Sophie Bernard');

    await user.clear(due);
    await user.click(within(form).getByRole('button', { name: 'Planifier la relance' }));
    expect(title).toHaveAccessibleDescription('Indiquez l’objet de la relance.');
    expect(title).toHaveAttribute('aria-invalid', 'true');
    expect(title).toHaveFocus();
    expect(due).toHaveAccessibleDescription('Indiquez une date d’échéance.');

    await user.type(title, 'Appeler pour le Forum entreprises 2027');
    await user.type(due, '2026-11-20');
    await user.click(within(form).getByRole('button', { name: 'Planifier la relance' }));
    expect(due).toHaveAccessibleDescription('L’échéance ne peut pas être dans le passé.');
    expect(title).not.toHaveAttribute('aria-invalid');

    await user.clear(due);
    await user.type(due, '2026-11-28');
    const company = within(form).getByRole('combobox', { name: 'Entreprise (facultatif)' });
    await user.type(company, 'Mécalia');
    // From the keyboard: the first match is highlighted, the arrows move, Enter picks (and does not submit).
    const sarl = await within(form).findByRole('option', { name: /Mécalia SARL/ });
    expect(within(within(form).getByRole('listbox', { name: 'Entreprise' })).getAllByRole('option', { selected: true })).toHaveLength(1);
    while (sarl.getAttribute('aria-selected') !== 'true') await user.keyboard('{ArrowDown}');
    await user.keyboard('{Enter}');
    expect(company).toHaveValue('Mécalia SARL');
    expect(within(form).queryByRole('listbox')).not.toBeInTheDocument();
    expect(within(form).getByRole('button', { name: 'Retirer l’entreprise Mécalia SARL' })).toBeInTheDocument();

    // The server refuses once, on a field: the message sits next to it and nothing typed is lost.
    server.use(
      http.post(
        '*/api/tasks',
        () =>
          HttpResponse.json(
            { type: 'about:blank', title: 'Données invalides', status: 422, errors: [{ field: 'ownerId', message: 'Responsable inconnu' }] },
            { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
          ),
        { once: true },
      ),
    );
    await user.click(within(form).getByRole('button', { name: 'Planifier la relance' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('corrigez les champs signalés');
    expect(within(form).getByLabelText('Responsable')).toHaveAccessibleDescription('Responsable inconnu');
    expect(title).toHaveValue('Appeler pour le Forum entreprises 2027');
    expect(due).toHaveValue('2026-11-28');
    expect(company).toHaveValue('Mécalia SARL');

    await user.click(within(form).getByRole('button', { name: 'Planifier la relance' }));
    expect(await findToast('Relance « Appeler pour le Forum entreprises 2027 » planifiée pour le 28/11/2026.')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Nouvelle relance' })).not.toBeInTheDocument());
    const created = await within(section('Cette semaine')).findByRole('checkbox', { name: 'Appeler pour le Forum entreprises 2027' });
    expect(within(created.closest('li')!).getByRole('link', { name: 'Mécalia SARL' })).toHaveAttribute('href', '/partners/p-00001');
  });

  it('plans a follow-up without a company for someone else: not in my follow-ups, but in hers', async () => {
    const { user } = await renderRoute('/tasks');
    await screen.findByRole('heading', { name: /^En retard \(/ });
    await user.click(screen.getByRole('button', { name: 'Nouvelle relance' }));
    const form = screen.getByRole('form', { name: 'Nouvelle relance' });
    await user.type(within(form).getByLabelText('Objet de la relance'), 'Préparer la plaquette alternance');
    await user.selectOptions(within(form).getByLabelText('Responsable'), 'Élodie Garnier');
    await user.click(within(form).getByRole('button', { name: 'Planifier la relance' }));
    expect(await findToast('Relance « Préparer la plaquette alternance » planifiée pour le 03/12/2026.')).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: 'Préparer la plaquette alternance' })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Vous êtes' }), 'Élodie Garnier');
    const created = await within(section('Plus tard')).findByRole('checkbox', { name: 'Préparer la plaquette alternance' });
    const item = created.closest('li')!;
    expect(within(item).getByText('Sans entreprise')).toBeInTheDocument();
    expect(within(item).getByText('Élodie Garnier')).toBeInTheDocument();
  });
});
