import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getStore } from '../../mocks/store/store';
import { renderRoute } from '../utils/render-route';

describe('command palette', () => {
  it('opens with Ctrl+K and jumps to a view by keyboard', async () => {
    const { user } = await renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Vue d’ensemble' });
    await user.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByRole('dialog');
    const input = within(dialog).getByRole('combobox');
    expect(input).toHaveAttribute('placeholder', 'Une entreprise, une vue…');
    await user.type(input, 'param');
    expect(within(dialog).getByRole('option', { name: /Paramètres/ })).toBeInTheDocument();
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 1, name: 'Paramètres' })).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('finds a company by name through the API and opens its page', async () => {
    const target = getStore().data.partners.find((p) => !p.archived && p.name.length > 8)!;
    const { user, router } = await renderRoute('/');
    await user.click(await screen.findByRole('button', { name: /Rechercher…/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('combobox'), target.name.slice(0, 12));
    const option = await within(dialog).findByRole('option', { name: new RegExp(target.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
    await user.click(option);
    await waitFor(() => expect(router.state.location.pathname).toBe(`/partners/${target.id}`));
  });

  it('says when nothing matches', async () => {
    const { user } = await renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Vue d’ensemble' });
    await user.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('combobox'), 'zzqxwv');
    expect(await within(dialog).findByText(/Aucun résultat/)).toBeInTheDocument();
  });
});

describe('command palette: start-ups and equipment', () => {
  it('finds a start-up and an equipment item by name', async () => {
    const { user, router } = await renderRoute('/');
    await screen.findByRole('heading', { level: 1, name: 'Vue d’ensemble' });
    await user.keyboard('{Control>}k{/Control}');
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByRole('combobox'), 'Vogo');
    expect(await within(dialog).findByRole('option', { name: /Vogo/ })).toBeInTheDocument();
    await user.clear(within(dialog).getByRole('combobox'));
    const item = getStore().data.equipment[0]!;
    await user.type(within(dialog).getByRole('combobox'), item.name.slice(0, 10));
    await user.click(await within(dialog).findByRole('option', { name: new RegExp(item.name.slice(0, 10).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/equipment/${item.id}`));
  });
});
