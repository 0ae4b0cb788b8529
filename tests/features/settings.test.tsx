import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { renderRoute } from '../utils/render-route';

describe('Paramètres', () => {
  // The demo reset is the administrators': the picker says who "I" am.
  beforeEach(() => {
    localStorage.setItem('passerelles.currentUser', 'u-8');
  });

  it('switches the interface to English and remembers it', async () => {
    const { user } = await renderRoute('/settings');
    await user.click(await screen.findByRole('radio', { name: 'English' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Overview/ })).toBeInTheDocument();
    expect(localStorage.getItem('passerelles.locale')).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('switches to the dark theme and remembers it', async () => {
    const { user } = await renderRoute('/settings');
    await user.click(await screen.findByRole('radio', { name: 'Sombre' }));
    expect(document.documentElement.dataset.theme).toBe('dark');
    expect(localStorage.getItem('passerelles.theme')).toBe('dark');
    await user.click(screen.getByRole('radio', { name: 'Clair' }));
    expect(document.documentElement.dataset.theme).toBe('light');
  });

  it('asks before resetting the demo data, and does nothing on cancel', async () => {
    let resets = 0;
    server.use(http.post('*/api/demo/reset', () => {
      resets++;
      return new HttpResponse(null, { status: 204 });
    }));
    const { user } = await renderRoute('/settings');
    await user.click(await screen.findByRole('button', { name: 'Réinitialiser les données de démonstration' }));
    const dialog = await screen.findByRole('dialog', { name: 'Réinitialiser les données ?' });
    await user.click(within(dialog).getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(resets).toBe(0);
  });

  it('resets the demo data after confirmation and says so', async () => {
    const { user } = await renderRoute('/settings');
    await user.click(await screen.findByRole('button', { name: 'Réinitialiser les données de démonstration' }));
    const dialog = await screen.findByRole('dialog', { name: 'Réinitialiser les données ?' });
    await user.click(within(dialog).getByRole('button', { name: 'Oui, réinitialiser' }));
    expect(await screen.findByText('Les données de démonstration ont été réinitialisées.')).toBeInTheDocument();
  });

  it('does not offer the reset to a business developer', async () => {
    localStorage.setItem('passerelles.currentUser', 'u-1');
    await renderRoute('/settings');
    expect(await screen.findByRole('radio', { name: 'Sombre' })).toBeInTheDocument();
    expect(await screen.findByText('Rôle : Chargé·e de relations entreprises')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Réinitialiser les données de démonstration' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Comptes' })).not.toBeInTheDocument();
  });

  it('tells when the reset fails', async () => {
    server.use(http.post('*/api/demo/reset', () => HttpResponse.json({ title: 'Erreur', status: 500 }, { status: 500, headers: { 'Content-Type': 'application/problem+json' } })));
    const { user } = await renderRoute('/settings');
    await user.click(await screen.findByRole('button', { name: 'Réinitialiser les données de démonstration' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Oui, réinitialiser' }));
    expect(await screen.findByText(/La réinitialisation a échoué : Le serveur a rencontré une erreur \(500\)/)).toBeInTheDocument();
  });
});
