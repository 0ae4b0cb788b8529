import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { renderRoute, frNumber } from '../utils/render-route';

const overviewUrl = '*/api/stats/overview';

function tile(label: string) {
  return screen.getByText(label).closest('li')!;
}

describe('Vue d’ensemble', () => {
  it('shows skeleton tiles while the figures load', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    // Hold the answer back, then let the demo API's own handler answer.
    server.use(http.get(overviewUrl, async () => {
      await gate;
      return undefined;
    }));
    await renderRoute('/');
    const section = await screen.findByRole('region', { name: 'Indicateurs clés' });
    expect(section).toHaveAttribute('aria-busy', 'true');
    expect(section.querySelectorAll('li')).toHaveLength(4);
    expect(within(section).queryByText('Entreprises partenaires actives')).not.toBeInTheDocument();
    release();
    expect(await within(section).findByText('Entreprises partenaires actives')).toBeInTheDocument();
    expect(section).toHaveAttribute('aria-busy', 'false');
  });

  it('shows the KPI tiles computed by the API, in fr-FR, each with its date', async () => {
    await renderRoute('/');
    expect(await screen.findByRole('heading', { level: 1, name: 'Vue d’ensemble' })).toBeInTheDocument();
    const apprentices = await screen.findByText('Apprentis en contrat');
    expect(apprentices).toBeInTheDocument();
    // The default year is the dataset's current academic year: figures are live, not canned.
    const partners = tile('Entreprises partenaires actives');
    expect(within(partners).getByText(/^\d{1,3}( \d{3})*$/)).toBeInTheDocument();
    expect(within(partners).getByText(/^au \d{2}\/\d{2}\/\d{4}$/)).toBeInTheDocument();
    expect(within(tile('Start-up en activité')).getByText(/encore en vie à 5 ans/)).toHaveTextContent(/8\d %/);
    expect(within(tile('Start-up en activité')).getByText(/72 %/)).toBeInTheDocument();
    expect(within(tile('Doubles diplômes')).getByText(/^\d+$/)).toBeInTheDocument();
  });

  it('reads 420 apprentices, 30 % of 1 400 students, for 2022–23 from the API', async () => {
    // The overview's period selector comes with the directors' issue; the API already takes the year.
    const res = await fetch('http://localhost:3000/api/stats/overview?year=2022');
    const body = (await res.json()) as { activeApprentices: { value: number }; students: { value: number }; apprenticeShare: { value: number } };
    expect(body.activeApprentices.value).toBe(420);
    expect(body.students.value).toBe(1400);
    expect(frNumber(body.students.value)).toBe('1\u202f400');
  });

  it('shows an error with Retry when the API fails, and recovers on Retry', async () => {
    server.use(http.get(overviewUrl, () => HttpResponse.json({ title: 'Erreur interne', status: 503 }, { status: 503, headers: { 'Content-Type': 'application/problem+json' } }), { once: true }));
    const { user } = await renderRoute('/');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Impossible de charger ces données');
    expect(alert).toHaveTextContent('Le serveur a rencontré une erreur (503)');
    await user.click(within(alert).getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByText('Entreprises partenaires actives')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('explains a dropped connection', async () => {
    server.use(http.get(overviewUrl, () => HttpResponse.error()));
    await renderRoute('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('Le serveur ne répond pas');
  });

  it('explains a malformed answer instead of crashing', async () => {
    server.use(http.get(overviewUrl, () => new HttpResponse('{"activePartners": ', { headers: { 'Content-Type': 'application/json' } })));
    await renderRoute('/');
    expect(await screen.findByRole('alert')).toHaveTextContent('La réponse du serveur est illisible');
  });

  it('says what to do next when there is no data', async () => {
    const zero = { value: 0, previous: null, asOf: '2026-11-26' };
    server.use(
      http.get(overviewUrl, () =>
        HttpResponse.json({
          year: 2026, asOf: '2026-11-26', activePartners: zero, companies: zero, activeApprentices: zero, students: zero,
          apprenticeShare: zero, equipmentHours12m: zero, equipmentRevenue12m: zero, startupsAlive: zero, startupsCreated: zero,
          survival5y: zero, survivalBenchmark5y: 0.72, doubleDegrees: zero, opportunitiesWon: zero, taxReceived: zero,
        }),
      ),
    );
    await renderRoute('/');
    expect(await screen.findByText('Aucune donnée pour le moment')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Ouvrir les paramètres' })).toHaveAttribute('href', '/settings');
  });

  it('speaks English when asked', async () => {
    await renderRoute('/', { locale: 'en' });
    expect(await screen.findByText('Active partner companies')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Overview' })).toBeInTheDocument();
  });
});
