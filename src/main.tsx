import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { preloadPage } from './app/routes';
import { applyTheme, storedTheme } from './lib/theme';
import { configureApiBase, setApiReady } from './lib/api-client';
import { loadCatalogue, storedLocale } from './lib/i18n';
import { makeQueryClient } from './lib/query-client';
import { requestDemoDataset } from '../mocks/data/dataset-request';
import type { AppMode } from './lib/session';
import './styles/global.css';

/**
 * The one place that chooses the API:
 * - the team server, when it served this page (it adds `<meta name="passerelles-api"
 *   content="server">` to the head: no inline script under its Content-Security-Policy), at the
 *   default base ("/api", same origin);
 * - a server at VITE_API_URL, set at build time, for the built app hosted elsewhere than on the
 *   server (same origin still: the session cookie is not sent across origins);
 * - otherwise the in-browser demo API (MSW over the seeded dataset), loaded as its own chunk.
 */
function chooseApi(): AppMode {
  if (document.querySelector('meta[name="passerelles-api"]')?.getAttribute('content') === 'server') return 'server';
  const serverUrl = import.meta.env.VITE_API_URL as string | undefined;
  if (serverUrl) {
    configureApiBase(serverUrl);
    return 'server';
  }
  // The dataset is asked for first: a worker makes it while the demo API's code downloads.
  const demo = requestDemoDataset();
  setApiReady(import('../mocks/browser').then((m) => m.startDemoApi(demo)));
  return 'demo';
}

async function start() {
  applyTheme(storedTheme());
  const locale = storedLocale();
  const mode = chooseApi();
  preloadPage(location.pathname);
  await loadCatalogue(locale);

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App client={makeQueryClient()} mode={mode} />
    </StrictMode>,
  );
}

void start();
