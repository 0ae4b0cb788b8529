import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { getStore } from '../../mocks/store/store';
import { renderRoute } from '../utils/render-route';

/** The company page's "Événements" tab: the events it attended, latest first, each a link to the event. */

const panel = () => screen.findByRole('region', { name: 'Événements auxquels l’entreprise a participé' }, { timeout: 8000 });

describe('Company page — events tab', () => {
  it('lists the events the company attended, latest first, with their date', async () => {
    const d = getStore().data;
    const partner = d.partners.find((p) => !p.archived && d.events.filter((e) => e.partnerIds.includes(p.id)).length >= 3)!;
    const attended = d.events.filter((e) => e.partnerIds.includes(partner.id)).sort((a, b) => b.date.localeCompare(a.date));
    const { user, router } = await renderRoute(`/partners/${partner.id}`);
    await user.click(await screen.findByRole('tab', { name: 'Événements' }, { timeout: 8000 }));
    const region = await panel();
    const links = await within(region).findAllByRole('link', { name: /^(?!Voir)/ });
    expect(links.map((l) => l.textContent)).toEqual(attended.map((e) => e.title));
    expect(within(region).getByText(`${attended.length} événements`)).toBeInTheDocument();
    const [y, m, day] = attended[0]!.date.split('-');
    expect(within(links[0]!.closest('li')!).getByText(`${day}/${m}/${y}`)).toBeInTheDocument();
    expect(router.state.location.search).toBe('?tab=events');

    await user.click(links[0]!);
    expect(await screen.findByRole('heading', { level: 1, name: attended[0]!.title }, { timeout: 8000 })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/events');
    expect(router.state.location.search).toBe(`?event=${attended[0]!.id}`);
  });

  it('says what to do for a company that never came', async () => {
    const d = getStore().data;
    const never = d.partners.find((p) => !p.archived && !d.events.some((e) => e.partnerIds.includes(p.id)))!;
    await renderRoute(`/partners/${never.id}?tab=events`);
    const region = await panel();
    expect(await within(region).findByText('Aucune participation enregistrée')).toBeInTheDocument();
    expect(within(region).getByRole('link', { name: 'Voir tous les événements' })).toHaveAttribute('href', '/events');
  });
});
