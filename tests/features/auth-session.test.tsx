import { act, screen, waitFor, within } from '@testing-library/react';
import { http } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { getStore } from '../../mocks/store/store';
import { renderRoute } from '../utils/render-route';
import { fakeServer, PASSWORD, problem } from '../utils/server-mode';

/** sonner loads with the first toast: on a busy machine that takes a few seconds. */
const findToast = (text: string | RegExp) => screen.findByText(text, {}, { timeout: 10_000 });

const SOPHIE = 'sophie.bernard@mines-ales.example';

async function signIn(user: Awaited<ReturnType<typeof renderRoute>>['user'], email: string, password: string) {
  const form = await screen.findByRole('form', { name: 'Connexion' });
  const emailField = within(form).getByLabelText('Adresse e-mail');
  await user.clear(emailField);
  await user.type(emailField, email);
  const passwordField = within(form).getByLabelText('Mot de passe');
  await user.clear(passwordField);
  await user.type(passwordField, password);
  await user.click(within(form).getByRole('button', { name: 'Se connecter' }));
  return form;
}

describe('server mode — signing in and out', () => {
  it('asks to sign in when nobody is, then shows the page that was asked for, with who is signed in', async () => {
    fakeServer();
    const { user, router } = await renderRoute('/partners?q=lyon', { mode: 'server' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Connexion' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Navigation principale' })).not.toBeInTheDocument();

    await signIn(user, SOPHIE, PASSWORD);
    expect(await screen.findByRole('heading', { level: 1, name: 'Entreprises' })).toBeInTheDocument();
    expect(router.state.location.pathname + router.state.location.search).toBe('/partners?q=lyon');
    // The header names the account and its role; no "Vous êtes" picker on a server.
    const account = screen.getByRole('region', { name: 'Connecté·e' });
    expect(within(account).getByText('Sophie Bernard')).toBeInTheDocument();
    expect(within(account).getByText('Chargé·e de relations entreprises')).toBeInTheDocument();
    expect(within(account).getByRole('button', { name: 'Se déconnecter' })).toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Vous êtes' })).not.toBeInTheDocument();
  });

  it('says in French what is missing, and that the password is wrong, keeping what was typed', async () => {
    fakeServer();
    const { user } = await renderRoute('/', { mode: 'server' });
    const form = await screen.findByRole('form', { name: 'Connexion' });
    expect(within(form).getByLabelText('Adresse e-mail')).toHaveFocus();
    await user.click(within(form).getByRole('button', { name: 'Se connecter' }));
    expect(await within(form).findByLabelText('Adresse e-mail')).toHaveAccessibleDescription('Champ obligatoire');
    expect(within(form).getByLabelText('Mot de passe')).toHaveAccessibleDescription('Champ obligatoire');

    await signIn(user, SOPHIE, 'pas-le-bon-mot-de-passe');
    expect(await within(form).findByRole('alert')).toHaveTextContent('Adresse e-mail ou mot de passe incorrect.');
    expect(within(form).getByLabelText('Adresse e-mail')).toHaveValue(SOPHIE);
    expect(screen.getByRole('heading', { level: 1, name: 'Connexion' })).toBeInTheDocument();
  });

  it('shows the server’s word when there were too many attempts', async () => {
    fakeServer();
    server.use(http.post('*/api/session', () => problem(429, 'Trop de requêtes', 'Trop de tentatives de connexion. Réessayez dans 5 minutes.')));
    const { user } = await renderRoute('/', { mode: 'server' });
    const form = await signIn(user, SOPHIE, PASSWORD);
    expect(await within(form).findByRole('alert')).toHaveTextContent('Trop de tentatives de connexion. Réessayez dans 5 minutes.');
    expect(within(form).getByLabelText('Adresse e-mail')).toHaveValue(SOPHIE);
  });

  it('signs out back to the sign-in page; the next person signs in as themselves', async () => {
    const fake = fakeServer({ signedInAs: 'u-1' });
    const { user } = await renderRoute('/tasks', { mode: 'server' });
    await user.click(await screen.findByRole('button', { name: 'Se déconnecter' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Connexion' })).toBeInTheDocument();
    expect(fake.session).toBeNull();

    await signIn(user, 'julien.fabre@mines-ales.example', PASSWORD);
    expect(await screen.findByRole('heading', { level: 1, name: 'Relances' })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Connecté·e' })).getByText('Julien Fabre')).toBeInTheDocument();
    // "Mes relances" are the signed-in account's.
    const mine = getStore().tasks.rows.filter((t) => !t.done && t.ownerId === 'u-2');
    const box = await screen.findByRole('checkbox', { name: mine[0]!.title }, { timeout: 8000 });
    // A change made at once carries the new session's CSRF token, not the previous one's.
    await user.click(box);
    await waitFor(() => expect(fake.mutations).toEqual([{ method: 'PATCH', path: `/api/tasks/${mine[0]!.id}`, csrf: 'csrf-u-2' }]));
  });

  it('when the session ends during the visit, asks to sign in and brings the same page back', async () => {
    const fake = fakeServer({ signedInAs: 'u-1' });
    const partner = getStore().data.partners.find((p) => !p.archived)!;
    const { user, router } = await renderRoute(`/partners/${partner.id}`, { mode: 'server' });
    expect(await screen.findByRole('heading', { level: 1, name: partner.name }, { timeout: 8000 })).toBeInTheDocument();

    fake.session = null; // expired on the server
    await user.click(screen.getByRole('tab', { name: 'Contacts' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Connexion' })).toBeInTheDocument();

    await signIn(user, SOPHIE, PASSWORD);
    expect(await screen.findByRole('heading', { level: 1, name: partner.name })).toBeInTheDocument();
    expect(router.state.location.search).toBe('?tab=contacts');
    expect(await screen.findByRole('heading', { level: 2, name: /^Contacts/ })).toBeInTheDocument();
  });

  it('sends the session’s CSRF token with every change', async () => {
    const fake = fakeServer({ signedInAs: 'u-1' });
    const partner = getStore().data.partners.find((p) => !p.archived)!;
    const { user } = await renderRoute(`/partners/${partner.id}`, { mode: 'server' });
    await user.click(await screen.findByRole('button', { name: 'Archiver' }, { timeout: 8000 }));
    expect(await findToast(new RegExp(`${partner.name}.*archivée`))).toBeInTheDocument();
    expect(fake.mutations).toEqual([{ method: 'POST', path: `/api/partners/${partner.id}/archive`, csrf: 'csrf-u-1' }]);
  });

  it('shows the shell while the session is checked, and a way to retry when that fails', async () => {
    fakeServer({ signedInAs: 'u-1' });
    let calls = 0;
    server.use(
      http.get('*/api/session', () => {
        calls++;
        return calls === 1 ? problem(500, 'Erreur interne') : undefined;
      }),
    );
    const { user } = await renderRoute('/settings', { mode: 'server' });
    expect(screen.getByText('Chargement…')).toBeInTheDocument();
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Impossible de vérifier votre session');
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Paramètres' })).toBeInTheDocument();
    await waitFor(() => expect(calls).toBe(2));
  });

  it('keeps the views when the session cannot be checked again on reconnecting (what the server last said holds)', async () => {
    fakeServer({ signedInAs: 'u-1' });
    const { client } = await renderRoute('/settings', { mode: 'server' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Paramètres' })).toBeInTheDocument();

    server.use(http.get('*/api/session', () => problem(503, 'Service indisponible')));
    setNetwork(false);
    setNetwork(true);
    // Back online, the session is checked again, and that check fails…
    await waitFor(() => expect(client.getQueryState(['session'])?.status).toBe('error'));
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)));
    // …which leaves the page and the account as they were: no error screen in their place.
    expect(screen.getByRole('heading', { level: 1, name: 'Paramètres' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Connecté·e' })).toBeInTheDocument();
    expect(screen.queryByText('Impossible de vérifier votre session')).not.toBeInTheDocument();
  });

  it('asks for the session and the page’s own data only: a page that names nobody does not fetch the people', async () => {
    fakeServer({ signedInAs: 'u-1' });
    const paths: string[] = [];
    const onRequest = ({ request }: { request: Request }) => void paths.push(new URL(request.url).pathname);
    server.events.on('request:start', onRequest);
    await renderRoute('/', { mode: 'server' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Vue d’ensemble' })).toBeInTheDocument();
    await waitFor(() => expect(paths).toContain('/api/stats/overview'));
    server.events.removeListener('request:start', onRequest);
    expect(paths).toContain('/api/session');
    expect(paths).not.toContain('/api/users');
  });
});

/** The browser's network state, as `navigator.onLine` and the window's online/offline events say it. */
function setNetwork(online: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

afterEach(() => {
  setNetwork(true);
});
