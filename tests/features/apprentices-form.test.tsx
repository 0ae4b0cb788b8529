import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { getStore } from '../../mocks/store/store';
import { renderRoute } from '../utils/render-route';

type User = Awaited<ReturnType<typeof renderRoute>>['user'];
/** The machine running the tests may be busy: give the API and the lazy page time. */
const slow = { timeout: 8000 };

/** A company with designated tutors and other contacts, whose name finds it first. */
function hostWithTutors(skip = 0) {
  const store = getStore();
  const hosts = store.partners.rows.filter((p) => {
    const contacts = store.contacts.by('partner', p.id);
    return !p.archived && contacts.some((c) => c.isTutor) && contacts.some((c) => !c.isTutor) && !/['’]/.test(p.name);
  });
  const p = hosts[skip]!;
  const contacts = store.contacts.by('partner', p.id);
  return { partner: p, tutors: contacts.filter((c) => c.isTutor), others: contacts.filter((c) => !c.isTutor) };
}

async function openForm() {
  const r = await renderRoute('/apprentices');
  await r.user.click(await screen.findByRole('button', { name: 'Nouveau contrat' }, slow));
  const dialog = await screen.findByRole('dialog', { name: 'Nouveau contrat d’apprentissage' });
  return { ...r, dialog };
}
const setDate = (dialog: HTMLElement, label: string, value: string) => fireEvent.change(within(dialog).getByLabelText(label), { target: { value } });

async function pickHost(user: User, dialog: HTMLElement, name: string) {
  const box = within(dialog).getByRole('combobox', { name: 'Entreprise d’accueil' });
  await user.clear(box);
  // Pasted: typing a long name key by key only slows the test down.
  await user.click(box);
  await user.paste(name);
  await user.click(await within(dialog).findByRole('option', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) }, slow));
}

/** The message an input points at with aria-describedby. */
function messageOf(input: HTMLElement) {
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

// Only the people whose role allows it change contracts (Élodie Garnier, service alternance): the "Vous êtes" picker says who "I" am.
beforeEach(() => {
  localStorage.setItem('passerelles.currentUser', 'u-6');
});

describe('Alternance — le formulaire de contrat', () => {
  it('starts on the next 1 September for 3 years less a day', async () => {
    const { dialog } = await openForm();
    const start = within(dialog).getByLabelText('Début du contrat');
    expect((start as HTMLInputElement).value).toMatch(/^\d{4}-09-01$/);
    const y = Number((start as HTMLInputElement).value.slice(0, 4));
    expect(within(dialog).getByLabelText('Fin du contrat')).toHaveValue(`${y + 3}-08-31`);
    // The end follows the start until people set it themselves.
    setDate(dialog, 'Début du contrat', `${y}-10-01`);
    expect(within(dialog).getByLabelText('Fin du contrat')).toHaveValue(`${y + 3}-09-30`);
  });

  it('says next to the birth date that a 31-year-old cannot sign, as soon as it is typed', async () => {
    const { dialog } = await openForm();
    setDate(dialog, 'Début du contrat', '2027-09-01');
    setDate(dialog, 'Date de naissance', '1996-01-15');
    const birth = within(dialog).getByLabelText('Date de naissance');
    expect(birth).toHaveAttribute('aria-invalid', 'true');
    expect(messageOf(birth)).toBe('L\'apprenti·e doit avoir entre 16 et 29 ans au début du contrat (31 ans le 01/09/2027).');
    // Fixed: the message goes.
    setDate(dialog, 'Date de naissance', '2005-01-15');
    expect(birth).not.toHaveAttribute('aria-invalid');
  });

  it('refuses a 4-year contract and an end before the start, next to the end date', async () => {
    const { dialog } = await openForm();
    setDate(dialog, 'Début du contrat', '2027-09-01');
    setDate(dialog, 'Fin du contrat', '2031-08-31');
    const end = within(dialog).getByLabelText('Fin du contrat');
    expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(messageOf(end)).toContain('Un contrat d\'apprentissage dure de 6 mois à 3 ans. Fin au plus tard le 01/09/2030.');
    setDate(dialog, 'Fin du contrat', '2027-06-30');
    expect(messageOf(end)).toContain('La date de fin doit être postérieure à la date de début.');
  });

  it('shows the minimum pay band for the age at the start', async () => {
    const { dialog } = await openForm();
    setDate(dialog, 'Début du contrat', '2027-09-01');
    const band = () => within(dialog).getByText(/^Rémunération minimale/).textContent?.replace(/\s/g, ' ');
    setDate(dialog, 'Date de naissance', '2006-03-10');
    expect(band()).toBe('Rémunération minimale : 53 % du SMIC la 1re année, 61 % la 2e, 78 % la 3e (21 ans au début du contrat)');
    setDate(dialog, 'Date de naissance', '2010-05-01');
    expect(band()).toBe('Rémunération minimale : 27 % du SMIC la 1re année, 39 % la 2e, 55 % la 3e (17 ans au début du contrat)');
    setDate(dialog, 'Date de naissance', '2008-12-01');
    expect(band()).toBe('Rémunération minimale : 43 % du SMIC la 1re année, 51 % la 2e, 67 % la 3e (18 ans au début du contrat)');
    setDate(dialog, 'Date de naissance', '2000-02-01');
    expect(band()).toBe('Rémunération minimale : 100 % du SMIC la 1re année, 100 % la 2e, 100 % la 3e (27 ans au début du contrat)');
    // A one-year contract only has a first year.
    setDate(dialog, 'Fin du contrat', '2028-08-31');
    expect(band()).toBe('Rémunération minimale : 100 % du SMIC la 1re année (27 ans au début du contrat)');
  });

  it('offers the host company’s contacts as tutors, its designated tutors first, and follows a change of company', async () => {
    const a = hostWithTutors(0);
    const b = hostWithTutors(1);
    const { user, dialog } = await openForm();
    const tutor = within(dialog).getByLabelText('Tuteur (maître d’apprentissage)');
    expect(tutor).toBeDisabled();
    expect(messageOf(tutor)).toBe('Choisissez d’abord l’entreprise d’accueil.');

    await pickHost(user, dialog, a.partner.name);
    await waitFor(() => expect(tutor).toBeEnabled(), slow);
    const groups = within(tutor).getAllByRole('group');
    expect(groups.map((g) => g.getAttribute('label'))).toEqual(['Tuteurs désignés', 'Autres contacts de l’entreprise']);
    const namesIn = (g: HTMLElement) => within(g).getAllByRole('option').map((o) => o.textContent.split(' — ')[0]);
    expect(namesIn(groups[0]!).sort()).toEqual(a.tutors.map((c) => `${c.firstName} ${c.lastName}`).sort());
    expect(namesIn(groups[1]!)).toHaveLength(a.others.length);
    await user.selectOptions(tutor, a.tutors[0]!.id);

    await pickHost(user, dialog, b.partner.name);
    await waitFor(() => expect(namesIn(within(tutor).getAllByRole('group')[0]!).sort()).toEqual(b.tutors.map((c) => `${c.firstName} ${c.lastName}`).sort()), slow);
    // The tutor of the first company does not follow to the second.
    expect(tutor).toHaveValue('');
  });

  it('keeps everything typed and shows the server’s reasons next to their fields when it refuses', async () => {
    const host = hostWithTutors(2);
    server.use(
      http.post('*/api/apprenticeships', () =>
        HttpResponse.json(
          { title: 'Contrat invalide', status: 422, errors: [{ field: 'tutorContactId', message: 'Le tuteur doit être un contact de l’entreprise d’accueil' }] },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { user, dialog } = await openForm();
    await user.type(within(dialog).getByLabelText('Prénom de l’apprenti·e'), 'Inès');
    await user.type(within(dialog).getByLabelText('Nom de l’apprenti·e'), 'Bouvier');
    setDate(dialog, 'Date de naissance', '2006-04-02');
    await user.selectOptions(within(dialog).getByLabelText('Spécialité'), 'Mécatronique');
    await pickHost(user, dialog, host.partner.name);
    const tutor = within(dialog).getByLabelText('Tuteur (maître d’apprentissage)');
    await waitFor(() => expect(tutor).toBeEnabled(), slow);
    await user.selectOptions(tutor, host.tutors[0]!.id);
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer le contrat' }));

    await waitFor(() => expect(tutor).toHaveAttribute('aria-invalid', 'true'), slow);
    expect(messageOf(tutor)).toContain('Le tuteur doit être un contact de l’entreprise d’accueil');
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Corrigez les champs signalés');
    expect(within(dialog).getByLabelText('Prénom de l’apprenti·e')).toHaveValue('Inès');
    expect(within(dialog).getByLabelText('Nom de l’apprenti·e')).toHaveValue('Bouvier');
    expect(within(dialog).getByLabelText('Date de naissance')).toHaveValue('2006-04-02');
    expect(within(dialog).getByLabelText('Spécialité')).toHaveValue('mecatronique');
    expect(within(dialog).getByRole('combobox', { name: 'Entreprise d’accueil' })).toHaveValue(host.partner.name);
    expect(tutor).toHaveValue(host.tutors[0]!.id);
  });

  it('says what is missing before sending', async () => {
    const { user, dialog } = await openForm();
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer le contrat' }));
    expect(messageOf(within(dialog).getByLabelText('Prénom de l’apprenti·e'))).toBe('Champ obligatoire');
    expect(messageOf(within(dialog).getByLabelText('Spécialité'))).toBe('Choisissez une spécialité.');
    expect(within(dialog).getByText('Choisissez une entreprise dans la liste.')).toBeInTheDocument();
    await waitFor(() => expect(within(dialog).getByLabelText('Prénom de l’apprenti·e')).toHaveFocus(), slow);
  });

  it('creates a contract that then appears in the table', async () => {
    const host = hostWithTutors(3);
    const { user, dialog } = await openForm();
    await user.type(within(dialog).getByLabelText('Prénom de l’apprenti·e'), 'Zoé');
    await user.type(within(dialog).getByLabelText('Nom de l’apprenti·e'), 'Quintard');
    setDate(dialog, 'Date de naissance', '2007-06-12');
    await user.selectOptions(within(dialog).getByLabelText('Spécialité'), 'Informatique et réseaux');
    await pickHost(user, dialog, host.partner.name);
    const tutor = within(dialog).getByLabelText('Tuteur (maître d’apprentissage)');
    await waitFor(() => expect(tutor).toBeEnabled(), slow);
    await user.selectOptions(tutor, host.tutors[0]!.id);
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer le contrat' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), slow);

    await user.type(screen.getByRole('searchbox', { name: 'Rechercher un contrat' }), 'Quintard');
    const table = screen.getByRole('table', { name: 'Contrats d’apprentissage' });
    // After a save every contract view refreshes (counts, charts): the busiest moment of the page.
    const row = await within(table).findByRole('row', { name: /QUINTARD Zoé/ }, { timeout: 15_000 });
    expect(row).toHaveTextContent('Informatique');
    expect(row).toHaveTextContent(host.partner.name);
    expect(row).toHaveTextContent(`${host.tutors[0]!.firstName} ${host.tutors[0]!.lastName}`);
    expect(row).toHaveTextContent('À venir');
  }, 60_000);

  it('edits a contract from its row and asks before dropping unsaved changes', async () => {
    const { user } = await renderRoute('/apprentices');
    const table = await screen.findByRole('table', { name: 'Contrats d’apprentissage' }, slow);
    const edit = await within(table).findAllByRole('button', { name: /^Modifier le contrat de / }, slow);
    await user.click(edit[0]!);
    const dialog = await screen.findByRole('dialog', { name: /^Modifier le contrat de / });
    const first = within(dialog).getByLabelText('Prénom de l’apprenti·e');
    await user.clear(first);
    await user.type(first, 'Aurélien');
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    expect(within(dialog).getByRole('alertdialog')).toHaveTextContent('Abandonner la saisie ?');
    await user.click(within(dialog).getByRole('button', { name: 'Continuer la saisie' }));
    await user.click(within(dialog).getByRole('button', { name: 'Enregistrer les modifications' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument(), slow);
    expect(await within(table).findByRole('rowheader', { name: /Aurélien$/ }, slow)).toBeInTheDocument();
  });
});
