import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { renderRoute } from '../utils/render-route';

/** Failures found by the browser fault-injection suite (tests/e2e/faults.spec.ts), kept here. */
const serverError = () => HttpResponse.json({ type: 'about:blank', title: 'Erreur', status: 500 }, { status: 500, headers: { 'Content-Type': 'application/problem+json' } });

describe('an equipment item that fails to load', () => {
  it('keeps a page title and the other widgets, and Retry brings the item back', async () => {
    server.use(http.get('*/api/equipment/:id', serverError));
    const { user } = await renderRoute('/equipment/eq-06');
    expect(await screen.findByRole('heading', { level: 1, name: 'Impossible de charger cet équipement' }, { timeout: 8000 })).toBeInTheDocument();
    const main = screen.getByRole('main');
    const alert = within(main).getByRole('alert');
    expect(alert).toHaveTextContent('Le serveur a rencontré une erreur (500)');
    // The rest of the page is there: its own data did not fail.
    expect(screen.getByRole('heading', { level: 2, name: 'Réservations' })).toBeInTheDocument();

    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Calorimètre à cône' })).toBeInTheDocument();
  });
});

/**
 * In the demo, who "I" am comes from the API's list of people. When that list fails to load, the
 * views must say so and offer Retry — not wait for it for ever (found by the fault-injection suite:
 * "Mes relances" stayed a skeleton and the person picker vanished, even once the API was back).
 */
function failPeople() {
  server.use(http.get('*/api/users', serverError));
  // The API answers again: back to the demo's own handlers.
  return { recover: () => server.resetHandlers() };
}

describe('the demo’s people fail to load', () => {
  it('“Mes relances” shows the error with Retry, and Retry brings the list once the API answers', async () => {
    const api = failPeople();
    const { user } = await renderRoute('/tasks');
    const main = screen.getByRole('main');
    const alert = await within(main).findByRole('alert', {}, { timeout: 8000 });
    expect(alert).toHaveTextContent('Le serveur a rencontré une erreur (500)');

    api.recover();
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByRole('heading', { name: /^En retard \(/, hidden: true }, { timeout: 8000 })).toBeInTheDocument();
    expect(within(main).queryByRole('alert')).not.toBeInTheDocument();
  });

  it('the header’s person picker says why it is missing, and Retry brings it back', async () => {
    const api = failPeople();
    const { user } = await renderRoute('/settings');
    const header = screen.getByRole('banner');
    const alert = await within(header).findByRole('alert', {}, { timeout: 8000 });
    expect(alert).toHaveTextContent('Le serveur a rencontré une erreur (500)');

    api.recover();
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await within(header).findByLabelText('Vous êtes')).toBeInTheDocument();
    expect(within(header).queryByRole('alert')).not.toBeInTheDocument();
  });
});
