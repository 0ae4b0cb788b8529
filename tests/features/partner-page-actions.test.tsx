import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { getStore } from '../../mocks/store/store';
import { renderRoute } from '../utils/render-route';

// sonner captures the pointer on its toasts; jsdom has no pointer capture.
if (!('setPointerCapture' in HTMLElement.prototype)) {
  Object.assign(HTMLElement.prototype, { setPointerCapture: () => {}, releasePointerCapture: () => {} });
}

/** An active company with at least two contacts, chosen from the demo data. */
function partnerWithContacts() {
  const d = getStore().data;
  const p = d.partners.find((x) => !x.archived && d.contacts.filter((c) => c.partnerId === x.id).length >= 2)!;
  const contacts = d.contacts.filter((c) => c.partnerId === p.id);
  return { p, contacts };
}

async function openPage(path: string) {
  const utils = await renderRoute(path);
  await screen.findByRole('heading', { level: 1 }, { timeout: 8000 });
  return utils;
}

function contactCard(name: string) {
  return screen.getByRole('heading', { level: 3, name }).closest('li')!;
}

describe('Contacts tab', () => {
  it('adds a contact after showing what is wrong, in French, next to the fields', async () => {
    const { p } = partnerWithContacts();
    const { user } = await openPage(`/partners/${p.id}?tab=contacts`);
    await user.click(await screen.findByRole('button', { name: 'Ajouter un contact' }));
    const form = screen.getByRole('form', { name: 'Nouveau contact' });
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(form).findByLabelText(/Prénom/)).toHaveAccessibleDescription('Champ obligatoire');
    await user.type(within(form).getByLabelText(/Prénom/), 'Inès');
    await user.type(within(form).getByLabelText(/^Nom/), 'Garnier');
    await user.type(within(form).getByLabelText('E-mail'), 'ines.garnier@');
    await user.tab();
    expect(within(form).getByLabelText('E-mail')).toHaveAccessibleDescription('Adresse e-mail invalide');
    await user.type(within(form).getByLabelText('E-mail'), 'exemple.fr');
    await user.click(within(form).getByLabelText('Tuteur·rice d’apprentis'));
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    const card = await waitFor(() => contactCard('Inès Garnier'));
    expect(within(card).getByText('ines.garnier@exemple.fr')).toBeInTheDocument();
    expect(within(card).getByRole('button', { name: 'Tuteur·rice Inès Garnier' })).toHaveAttribute('aria-pressed', 'true');
    expect(await screen.findByText('Contact « Inès Garnier » ajouté.')).toBeInTheDocument();
    expect(getStore().data.contacts.some((c) => c.partnerId === p.id && c.lastName === 'Garnier' && c.isTutor)).toBe(true);
  });

  it('keeps what was typed when the API refuses the contact', async () => {
    server.use(
      http.post('*/api/contacts', () =>
        HttpResponse.json(
          { type: 'about:blank', title: 'Données invalides', status: 422, errors: [{ field: 'email', message: 'Domaine de messagerie refusé' }] },
          { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    const { p } = partnerWithContacts();
    const { user } = await openPage(`/partners/${p.id}?tab=contacts`);
    await user.click(await screen.findByRole('button', { name: 'Ajouter un contact' }));
    const form = screen.getByRole('form', { name: 'Nouveau contact' });
    await user.type(within(form).getByLabelText(/Prénom/), 'Paul');
    await user.type(within(form).getByLabelText(/^Nom/), 'Martin');
    await user.type(within(form).getByLabelText('E-mail'), 'paul@jetable.example');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    expect(await within(form).findByText('Domaine de messagerie refusé')).toBeInTheDocument();
    expect(within(form).getByLabelText('E-mail')).toHaveValue('paul@jetable.example');
    expect(within(form).getByLabelText(/Prénom/)).toHaveValue('Paul');
  });

  it('edits a contact, marks a tutor and removes a contact after confirmation', async () => {
    const { p, contacts } = partnerWithContacts();
    const [first, second] = [...contacts].sort((a, b) => a.lastName.localeCompare(b.lastName, 'fr'));
    const firstName = `${first!.firstName} ${first!.lastName}`;
    const secondName = `${second!.firstName} ${second!.lastName}`;
    const { user } = await openPage(`/partners/${p.id}?tab=contacts`);
    await screen.findByRole('heading', { level: 3, name: firstName });

    await user.click(within(contactCard(firstName)).getByRole('button', { name: `Modifier ${firstName}` }));
    const form = screen.getByRole('form', { name: 'Modifier le contact' });
    expect(within(form).getByLabelText(/Prénom/)).toHaveValue(first!.firstName);
    await user.clear(within(form).getByLabelText('Fonction'));
    await user.type(within(form).getByLabelText('Fonction'), 'Directrice de l’innovation');
    await user.click(within(form).getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Directrice de l’innovation')).toBeInTheDocument();

    const tutor = within(contactCard(secondName)).getByRole('button', { name: `Tuteur·rice ${secondName}` });
    const wasTutor = tutor.getAttribute('aria-pressed') === 'true';
    await user.click(tutor);
    await waitFor(() => expect(tutor).toHaveAttribute('aria-pressed', String(!wasTutor)));
    await waitFor(() => expect(getStore().data.contacts.find((c) => c.id === second!.id)!.isTutor).toBe(!wasTutor));

    await user.click(within(contactCard(secondName)).getByRole('button', { name: `Supprimer ${secondName}` }));
    const dialog = await screen.findByRole('dialog', { name: 'Supprimer ce contact ?' });
    expect(dialog).toHaveTextContent(secondName);
    await user.click(within(dialog).getByRole('button', { name: 'Supprimer' }));
    await waitFor(() => expect(screen.queryByRole('heading', { level: 3, name: secondName })).not.toBeInTheDocument());
    expect(getStore().data.contacts.some((c) => c.id === second!.id)).toBe(false);
  });
});

describe('Exchanges tab', () => {
  it('logs an exchange that shows first on the timeline at once, as text', async () => {
    const { p, contacts } = partnerWithContacts();
    const contact = contacts[0]!;
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    server.use(
      http.post('*/api/interactions', async () => {
        await gate;
        return undefined;
      }),
    );
    const { user } = await openPage(`/partners/${p.id}?tab=interactions`);
    const form = await screen.findByRole('form', { name: 'Consigner un échange' });
    await user.selectOptions(within(form).getByLabelText('Type d’échange'), 'call');
    const date = within(form).getByLabelText(/Date/);
    await user.clear(date);
    await user.type(date, '2026-11-26');
    await user.selectOptions(within(form).getByLabelText('Contact'), contact.id);
    await user.type(within(form).getByLabelText(/Compte rendu/), 'Point sur la chaire <b>hydrogène</b>');
    await user.click(within(form).getByRole('button', { name: 'Consigner' }));

    const timeline = screen.getByRole('region', { name: /^Historique des échanges/ });
    const first = () => within(timeline).getAllByRole('listitem')[0]!;
    await waitFor(() => expect(first()).toHaveTextContent('Point sur la chaire <b>hydrogène</b>'));
    expect(first()).toHaveTextContent('enregistrement…');
    expect(first()).toHaveTextContent('Appel');
    expect(first()).toHaveTextContent('26/11/2026');
    expect(first()).toHaveTextContent(`avec ${contact.firstName} ${contact.lastName}`);
    release();
    await waitFor(() => expect(first()).not.toHaveTextContent('enregistrement…'));
    expect(first()).toHaveTextContent('Point sur la chaire <b>hydrogène</b>');
    expect(first()).toHaveTextContent(/par \S+/);
    expect(within(first()).queryByText('hydrogène', { selector: 'b' })).not.toBeInTheDocument();
    expect(within(form).getByLabelText(/Compte rendu/)).toHaveValue('');
    expect(getStore().data.interactions.some((i) => i.partnerId === p.id && i.summary.startsWith('Point sur la chaire'))).toBe(true);
  });

  it('asks for a summary', async () => {
    const { p } = partnerWithContacts();
    const { user } = await openPage(`/partners/${p.id}?tab=interactions`);
    const form = await screen.findByRole('form', { name: 'Consigner un échange' });
    await user.click(within(form).getByRole('button', { name: 'Consigner' }));
    expect(await within(form).findByLabelText(/Compte rendu/)).toHaveAccessibleDescription(/Champ obligatoire/);
  });
});

describe('Archive, restore and edit', () => {
  it('archives with an Undo in the toast, and Undo restores the company', async () => {
    const { p } = partnerWithContacts();
    const { user } = await openPage(`/partners/${p.id}`);
    await user.click(screen.getByRole('button', { name: 'Archiver' }));
    expect(await screen.findByText(/^Archivée : cette entreprise/)).toBeInTheDocument();
    const toast = (await screen.findByText(`Entreprise « ${p.name} » archivée.`)).closest('li')!;
    await waitFor(() => expect(getStore().data.partners.find((x) => x.id === p.id)!.archived).toBe(true));
    await user.click(within(toast).getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(screen.queryByText(/^Archivée : cette entreprise/)).not.toBeInTheDocument());
    expect(getStore().data.partners.find((x) => x.id === p.id)!.archived).toBe(false);
    expect(await screen.findByText(`Entreprise « ${p.name} » restaurée.`)).toBeInTheDocument();
  });

  it('shows archived companies with a banner and a Restore button', async () => {
    const archived = getStore().data.partners.find((x) => x.archived)!;
    const { user } = await openPage(`/partners/${archived.id}`);
    const banner = screen.getByText(/^Archivée : cette entreprise/).closest('div')!;
    expect(screen.queryByRole('button', { name: 'Archiver' })).not.toBeInTheDocument();
    await user.click(within(banner).getByRole('button', { name: 'Restaurer' }));
    await waitFor(() => expect(screen.queryByText(/^Archivée : cette entreprise/)).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Archiver' })).toBeInTheDocument();
  });

  it('edits the company in place and keeps its address', async () => {
    const { p } = partnerWithContacts();
    const { user, router } = await openPage(`/partners/${p.id}`);
    await user.click(screen.getByRole('button', { name: 'Modifier' }));
    const city = await screen.findByLabelText(/Ville/);
    expect(screen.getByLabelText(/Raison sociale/)).toHaveValue(p.name);
    await user.clear(city);
    await user.type(city, 'Bagnols-sur-Cèze');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Modifications enregistrées.')).toBeInTheDocument();
    expect(screen.getByText(/Bagnols-sur-Cèze, /)).toBeInTheDocument();
    expect(screen.queryByLabelText(/Ville/)).not.toBeInTheDocument();
    expect(router.state.location.pathname).toBe(`/partners/${p.id}`);
    expect(getStore().data.partners.find((x) => x.id === p.id)!.city).toBe('Bagnols-sur-Cèze');
  });
});
