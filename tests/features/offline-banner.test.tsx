import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { server } from '../../mocks/node';
import { renderRoute } from '../utils/render-route';

/** The browser's network state, as `navigator.onLine` and the window's online/offline events say it. */
function setNetwork(online: boolean) {
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
  act(() => {
    window.dispatchEvent(new Event(online ? 'online' : 'offline'));
  });
}

const FR = 'Vous êtes hors ligne : les données affichées peuvent ne plus être à jour. Elles seront actualisées au retour de la connexion.';
const EN = 'You are offline: the data shown may be out of date. It will be refreshed when the connection is back.';

/** Counts the requests the API receives for a path. */
function countRequests(path: string) {
  const seen = { count: 0 };
  const listener = ({ request }: { request: Request }) => {
    if (new URL(request.url).pathname === path) seen.count += 1;
  };
  server.events.on('request:start', listener);
  return { seen, stop: () => server.events.removeListener('request:start', listener) };
}

afterEach(() => {
  setNetwork(true);
});

describe('offline banner', () => {
  it('says the data may be out of date while offline, and goes away when the network is back — which refetches the page’s data', async () => {
    await renderRoute('/academic');
    expect(await screen.findByText(/doubles diplômes actifs/, {}, { timeout: 8000 })).toBeInTheDocument();
    expect(screen.queryByText(FR)).not.toBeInTheDocument();

    setNetwork(false);
    const banner = await screen.findByText(FR);
    // In a live region, so that a screen reader announces it when it appears.
    expect(banner.closest('[role="status"]')).not.toBeNull();

    // The data was fresh when the network went; coming back fetches it again all the same.
    const requests = countRequests('/api/academic-partners');
    setNetwork(true);
    await waitFor(() => expect(screen.queryByText(FR)).not.toBeInTheDocument());
    await waitFor(() => expect(requests.seen.count).toBeGreaterThan(0));
    requests.stop();
  });

  it('shows at once on a page opened offline, in English too', async () => {
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    await renderRoute('/settings', { locale: 'en' });
    expect(await screen.findByText(EN)).toBeInTheDocument();
  });
});
