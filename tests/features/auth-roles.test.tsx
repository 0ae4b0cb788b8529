import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getStore } from '../../mocks/store/store';
import { renderRoute } from '../utils/render-route';
import { fakeServer } from '../utils/server-mode';

/** An active company with contacts, from the demo data. */
function companyWithContacts() {
  const d = getStore().data;
  return d.partners.find((p) => !p.archived && d.contacts.some((c) => c.partnerId === p.id))!;
}

const DIRECTOR = 'u-7';
const BUSINESS_DEVELOPER = 'u-1';

describe('what each role may do — server mode', () => {
  it('a director reads the companies but is offered no creation or import; export stays', async () => {
    fakeServer({ signedInAs: DIRECTOR });
    await renderRoute('/partners', { mode: 'server' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Entreprises' })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Exporter en CSV' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Nouvelle entreprise' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Importer un CSV' })).not.toBeInTheDocument();
    expect(await screen.findAllByRole('row')).not.toHaveLength(0);
  });

  it('a director sees a company page without edit, archive, contact or exchange controls', async () => {
    fakeServer({ signedInAs: DIRECTOR });
    const partner = companyWithContacts();
    const { user } = await renderRoute(`/partners/${partner.id}`, { mode: 'server' });
    expect(await screen.findByRole('heading', { level: 1, name: partner.name }, { timeout: 8000 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Modifier' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Archiver' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Contacts' }));
    const contact = getStore().data.contacts.find((c) => c.partnerId === partner.id)!;
    expect(await screen.findByRole('heading', { level: 3, name: `${contact.firstName} ${contact.lastName}` })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Ajouter un contact' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Modifier / })).not.toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Échanges' }));
    expect(await screen.findByRole('heading', { level: 3, name: /^Historique des échanges/ })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Consigner un échange' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('tab', { name: 'Opportunités' }));
    expect(await screen.findByRole('heading', { level: 2, name: /Opportunités/ })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Nouvelle opportunité' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Déplacer/ })).not.toBeInTheDocument();
  });

  it('a business developer is offered creation, import, edit and archive', async () => {
    fakeServer({ signedInAs: BUSINESS_DEVELOPER });
    const { user } = await renderRoute('/partners', { mode: 'server' });
    expect(await screen.findByRole('link', { name: 'Nouvelle entreprise' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Importer un CSV' })).toBeInTheDocument();

    const table = await screen.findByRole('table', {}, { timeout: 8000 });
    const [first] = await within(table).findAllByRole('link');
    const name = first!.textContent ?? '';
    await user.click(first!);
    expect(await screen.findByRole('heading', { level: 1, name })).toBeInTheDocument();
    expect(await screen.findByRole('button', { name: 'Modifier' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Archiver' })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: 'Contacts' }));
    expect(await screen.findByRole('button', { name: 'Ajouter un contact' })).toBeInTheDocument();
  });

  it('a page that only creates says it is not allowed, instead of a form that would be refused', async () => {
    fakeServer({ signedInAs: DIRECTOR });
    await renderRoute('/partners/new', { mode: 'server' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Accès non autorisé' })).toBeInTheDocument();
    expect(screen.getByText(/Votre rôle \(Direction\) ne permet pas/)).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });

  it('a director’s follow-ups can be read, not ticked', async () => {
    fakeServer({ signedInAs: DIRECTOR });
    await renderRoute('/tasks?scope=all', { mode: 'server' });
    const boxes = await screen.findAllByRole('checkbox', {}, { timeout: 8000 });
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) expect(box).toBeDisabled();
    expect(screen.queryByRole('button', { name: 'Nouvelle relance' })).not.toBeInTheDocument();
  });
});

describe('what each role may do — demo mode (the picked person’s role)', () => {
  it('choosing the director in “Vous êtes” takes the creation and move controls away', async () => {
    const { user } = await renderRoute('/opportunities');
    expect(await screen.findByRole('button', { name: 'Nouvelle opportunité' })).toBeInTheDocument();
    expect((await screen.findAllByRole('button', { name: /^Déplacer/ }, { timeout: 8000 })).length).toBeGreaterThan(0);
    expect(screen.getByText('Rôle : Chargé·e de relations entreprises')).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Vous êtes' }), 'Philippe Arnaud');
    expect(await screen.findByText('Rôle : Direction')).toBeInTheDocument();
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Nouvelle opportunité' })).not.toBeInTheDocument());
    expect(screen.queryByRole('button', { name: /^Déplacer/ })).not.toBeInTheDocument();
    // Nothing to drag either.
    expect(screen.queryByRole('button', { name: /^Saisir « / })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Se déconnecter' })).not.toBeInTheDocument();
  });

  it('a business developer only reads an equipment’s calendar; a platform manager books and plans maintenance', async () => {
    localStorage.setItem('passerelles.currentUser', BUSINESS_DEVELOPER);
    const item = getStore().data.equipment.find((e) => e.openToCompanies)!;
    const { user } = await renderRoute(`/equipment/${item.id}`);
    expect(await screen.findByRole('heading', { level: 2, name: 'Fenêtres de maintenance' }, { timeout: 8000 })).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Nouvelle réservation' })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Ajouter une maintenance' })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Vous êtes' }), 'Nadia Benali');
    expect(await screen.findByRole('form', { name: 'Nouvelle réservation' })).toBeInTheDocument();
    expect(screen.getByRole('form', { name: 'Ajouter une maintenance' })).toBeInTheDocument();
  });
});
