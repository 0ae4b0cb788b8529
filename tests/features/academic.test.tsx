import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { server } from '../../mocks/node';
import { renderRoute } from '../utils/render-route';

type Partner = { id: string; school: string; renewalDate: string; active: boolean; doubleDegree: boolean; since: number; version: number; field: string };
const API = 'http://localhost:3000/api';
const list = async (query = '') => (await (await fetch(`${API}/academic-partners${query}`)).json()) as { total: number; items: Partner[] };
const problem = (status: number, body: Record<string, unknown> = {}) =>
  HttpResponse.json({ type: 'about:blank', title: 'Erreur', status, ...body }, { status, headers: { 'Content-Type': 'application/problem+json' } });

// The dataset's today in tests; the renewal markers read the browser's calendar.
beforeEach(() => {
  vi.useFakeTimers({ now: new Date('2026-11-26T10:00:00'), toFake: ['Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

async function rows() {
  const table = await screen.findByRole('table', { name: 'Établissements partenaires' });
  await waitFor(() => expect(table).not.toHaveAttribute('aria-busy'));
  return within(table).getAllByRole('row').slice(1);
}
const rowOf = async (school: string) => (await rows()).find((r) => within(r).queryByRole('rowheader', { name: school }))!;

async function openEdit(school: string) {
  const utils = await renderRoute('/academic');
  await utils.user.click(within(await rowOf(school)).getByRole('button', { name: `Modifier le partenariat avec ${school}` }));
  const dialog = await screen.findByRole('dialog', { name: 'Modifier le partenariat' });
  return { ...utils, dialog };
}

describe('Partenariats académiques', () => {
  it('marks the renewals due within 6 months, counts them as the API does, and lists only those on request', async () => {
    const due = await list('?renewalWithinMonths=6');
    expect(due.total).toBeGreaterThan(0);
    const { user, router } = await renderRoute('/academic');
    const summary = await screen.findByRole('region', { name: 'Renouvellement' });
    expect(await within(summary).findByText(`${due.total} conventions à renouveler d’ici 6 mois`)).toBeInTheDocument();

    // 01/03/2027 is 3 months (and a few days) after 26/11/2026.
    const rhein = await rowOf('Technische Hochschule Rhein-Süd');
    expect(rhein).toHaveTextContent('01/03/2027');
    expect(within(rhein).getByText('Renouvellement dans 3 mois')).toBeInTheDocument();
    const marked = (await rows()).filter((r) => /Renouvellement dans/.test(r.textContent ?? ''));
    expect(marked).toHaveLength(due.total);

    await user.click(within(summary).getByRole('button', { name: 'Afficher uniquement celles-ci' }));
    expect(router.state.location.search).toBe('?renewalWithinMonths=6');
    await waitFor(async () => expect(await rows()).toHaveLength(due.total));
    expect(screen.getByRole('combobox', { name: 'Renouvellement' })).toHaveValue('6');
  });

  it('shows the active double degrees with their date, and the 28 of 2022–23, as the API computes them', async () => {
    const now = (await (await fetch(`${API}/stats/overview`)).json()) as { doubleDegrees: { value: number; asOf: string } };
    const y2022 = (await (await fetch(`${API}/stats/overview?year=2022`)).json()) as { doubleDegrees: { value: number } };
    expect(y2022.doubleDegrees.value).toBe(28);
    await renderRoute('/academic');
    const headline = await screen.findByRole('region', { name: 'Doubles diplômes' });
    expect(await within(headline).findByText(`${now.doubleDegrees.value} doubles diplômes actifs`)).toBeInTheDocument();
    expect(within(headline).getByText(/28 en 2022–23/)).toBeInTheDocument();
    const [y, m, d] = now.doubleDegrees.asOf.split('-');
    expect(within(headline).getByText(`au ${d}/${m}/${y}`)).toBeInTheDocument();
  });

  it('filters by scope and double degree, sorts by renewal date, and keeps it in the URL', async () => {
    const { user, router } = await renderRoute('/academic');
    await rows();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Portée' }), 'Nationale');
    await user.click(screen.getByRole('checkbox', { name: 'Doubles diplômes uniquement' }));
    await waitFor(() => expect(router.state.location.search).toBe('?scope=national&doubleDegree=true'));
    const expected = await list('?scope=national&doubleDegree=true');
    await waitFor(async () => expect(await rows()).toHaveLength(expected.total));
    for (const r of await rows()) expect(r).toHaveTextContent('Nationale');

    await user.click(screen.getByRole('button', { name: /^Renouvellement/ }));
    await waitFor(() => expect(router.state.location.search).toContain('sort=renewalDate'));
    const sorted = [...expected.items].sort((a, b) => a.renewalDate.localeCompare(b.renewalDate));
    await waitFor(async () => expect(within((await rows())[0]!).getByRole('rowheader')).toHaveTextContent(sorted[0]!.school));
  });

  it('edits a renewal date: the table shows it and a toast confirms', async () => {
    const { user, dialog } = await openEdit('Technische Hochschule Rhein-Süd');
    const date = within(dialog).getByLabelText('Date de renouvellement');
    expect(date).toHaveValue('2027-03-01');
    fireEvent.change(date, { target: { value: '2029-09-30' } });
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Partenariat avec Technische Hochschule Rhein-Süd enregistré.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const row = await rowOf('Technische Hochschule Rhein-Süd');
    expect(row).toHaveTextContent('30/09/2029');
    expect(within(row).queryByText(/Renouvellement dans/)).not.toBeInTheDocument();
    const saved = (await list()).items.find((p) => p.school === 'Technische Hochschule Rhein-Süd')!;
    expect(saved.renewalDate).toBe('2029-09-30');
  });

  it('checks the form next to its fields before sending', async () => {
    const { user, dialog } = await openEdit('Technische Hochschule Rhein-Süd');
    const before = (await list()).items.find((p) => p.school === 'Technische Hochschule Rhein-Süd')!;
    const field = within(dialog).getByLabelText('Domaine');
    await user.clear(field);
    fireEvent.change(within(dialog).getByLabelText('Date de renouvellement'), { target: { value: '2001-01-01' } });
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription('Indiquez le domaine du partenariat.');
    expect(within(dialog).getByLabelText('Date de renouvellement')).toHaveAccessibleDescription(
      `Le renouvellement ne peut pas précéder le début du partenariat (${before.since}).`,
    );
    expect((await list()).items.find((p) => p.id === before.id)!.version).toBe(before.version);
    await user.type(field, 'Génie mécanique');
    expect(field).not.toHaveAttribute('aria-invalid');
  });

  it('explains that someone else changed the partnership (409), keeps what was typed, and can load their version', async () => {
    const { user, dialog } = await openEdit('Technische Hochschule Rhein-Süd');
    const target = (await list()).items.find((p) => p.school === 'Technische Hochschule Rhein-Süd')!;
    // A colleague saves while the dialog is open.
    await fetch(`${API}/academic-partners/${target.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ field: 'Mécatronique (modifié par un collègue)', version: target.version }),
    });
    const field = within(dialog).getByLabelText('Domaine');
    await user.clear(field);
    await user.type(field, 'Robotique');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Quelqu’un d’autre a modifié ce partenariat pendant que vous l’éditiez.');
    expect(field).toHaveValue('Robotique');
    await user.click(await within(alert).findByRole('button', { name: 'Charger leur version' }));
    expect(within(dialog).getByLabelText('Domaine')).toHaveValue('Mécatronique (modifié par un collègue)');
    expect(within(dialog).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('can save over a colleague’s change once warned', async () => {
    const { user, dialog } = await openEdit('Technische Hochschule Rhein-Süd');
    const target = (await list()).items.find((p) => p.school === 'Technische Hochschule Rhein-Süd')!;
    await fetch(`${API}/academic-partners/${target.id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ active: false, version: target.version }),
    });
    await user.clear(within(dialog).getByLabelText('Domaine'));
    await user.type(within(dialog).getByLabelText('Domaine'), 'Robotique');
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    await user.click(await within(dialog).findByRole('button', { name: 'Enregistrer mes valeurs quand même' }));
    expect(await screen.findByText('Partenariat avec Technische Hochschule Rhein-Süd enregistré.')).toBeInTheDocument();
    const saved = (await list()).items.find((p) => p.id === target.id)!;
    expect(saved.field).toBe('Robotique');
    expect(saved.active).toBe(false);
  });

  it('shows the server’s field errors next to the field, keeps the typed values and puts the row back', async () => {
    server.use(http.patch('*/api/academic-partners/:id', () => problem(422, { detail: 'Date refusée', errors: [{ field: 'renewalDate', message: 'La convention ne peut pas dépasser 5 ans' }] })));
    const { user, dialog } = await openEdit('Technische Hochschule Rhein-Süd');
    fireEvent.change(within(dialog).getByLabelText('Date de renouvellement'), { target: { value: '2035-01-01' } });
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer' }));
    const date = within(dialog).getByLabelText('Date de renouvellement');
    await waitFor(() => expect(date).toHaveAccessibleDescription('La convention ne peut pas dépasser 5 ans'));
    expect(date).toHaveValue('2035-01-01');
    expect(await screen.findByText('Modification annulée pour Technische Hochschule Rhein-Süd : Date refusée')).toBeInTheDocument();
    // Leaving asks first, since what was typed would be lost; the row is back to its saved date.
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    await user.click(within(dialog).getByRole('button', { name: 'Abandonner' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await rowOf('Technische Hochschule Rhein-Süd')).toHaveTextContent('01/03/2027');
  });

  it('shows an error with Retry when the list fails, and recovers', async () => {
    let failing = true;
    server.use(http.get('*/api/academic-partners', () => (failing ? problem(503) : undefined)));
    const { user } = await renderRoute('/academic');
    const section = await screen.findByRole('region', { name: 'Établissements partenaires' });
    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent('Le serveur a rencontré une erreur (503)');
    failing = false;
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await rows()).not.toHaveLength(0);
  });
});
