import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { renderRoute } from '../utils/render-route';

type Row = { id: string; title: string; stage: string; amount: number; partnerName: string; ownerId: string; kind: string };

async function apiRows(query = ''): Promise<Row[]> {
  const res = await fetch(`http://localhost:3000/api/opportunities?pageSize=5000${query}`);
  return ((await res.json()) as { items: Row[] }).items;
}

async function openForm() {
  const utils = await renderRoute('/opportunities');
  await screen.findByRole('heading', { level: 2, name: 'Identifiée' }, { timeout: 15_000 });
  await utils.user.click(screen.getByRole('button', { name: 'Nouvelle opportunité' }));
  const dialog = await screen.findByRole('dialog', { name: 'Nouvelle opportunité' });
  return { ...utils, dialog };
}

describe('Opportunités — creating one', { timeout: 45_000 }, () => {
  it('says what is missing next to each field, then creates the opportunity', async () => {
    const { user, dialog } = await openForm();
    // The owner defaults to the person using the app.
    expect(within(dialog).getByRole('combobox', { name: 'Responsable *' })).toHaveDisplayValue('Camille Roux');
    await user.click(within(dialog).getByRole('button', { name: 'Créer l’opportunité' }));
    const company = within(dialog).getByRole('combobox', { name: 'Entreprise *' });
    expect(company).toHaveAttribute('aria-invalid', 'true');
    expect(company).toHaveAccessibleDescription('Choisissez une entreprise dans la liste');
    expect(within(dialog).getByRole('textbox', { name: 'Intitulé *' })).toHaveAccessibleDescription('Champ obligatoire');
    expect(within(dialog).getByRole('combobox', { name: 'Type *' })).toHaveAccessibleDescription('Choisissez un type d’opportunité');
    expect(within(dialog).getByRole('textbox', { name: 'Montant (€) *' })).toHaveAccessibleDescription('Champ obligatoire');
    await waitFor(() => expect(company).toHaveFocus());

    await user.type(company, 'Ardélab');
    const option = await within(dialog).findByRole('option', { name: /Ardélab Diagnostic/ });
    await user.click(option);
    expect(company).toHaveValue('Ardélab Diagnostic');
    expect(company).not.toHaveAttribute('aria-invalid');
    await user.type(within(dialog).getByRole('textbox', { name: 'Intitulé *' }), 'Chaire « Matériaux durables »');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Type *' }), 'Chaire');
    const amount = within(dialog).getByRole('textbox', { name: 'Montant (€) *' });
    await user.type(amount, 'beaucoup');
    await user.click(within(dialog).getByRole('button', { name: 'Créer l’opportunité' }));
    expect(amount).toHaveAccessibleDescription('Saisissez un montant en euros, par exemple 45 000');
    await user.clear(amount);
    await user.type(amount, '120 000');
    await user.click(within(dialog).getByRole('button', { name: 'Créer l’opportunité' }));

    expect(await screen.findByText('Opportunité « Chaire « Matériaux durables » » créée', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const saved = (await apiRows('&q=Matériaux%20durables')).find((r) => r.title === 'Chaire « Matériaux durables »')!;
    expect(saved).toMatchObject({ partnerName: 'Ardélab Diagnostic', kind: 'chair', amount: 120000, stage: 'identified', ownerId: 'u-3' });
    // The new card is on the board at once, in its column.
    const column = screen.getByRole('region', { name: 'Identifiée' });
    expect(await within(column).findByRole('article', { name: 'Chaire « Matériaux durables »' }, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('keeps what was typed and shows the server’s field errors when it refuses', async () => {
    server.use(
      http.post('*/api/opportunities', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Règle métier non respectée', status: 422, detail: 'Ce responsable n’existe plus', errors: [{ field: 'ownerId', message: 'Ce responsable n’existe plus' }] },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user, dialog } = await openForm();
    await user.type(within(dialog).getByRole('combobox', { name: 'Entreprise *' }), 'Ardélab');
    await user.click(await within(dialog).findByRole('option', { name: /Ardélab Diagnostic/ }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Intitulé *' }), 'Formation continue soudage');
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Type *' }), 'Formation');
    await user.type(within(dialog).getByRole('textbox', { name: 'Montant (€) *' }), '8 500');
    await user.click(within(dialog).getByRole('button', { name: 'Créer l’opportunité' }));

    expect(await within(dialog).findByRole('alert')).toHaveTextContent('L’opportunité n’a pas été créée : Ce responsable n’existe plus');
    expect(within(dialog).getByRole('combobox', { name: 'Responsable *' })).toHaveAccessibleDescription('Ce responsable n’existe plus');
    expect(within(dialog).getByRole('textbox', { name: 'Intitulé *' })).toHaveValue('Formation continue soudage');
    expect(within(dialog).getByRole('textbox', { name: 'Montant (€) *' })).toHaveValue('8 500');
    expect(within(dialog).getByRole('combobox', { name: 'Entreprise *' })).toHaveValue('Ardélab Diagnostic');
  });

  it('asks before throwing away what was typed', async () => {
    const { user, dialog } = await openForm();
    await user.type(within(dialog).getByRole('textbox', { name: 'Intitulé *' }), 'Brouillon');
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    expect(within(dialog).getByText('Abandonner la saisie ?')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Continuer la saisie' }));
    expect(within(dialog).getByRole('textbox', { name: 'Intitulé *' })).toHaveValue('Brouillon');
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    await user.click(within(dialog).getByRole('button', { name: 'Abandonner' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });
});
