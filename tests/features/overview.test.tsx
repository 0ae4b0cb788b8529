import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { getStore } from '../../mocks/store/store';
import { growthRate } from '../../src/domain/growth';
import { formatChange } from '../../src/lib/format';
import { renderRoute } from '../utils/render-route';

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
    expect(section.querySelectorAll('li')).toHaveLength(7);
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

  it('reads 420 apprentices, 30 % of 1 400 students, once a director picks 2022–23', async () => {
    const { user, router } = await renderRoute('/');
    await screen.findByText('Apprentis en contrat');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Année universitaire' }), '2022–23');
    await waitFor(() => expect(router.state.location.search).toBe('?year=2022'));
    const apprentices = await waitFor(() => {
      const li = tile('Apprentis en contrat');
      expect(li).toHaveTextContent(/30\s%\sdes\s1\s400\sélèves/);
      return li;
    });
    expect(within(apprentices).getByText('420')).toBeInTheDocument();
    expect(screen.getByText(/année universitaire 2022–23/)).toBeInTheDocument();
  });

  it('compares the year under way with the same day of the year before, not with the whole of it', async () => {
    // 26 November 2026: the spring 2027 tax campaign has not started, nor had spring 2026's a year
    // earlier; deals won since 1 September are set against those won by 26 November 2025.
    const store = getStore();
    const won = (from: string, to: string) =>
      store.opportunities.rows.filter((o) => o.stage === 'won' && o.closedAt !== null && o.closedAt >= from && o.closedAt <= to).reduce((s, o) => s + o.amount, 0);
    const expected = formatChange('fr', growthRate(won('2026-09-01', '2026-11-26'), won('2025-09-01', '2025-11-26'))!);
    await renderRoute('/');
    await screen.findByText('Taxe d’apprentissage reçue');
    const tax = tile('Taxe d’apprentissage reçue');
    expect(within(tax).getByText(/^0\s€$/)).toBeInTheDocument();
    expect(within(tax).getByText('pas de comparaison disponible')).toBeInTheDocument();
    expect(tax).not.toHaveTextContent(/100\s%/);
    expect(within(tile('Opportunités gagnées')).getByText(`${expected} par rapport à 2025–26`.replace(/\s+/g, ' '))).toBeInTheDocument();
  });

  it('links each figure to the view that explains it, keeping the filters', async () => {
    await renderRoute('/?sector=hydrogene');
    expect(await screen.findByRole('link', { name: 'Entreprises partenaires actives' })).toHaveAttribute('href', '/partners?stage=active&sector=hydrogene');
    expect(screen.getByRole('link', { name: 'Start-up en activité' })).toHaveAttribute('href', '/incubator?sector=hydrogene');
    expect(screen.getByRole('link', { name: 'Doubles diplômes' })).toHaveAttribute('href', '/academic');
  });

  it('applies the sector filter to every widget and keeps it in the URL', async () => {
    const { user, router } = await renderRoute('/');
    const partners = await screen.findByText('Entreprises partenaires actives');
    const before = within(partners.closest('li')!).getAllByText(/^\d[\d\s]*$/)[0]!.textContent;
    await user.selectOptions(screen.getByRole('combobox', { name: 'Secteur' }), 'Hydrogène');
    await waitFor(() => expect(router.state.location.search).toBe('?sector=hydrogene'));
    await waitFor(() => expect(within(tile('Entreprises partenaires actives')).getAllByText(/^\d[\d\s]*$/)[0]!.textContent).not.toBe(before));
    // The growth charts follow the same filter.
    expect(await screen.findByRole('figure', { name: 'Entreprises partenaires par année universitaire' }, { timeout: 10_000 })).toBeInTheDocument();
  });

  it('falls back to defaults on a malformed URL', async () => {
    await renderRoute('/?year=abc&sector=nope&from=-3');
    expect(await screen.findByText('Entreprises partenaires actives')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('draws the growth charts after the tiles, each with its takeaway', async () => {
    const { container } = await renderRoute('/?year=2022');
    // The charts' code loads on its own after the tiles (slow the first time in a test worker).
    const students = await screen.findByRole('figure', { name: 'Élèves et apprentis par année universitaire' }, { timeout: 10_000 });
    await waitFor(() => expect(students).toHaveTextContent(/1\s400 élèves en 2022–23/), { timeout: 5000 });
    expect(students).toHaveTextContent('année de référence de l’objectif national de +20 à +30 % d’ingénieurs');
    expect(container.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(10);
    expect(screen.getByRole('figure', { name: 'Start-up créées par année et encore en activité' })).toBeInTheDocument();
  });

  it('leaves the tiles alone when the charts’ data fails, with Retry in the charts', async () => {
    server.use(http.get('*/api/stats/growth', () => HttpResponse.json({ title: 'Erreur', status: 500 }, { status: 500, headers: { 'Content-Type': 'application/problem+json' } })));
    await renderRoute('/');
    expect(await screen.findByText('Entreprises partenaires actives')).toBeInTheDocument();
    const alerts = await screen.findAllByRole('alert', {}, { timeout: 10_000 });
    expect(alerts.length).toBe(4);
    expect(alerts[0]).toHaveTextContent('Le serveur a rencontré une erreur (500)');
    expect(tile('Apprentis en contrat')).toBeInTheDocument();
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
