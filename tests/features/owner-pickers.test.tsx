import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { beforeEach, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { getStore } from '../../mocks/store/store';
import { renderRoute } from '../utils/render-route';

/** A colleague who left: an administrator deactivated the account. */
let leaver = '';

beforeEach(() => {
  localStorage.setItem('passerelles.currentUser', 'u-1');
  const users = getStore().users.rows.map((u) => ({ ...u }));
  const gone = users.find((u) => u.id !== 'u-1')!;
  gone.active = false;
  leaver = gone.name;
  server.use(http.get('*/api/users', () => HttpResponse.json({ items: users, total: users.length, page: 1, pageSize: users.length })));
});

const optionNames = (select: HTMLElement) => within(select).getAllByRole('option').map((o) => o.textContent);

describe('owner pickers', () => {
  it('do not offer a deactivated account for a new follow-up', async () => {
    const { user } = await renderRoute('/tasks');
    await user.click(await screen.findByRole('button', { name: 'Nouvelle relance' }));
    const owner = within(screen.getByRole('form', { name: 'Nouvelle relance' })).getByLabelText('Responsable');
    expect(optionNames(owner)).toContain('Sophie Bernard');
    expect(optionNames(owner)).not.toContain(leaver);
  });

  it('do not offer a deactivated account as the owner of a new company', async () => {
    await renderRoute('/partners/new');
    const owner = await screen.findByLabelText('Responsable');
    expect(optionNames(owner).length).toBeGreaterThan(2);
    expect(optionNames(owner)).not.toContain(leaver);
  });
});
