import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderRoute } from '../utils/render-route';

describe('app shell', () => {
  it('shows a real page-not-found view for an unknown path, with the navigation still there', async () => {
    const { user, router } = await renderRoute('/nimporte-quoi?x=<b>');
    expect(await screen.findByRole('heading', { name: 'Page introuvable' })).toBeInTheDocument();
    expect(screen.getByText(/« \/nimporte-quoi »/)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Revenir à la vue d’ensemble' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Vue d’ensemble' })).toBeInTheDocument();
  });

  it('lists only the views that exist in the navigation', async () => {
    await renderRoute('/settings');
    const nav = await screen.findByRole('navigation', { name: 'Navigation principale' });
    const links = Array.from(nav.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/', '/partners', '/opportunities', '/tasks', '/apprentices', '/equipment', '/incubator', '/territory', '/academic', '/events', '/apprenticeship-tax', '/settings']);
  });

  it('marks the current view in the navigation', async () => {
    await renderRoute('/settings');
    expect(await screen.findByRole('link', { name: /Paramètres/ })).toHaveAttribute('aria-current', 'page');
  });
});
