import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { getStore } from '../../mocks/store/store';
import type { UserEvent } from '@testing-library/user-event';
import { renderRoute } from '../utils/render-route';

/*
 * The seeded "Calorimètre à cône" (eq-06) in the week of Monday 30/11/2026 (Paris = UTC+1):
 * ILAT Génie Civil, requested, 15:00–17:00Z (16:00–18:00 Paris); Mistradis Protection, confirmed,
 * 02/12 08:00–10:00Z. The ICP-MS chain (eq-13) is in maintenance from 01/12 to 06/12.
 */
const ITEM = 'eq-06';
const WEEK = `/equipment/${ITEM}?view=week&date=2026-11-30`;
const problem = (status: number) =>
  HttpResponse.json({ title: 'Erreur interne', status }, { status, headers: { 'Content-Type': 'application/problem+json' } });

function periodTable() {
  return screen.getByRole('table', { name: 'Réservations et maintenances de la période' });
}
async function listLoaded() {
  return waitFor(() => expect(within(periodTable()).getAllByRole('rowheader').length).toBeGreaterThan(0), { timeout: 4000 });
}
function rowOf(company: string) {
  return within(periodTable()).getByRole('rowheader', { name: company }).closest('tr')!;
}
/** datetime-local fields take their value in one change event, as a browser's picker gives it. */
function setDateTime(label: string, value: string, form: HTMLElement) {
  fireEvent.change(within(form).getByLabelText(label), { target: { value } });
}
async function pickCompany(user: UserEvent, form: HTMLElement, name: string) {
  await user.click(within(form).getByRole('combobox', { name: 'Entreprise' }));
  await user.paste(name);
  await user.click(await within(form).findByRole('option', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }, { timeout: 4000 }));
}
const bookingForm = () => screen.getByRole('form', { name: 'Nouvelle réservation' });

// Only the people whose role allows it change bookings (Nadia Benali, responsable de plateforme): the "Vous êtes" picker says who "I" am.
beforeEach(() => {
  localStorage.setItem('passerelles.currentUser', 'u-5');
});

describe('Équipement — calendrier et réservations', () => {
  it('shows the displayed week’s bookings in the list view, in Paris time', async () => {
    await renderRoute(`${WEEK}&display=list`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Calorimètre à cône' })).toBeInTheDocument();
    await listLoaded();
    const companies = within(periodTable()).getAllByRole('rowheader').map((h) => h.textContent);
    const store = getStore();
    const inWeek = store.bookings
      .by('equipment', ITEM)
      .filter((b) => b.start >= '2026-11-29T23:00:00Z' && b.start < '2026-12-06T23:00:00Z')
      .map((b) => store.partnerName(b.partnerId));
    expect(companies).toEqual(inWeek);
    expect(rowOf('ILAT Génie Civil')).toHaveTextContent('lun. 30/11 16:00');
    expect(rowOf('ILAT Génie Civil')).toHaveTextContent('lun. 30/11 18:00');
    expect(rowOf('ILAT Génie Civil')).toHaveTextContent('Demandée');
    expect(rowOf('Mistradis Protection')).toHaveTextContent('mer. 02/12 09:00');
    expect(rowOf('Mistradis Protection')).toHaveTextContent('Confirmée');
    // The week before is not shown.
    expect(companies).not.toContain('Ateliers Royer');
  });

  it('shows each booking in the week grid as a button that names the company, status and slot', async () => {
    const { user } = await renderRoute(WEEK);
    const event = await screen.findByRole('button', { name: 'ILAT Génie Civil, Demandée, lun. 30/11 16:00–18:00' }, { timeout: 4000 });
    await user.click(event);
    const details = await screen.findByRole('dialog', { name: /ILAT Génie Civil/ });
    expect(within(details).getByText('Essai de propagation sur câbles')).toBeInTheDocument();
    expect(within(details).getByRole('button', { name: 'Confirmer' })).toBeInTheDocument();
  });

  it('moves week by week and month by month, keeping view and date in the URL', async () => {
    const { user, router } = await renderRoute(WEEK);
    expect(await screen.findByText('Semaine du 30 nov. au 6 déc. 2026')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Semaine suivante' }));
    expect(await screen.findByText('Semaine du 7 déc. au 13 déc. 2026')).toBeInTheDocument();
    expect(new URLSearchParams(router.state.location.search).get('date')).toBe('2026-12-07');

    await user.click(screen.getByRole('button', { name: 'Mois' }));
    expect(new URLSearchParams(router.state.location.search).get('view')).toBe('month');
    expect(await screen.findByText('décembre 2026')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Mois précédent' }));
    expect(await screen.findByText('novembre 2026')).toBeInTheDocument();
    const params = new URLSearchParams(router.state.location.search);
    expect([params.get('view'), params.get('date')]).toEqual(['month', '2026-11-07']);
    expect(screen.getByRole('button', { name: 'Mois' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('explains an overlap, proposes the next free slot of the same length, and books it in one more click', async () => {
    const { user } = await renderRoute(`${WEEK}&display=list`);
    await listLoaded();
    const form = bookingForm();
    const company = getStore().partners.rows.find((p) => !p.archived && p.name.length > 6 && /^[A-Za-z]/.test(p.name))!;
    await pickCompany(user, form, company.name);
    setDateTime('Début', '2026-11-30T16:30', form);
    setDateTime('Fin', '2026-11-30T17:30', form);
    await user.type(within(form).getByLabelText('Objet de la réservation'), 'Essai de réaction au feu');
    await user.click(within(form).getByRole('button', { name: 'Demander la réservation' }));

    const conflict = await within(form).findByRole('alert', {}, { timeout: 4000 });
    expect(conflict).toHaveTextContent('Ce créneau chevauche la réservation de ILAT Génie Civil du lun. 30/11 16:00 au lun. 30/11 18:00.');
    expect(conflict).toHaveTextContent('Prochain créneau libre de même durée : lun. 30/11 18:00–19:00.');
    // Nothing typed is lost.
    expect(within(form).getByLabelText('Objet de la réservation')).toHaveValue('Essai de réaction au feu');
    expect(within(form).getByLabelText('Début')).toHaveValue('2026-11-30T16:30');

    await user.click(within(conflict).getByRole('button', { name: 'Utiliser ce créneau' }));
    expect(within(form).getByLabelText('Début')).toHaveValue('2026-11-30T18:00');
    expect(within(form).getByLabelText('Fin')).toHaveValue('2026-11-30T19:00');
    expect(within(form).getByRole('combobox', { name: 'Entreprise' })).toHaveValue(company.name);

    await user.click(within(form).getByRole('button', { name: 'Demander la réservation' }));
    const row = await within(periodTable()).findByRole('rowheader', { name: company.name }, { timeout: 4000 });
    expect(row.closest('tr')).toHaveTextContent('lun. 30/11 18:00');
    expect(row.closest('tr')).toHaveTextContent('Demandée');
    expect(within(form).getByLabelText('Objet de la réservation')).toHaveValue('');
    // The toast library loads on the first message: give it time on a busy machine.
    expect(await screen.findByText(`Réservation demandée pour ${company.name} : lun. 30/11 18:00–19:00`, {}, { timeout: 10_000 })).toBeInTheDocument();
  }, 40_000);

  it('names the maintenance window a booking would fall into', async () => {
    const { user } = await renderRoute('/equipment/eq-13?view=week&date=2026-11-30');
    const form = await screen.findByRole('form', { name: 'Nouvelle réservation' });
    await pickCompany(user, form, getStore().partners.rows.find((p) => !p.archived && /^[A-Za-z]{6}/.test(p.name))!.name);
    setDateTime('Début', '2026-12-02T10:00', form);
    setDateTime('Fin', '2026-12-02T12:00', form);
    await user.type(within(form).getByLabelText('Objet de la réservation'), 'Analyse de métaux traces');
    await user.click(within(form).getByRole('button', { name: 'Demander la réservation' }));
    const conflict = await within(form).findByRole('alert', {}, { timeout: 4000 });
    expect(conflict).toHaveTextContent('L’équipement est en maintenance du mar. 01/12 01:00 au dim. 06/12 01:00 (Contrôle réglementaire).');
    expect(conflict).toHaveTextContent('Prochain créneau libre de même durée : dim. 06/12 01:00–03:00.');
  });

  it('checks the form in French next to each field and keeps what was typed', async () => {
    const { user } = await renderRoute(WEEK);
    const form = await screen.findByRole('form', { name: 'Nouvelle réservation' });
    setDateTime('Début', '2026-12-03T14:00', form);
    setDateTime('Fin', '2026-12-03T10:00', form);
    await user.type(within(form).getByLabelText('Objet de la réservation'), '   ');
    await user.click(within(form).getByRole('button', { name: 'Demander la réservation' }));

    const company = within(form).getByRole('combobox', { name: 'Entreprise' });
    expect(company).toHaveAttribute('aria-invalid', 'true');
    expect(company).toHaveAccessibleDescription(expect.stringContaining('Choisissez l’entreprise dans la liste'));
    expect(company).toHaveFocus();
    const end = within(form).getByLabelText('Fin');
    expect(end).toHaveAccessibleDescription(expect.stringContaining('La fin doit être postérieure au début'));
    expect(within(form).getByLabelText('Objet de la réservation')).toHaveAccessibleDescription('Indiquez l’objet de la réservation');
    expect(within(form).getByLabelText('Début')).toHaveValue('2026-12-03T14:00');
    expect(end).toHaveValue('2026-12-03T10:00');
  });

  it('cancels at once, and puts the booking back with the reason when the API fails', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.patch('*/api/bookings/:id', async () => {
        await gate;
        return problem(500);
      }),
    );
    const { user } = await renderRoute(`${WEEK}&display=list`);
    await listLoaded();
    expect(rowOf('Mistradis Protection')).toHaveTextContent('Confirmée');
    await user.click(within(rowOf('Mistradis Protection')).getByRole('button', { name: 'Annuler la réservation de Mistradis Protection' }));
    const dialog = await screen.findByRole('dialog', { name: 'Annuler cette réservation ?' });
    expect(dialog).toHaveTextContent('mer. 02/12 09:00–11:00');
    await user.click(within(dialog).getByRole('button', { name: 'Annuler la réservation' }));

    await waitFor(() => expect(rowOf('Mistradis Protection')).toHaveTextContent('Annulée'));
    release();
    expect(await screen.findByText(/La réservation n’a pas été modifiée : Le serveur a rencontré une erreur \(500\)/, {}, { timeout: 10_000 })).toBeInTheDocument();
    await waitFor(() => expect(rowOf('Mistradis Protection')).toHaveTextContent('Confirmée'));
  }, 40_000);

  it('cancels for real when the API agrees', async () => {
    const { user } = await renderRoute(`${WEEK}&display=list`);
    await listLoaded();
    await user.click(within(rowOf('ILAT Génie Civil')).getByRole('button', { name: 'Annuler la réservation de ILAT Génie Civil' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Annuler cette réservation ?' })).getByRole('button', { name: 'Annuler la réservation' }));
    expect(await screen.findByText('Réservation de ILAT Génie Civil annulée', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(getStore().bookings.get('b-00628')?.status).toBe('cancelled');
    expect(rowOf('ILAT Génie Civil')).toHaveTextContent('Annulée');
  }, 40_000);

  it('says “Équipement introuvable” for an unknown id, with a way back', async () => {
    await renderRoute('/equipment/inconnu');
    expect(await screen.findByRole('heading', { level: 1, name: 'Équipement introuvable' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Retour au catalogue' })).toHaveAttribute('href', '/equipment');
  });
});
