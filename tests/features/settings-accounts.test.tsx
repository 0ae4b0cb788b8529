import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { getStore } from '../../mocks/store/store';
import { renderRoute } from '../utils/render-route';
import { fakeServer, problem } from '../utils/server-mode';

/** sonner loads with the first toast: on a busy machine that takes a few seconds. */
const findToast = (text: string | RegExp) => screen.findByText(text, {}, { timeout: 10_000 });

const ADMIN = 'u-8';

/** The accounts endpoints the demo API does not have: what the server answers. */
function accountsApi() {
  const sent: { method: string; path: string; body: unknown }[] = [];
  server.use(
    http.post('*/api/users', async ({ request }) => {
      const body = (await request.json()) as { name: string; email: string; role: string };
      sent.push({ method: 'POST', path: '/api/users', body });
      if (getStore().users.rows.some((u) => u.email === body.email)) {
        return HttpResponse.json(
          { type: 'about:blank', title: 'Conflit', status: 409, detail: 'Un compte existe déjà avec cette adresse e-mail.', errors: [{ field: 'email', message: 'Adresse déjà utilisée' }] },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }
      return HttpResponse.json({ id: 'u-new', name: body.name, email: body.email, role: body.role }, { status: 201 });
    }),
    http.patch('*/api/users/:id', async ({ request, params }) => {
      const body = (await request.json()) as Record<string, unknown>;
      sent.push({ method: 'PATCH', path: `/api/users/${String(params.id)}`, body });
      if (params.id === ADMIN) return problem(422, 'Refusé', 'Vous ne pouvez pas retirer vos propres droits d’administrateur.');
      const u = getStore().users.get(String(params.id))!;
      return HttpResponse.json({ id: u.id, name: u.name, email: u.email, role: body.role ?? u.role });
    }),
  );
  return sent;
}

describe('Paramètres → Comptes (server mode)', () => {
  it('lists the accounts with their role, and marks one’s own', async () => {
    fakeServer({ signedInAs: ADMIN });
    accountsApi();
    await renderRoute('/settings', { mode: 'server' });
    const section = await screen.findByRole('region', { name: 'Comptes' });
    const table = await within(section).findByRole('table', { name: 'Comptes de l’équipe' });
    const sophie = within(table).getByRole('rowheader', { name: 'Sophie Bernard' }).closest('tr')!;
    expect(within(sophie).getByText('sophie.bernard@mines-ales.example')).toBeInTheDocument();
    expect(within(sophie).getByRole('combobox', { name: 'Rôle de Sophie Bernard' })).toHaveDisplayValue('Chargé·e de relations entreprises');
    expect(within(sophie).getByText('Actif')).toBeInTheDocument();
    const me = within(table).getByRole('rowheader', { name: /Thomas Lefèvre/ }).closest('tr')!;
    expect(within(me).getByText('(vous)')).toBeInTheDocument();
    expect(within(me).getByRole('combobox')).toBeDisabled();
    expect(within(me).queryByRole('button')).not.toBeInTheDocument();
  });

  it('creates an account: checks the fields in French, a taken e-mail lands on its field, then it is created', async () => {
    fakeServer({ signedInAs: ADMIN });
    const sent = accountsApi();
    const { user } = await renderRoute('/settings', { mode: 'server' });
    await user.click(await screen.findByRole('button', { name: 'Nouveau compte' }));
    const form = screen.getByRole('form', { name: 'Nouveau compte' });
    expect(within(form).getByLabelText('Nom et prénom')).toHaveFocus();

    await user.type(within(form).getByLabelText('Nom et prénom'), 'Léa Martin');
    await user.type(within(form).getByLabelText('Adresse e-mail'), 'sophie.bernard@mines-ales.example');
    await user.selectOptions(within(form).getByLabelText('Rôle'), 'Responsable de plateforme');
    await user.type(within(form).getByLabelText('Mot de passe initial'), 'court');
    await user.click(within(form).getByRole('button', { name: 'Créer le compte' }));
    expect(await within(form).findByLabelText('Mot de passe initial')).toHaveAccessibleDescription(/12 caractères au moins/);
    expect(sent).toHaveLength(0);

    await user.clear(within(form).getByLabelText('Mot de passe initial'));
    await user.type(within(form).getByLabelText('Mot de passe initial'), 'un-mot-de-passe-solide');
    await user.click(within(form).getByRole('button', { name: 'Créer le compte' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Un compte existe déjà avec cette adresse e-mail.');
    expect(within(form).getByLabelText('Adresse e-mail')).toHaveAccessibleDescription('Adresse déjà utilisée');
    expect(within(form).getByLabelText('Nom et prénom')).toHaveValue('Léa Martin');

    await user.clear(within(form).getByLabelText('Adresse e-mail'));
    await user.type(within(form).getByLabelText('Adresse e-mail'), 'lea.martin@mines-ales.example');
    await user.click(within(form).getByRole('button', { name: 'Créer le compte' }));
    expect(await findToast('Compte de Léa Martin créé (Responsable de plateforme).')).toBeInTheDocument();
    expect(sent.at(-1)).toEqual({
      method: 'POST',
      path: '/api/users',
      body: { name: 'Léa Martin', email: 'lea.martin@mines-ales.example', role: 'platform-manager', password: 'un-mot-de-passe-solide' },
    });
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Nouveau compte' })).not.toBeInTheDocument());
  });

  it('changes a role, and deactivates an account after confirmation (with the CSRF token)', async () => {
    const fake = fakeServer({ signedInAs: ADMIN });
    const sent = accountsApi();
    const { user } = await renderRoute('/settings', { mode: 'server' });
    const table = await screen.findByRole('table', { name: 'Comptes de l’équipe' });
    await user.selectOptions(within(table).getByRole('combobox', { name: 'Rôle de Julien Fabre' }), 'Direction');
    expect(await findToast('Rôle de Julien Fabre : Direction.')).toBeInTheDocument();
    expect(sent.at(-1)).toEqual({ method: 'PATCH', path: '/api/users/u-2', body: { role: 'director' } });

    await user.click(within(table).getByRole('button', { name: 'Désactiver le compte de Camille Roux' }));
    const dialog = await screen.findByRole('dialog', { name: 'Désactiver ce compte ?' });
    expect(dialog).toHaveTextContent('Camille Roux ne pourra plus se connecter');
    await user.click(within(dialog).getByRole('button', { name: 'Désactiver' }));
    expect(await findToast('Le compte de Camille Roux est désactivé.')).toBeInTheDocument();
    expect(sent.at(-1)).toEqual({ method: 'PATCH', path: '/api/users/u-3', body: { active: false } });
    const camille = within(table).getByRole('rowheader', { name: 'Camille Roux' }).closest('tr')!;
    expect(within(camille).getByText('Désactivé')).toBeInTheDocument();
    expect(within(camille).getByRole('button', { name: 'Réactiver le compte de Camille Roux' })).toBeInTheDocument();
    expect(fake.mutations.every((m) => m.csrf === 'csrf-u-8')).toBe(true);
  });

  it('is for administrators only', async () => {
    fakeServer({ signedInAs: 'u-1' });
    await renderRoute('/settings', { mode: 'server' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Paramètres' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Comptes' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Réinitialiser/ })).not.toBeInTheDocument();
  });
});
