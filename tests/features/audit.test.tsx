import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import type { AuditEntry } from '@/contract/auth';
import { server } from '../../mocks/node';
import { getStore } from '../../mocks/store/store';
import { renderRoute } from '../utils/render-route';
import { fakeServer, problem } from '../utils/server-mode';

const partner = () => getStore().data.partners.find((p) => !p.archived)!;

function entries(partnerId: string): AuditEntry[] {
  return [
    {
      id: 'a-2',
      // 14:05 UTC in March: 15:05 in Alès.
      at: '2026-03-12T14:05:00.000Z',
      userId: 'u-2',
      userName: 'Julien Fabre',
      action: 'update',
      entity: 'partner',
      entityId: partnerId,
      partnerId,
      label: 'Entreprise Mécalia SARL',
      changes: [
        { field: 'stage', before: 'prospect', after: 'active' },
        { field: 'ownerId', before: 'u-1', after: 'u-2' },
        { field: 'tags', before: [], after: ['<b>hydrogène</b>', 'forum'] },
      ],
    },
    {
      id: 'a-1',
      at: '2026-03-10T08:30:00.000Z',
      userId: 'u-1',
      userName: 'Sophie Bernard',
      action: 'create',
      entity: 'contact',
      entityId: 'c-new',
      partnerId,
      label: 'Contact Marie Dupont',
      changes: [
        { field: 'firstName', before: null, after: 'Marie' },
        { field: 'isTutor', before: null, after: true },
      ],
    },
  ];
}

describe('company page — Historique (server mode)', () => {
  it('lists who changed what and when, newest first, each field before → after', async () => {
    fakeServer({ signedInAs: 'u-7' });
    const p = partner();
    let asked: URLSearchParams | null = null;
    server.use(
      http.get('*/api/audit', ({ request }) => {
        asked = new URL(request.url).searchParams;
        return HttpResponse.json({ items: entries(p.id), total: 2, page: 1, pageSize: 50 });
      }),
    );
    const { user } = await renderRoute(`/partners/${p.id}`, { mode: 'server' });
    await user.click(await screen.findByRole('tab', { name: 'Historique' }, { timeout: 8000 }));
    const section = await screen.findByRole('region', { name: 'Historique des modifications' });
    const items = await within(section).findAllByRole('listitem', {}, { timeout: 5000 });
    const [update, create] = items.filter((li) => li.parentElement?.tagName === 'OL');
    expect(asked!.get('partnerId')).toBe(p.id);
    expect(within(section).getByText('2 modifications')).toBeInTheDocument();

    expect(update).toHaveTextContent('Modification');
    expect(update).toHaveTextContent('Entreprise Mécalia SARL');
    expect(update).toHaveTextContent('12/03/2026 à 15:05');
    expect(update).toHaveTextContent('par Julien Fabre');
    const changes = within(update!).getByRole('list', { name: 'Champs modifiés' });
    expect(within(changes).getByText('Étape').parentElement).toHaveTextContent('Étape : Prospect → Partenaire actif');
    expect(within(changes).getByText('Responsable').parentElement).toHaveTextContent('Responsable : Sophie Bernard → Julien Fabre');
    // User text stays text.
    expect(within(changes).getByText('Étiquettes').parentElement).toHaveTextContent('Étiquettes : — → <b>hydrogène</b>, forum');
    expect(section.querySelector('b')).toBeNull();

    expect(create).toHaveTextContent('Création');
    expect(create).toHaveTextContent('Contact Marie Dupont');
    expect(create).toHaveTextContent('par Sophie Bernard');
    expect(create).toHaveTextContent('Prénom : Marie');
    expect(create).toHaveTextContent('Tuteur ou tutrice : Oui');
  });

  it('says when nothing was recorded, and offers to retry when the history fails to load', async () => {
    fakeServer({ signedInAs: 'u-1' });
    const p = partner();
    let calls = 0;
    server.use(
      http.get('*/api/audit', () => {
        calls++;
        return calls === 1 ? problem(500, 'Erreur interne') : HttpResponse.json({ items: [], total: 0, page: 1, pageSize: 50 });
      }),
    );
    const { user } = await renderRoute(`/partners/${p.id}?tab=history`, { mode: 'server' });
    const alert = await screen.findByRole('alert', {}, { timeout: 8000 });
    expect(alert).toHaveTextContent('Impossible de charger l’historique');
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByText('Aucune modification enregistrée')).toBeInTheDocument();
  });

  it('is not offered in the demo, which records no history', async () => {
    const p = partner();
    await renderRoute(`/partners/${p.id}?tab=history`);
    expect(await screen.findByRole('heading', { level: 1, name: p.name }, { timeout: 8000 })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Historique' })).not.toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Vue d’ensemble' })).toHaveAttribute('aria-selected', 'true');
  });
});
