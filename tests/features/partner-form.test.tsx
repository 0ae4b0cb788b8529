import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { getStore } from '../../mocks/store/store';
import { renderRoute } from '../utils/render-route';

const problem = (status: number, body: Record<string, unknown>) =>
  HttpResponse.json({ type: 'about:blank', status, ...body }, { status, headers: { 'Content-Type': 'application/problem+json' } });

async function openForm() {
  const utils = await renderRoute('/partners/new');
  await screen.findByRole('heading', { level: 1, name: 'Nouvelle entreprise' });
  await screen.findByLabelText(/Raison sociale/);
  return utils;
}

/** Fills the required fields of a company no one has yet. */
async function fillRequired(user: Awaited<ReturnType<typeof openForm>>['user'], name = 'Hydrogénie Cévennes') {
  await user.type(screen.getByLabelText(/Raison sociale/), name);
  await user.selectOptions(screen.getByLabelText(/Secteur/), 'hydrogene');
  await user.selectOptions(screen.getByLabelText(/Département/), '30');
  await user.type(screen.getByLabelText(/Ville/), 'Alès');
}

describe('Nouvelle entreprise: validation as one types', () => {
  it('asks for the name, the sector, the department and the city', async () => {
    const { user } = await openForm();
    await user.click(screen.getByRole('button', { name: 'Créer l’entreprise' }));
    const name = screen.getByLabelText(/Raison sociale/);
    await waitFor(() => expect(name).toHaveAttribute('aria-invalid', 'true'));
    expect(name).toHaveAccessibleDescription('Champ obligatoire');
    expect(name).toHaveFocus();
    expect(screen.getByLabelText(/Ville/)).toHaveAccessibleDescription('Champ obligatoire');
    expect(screen.getByLabelText(/Secteur/)).toHaveAccessibleDescription('Champ obligatoire');
  });

  it('checks the SIREN key on blur, and the SIRET against the SIREN', async () => {
    const { user } = await openForm();
    const siren = screen.getByLabelText('SIREN');
    await user.type(siren, '200 034 529');
    await user.tab();
    expect(await screen.findByText('SIREN invalide : la clé de contrôle ne correspond pas')).toBeInTheDocument();
    expect(siren).toHaveAttribute('aria-invalid', 'true');
    await user.clear(siren);
    await user.type(siren, '200 034 528');
    await waitFor(() => expect(siren).toHaveAttribute('aria-invalid', 'false'));
    expect(screen.getByLabelText('Numéro de TVA intracommunautaire')).toHaveValue('FR01200034528');
    // A valid SIRET of another company.
    const siret = screen.getByLabelText('SIRET du site');
    await user.type(siret, '50477965300055');
    await user.tab();
    expect(await screen.findByText('Le SIRET doit commencer par le SIREN')).toBeInTheDocument();
  });

  it('proposes the sector of a known NAF code, applied in one click', async () => {
    const { user } = await openForm();
    await user.type(screen.getByLabelText('Code NAF'), '6201z');
    expect(await screen.findByText('Ce code NAF correspond au secteur « Numérique & IA ».')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Choisir « Numérique & IA »' }));
    expect(screen.getByLabelText(/Secteur/)).toHaveValue('numerique-ia');
    expect(screen.queryByRole('button', { name: 'Choisir « Numérique & IA »' })).not.toBeInTheDocument();
  });
});

describe('Nouvelle entreprise: saving', () => {
  it('creates the company and opens its page with a confirmation', async () => {
    const { user, router } = await openForm();
    await fillRequired(user);
    await user.type(screen.getByLabelText('SIREN'), '200 034 528');
    await user.click(screen.getByRole('button', { name: 'Créer l’entreprise' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/partners\/p-/));
    expect(await screen.findByText('Entreprise « Hydrogénie Cévennes » créée.')).toBeInTheDocument();
    const created = getStore().data.partners.find((p) => p.name === 'Hydrogénie Cévennes')!;
    expect(created.siren).toBe('200034528');
    expect(created.vatNumber).toBe('FR01200034528');
    expect(router.state.location.pathname).toBe(`/partners/${created.id}`);
  });

  it('keeps what was typed and shows the server’s message next to its field (422)', async () => {
    server.use(http.post('*/api/partners', () => problem(422, { title: 'Données invalides', errors: [{ field: 'siren', message: 'SIREN inconnu du répertoire Sirene' }] })));
    const { user, router } = await openForm();
    await fillRequired(user);
    await user.type(screen.getByLabelText('SIREN'), '200034528');
    await user.click(screen.getByRole('button', { name: 'Créer l’entreprise' }));
    expect(await screen.findByText('SIREN inconnu du répertoire Sirene')).toBeInTheDocument();
    expect(screen.getByLabelText('SIREN')).toHaveAccessibleDescription(/SIREN inconnu du répertoire Sirene/);
    expect(screen.getByRole('alert')).toHaveTextContent('Corrigez les champs signalés');
    expect(screen.getByLabelText(/Raison sociale/)).toHaveValue('Hydrogénie Cévennes');
    expect(screen.getByLabelText(/Ville/)).toHaveValue('Alès');
    expect(screen.getByLabelText('SIREN')).toHaveValue('200034528');
    expect(router.state.location.pathname).toBe('/partners/new');
  });

  it('refuses a SIREN already known (409) with a link to the existing company', async () => {
    const existing = getStore().data.partners.find((p) => p.siren && !p.archived)!;
    const { user } = await openForm();
    await fillRequired(user, 'Société nouvelle du Gard');
    await user.type(screen.getByLabelText('SIREN'), existing.siren!);
    await user.click(screen.getByRole('button', { name: 'Créer l’entreprise' }));
    expect(await screen.findByText(`Une entreprise avec ce SIREN existe déjà : ${existing.name}.`)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ouvrir la fiche de l’entreprise existante' })).toHaveAttribute('href', `/partners/${existing.id}`);
    expect(screen.getByLabelText(/Raison sociale/)).toHaveValue('Société nouvelle du Gard');
  });

  it('warns about a likely duplicate before creating, with a link to it', async () => {
    const existing = getStore().data.partners.find((p) => !p.archived && p.department === '30')!;
    const { user } = await openForm();
    await user.type(screen.getByLabelText(/Raison sociale/), existing.name);
    await user.selectOptions(screen.getByLabelText(/Département/), '30');
    const warning = await screen.findByRole('region', { name: 'Cette entreprise existe peut-être déjà' }, { timeout: 3000 });
    expect(within(warning).getByRole('link', { name: existing.name })).toHaveAttribute('href', `/partners/${existing.id}`);
    expect(warning).toHaveTextContent('Vous pouvez tout de même créer l’entreprise.');
  });

  it('asks before leaving a form with unsaved changes', async () => {
    const { user, router } = await openForm();
    await user.type(screen.getByLabelText(/Raison sociale/), 'Brouillon');
    await user.click(screen.getByRole('link', { name: /Retour aux entreprises/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Quitter sans enregistrer ?' });
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    expect(router.state.location.pathname).toBe('/partners/new');
    expect(screen.getByLabelText(/Raison sociale/)).toHaveValue('Brouillon');
    await user.click(screen.getByRole('link', { name: /Retour aux entreprises/ }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Quitter sans enregistrer ?' })).getByRole('button', { name: 'Quitter la page' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/partners'));
  });
});
