import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { applyTheme, storedTheme } from './lib/theme';
import { configureApiBase, setApiReady } from './lib/api-client';
import { loadCatalogue, storedLocale } from './lib/i18n';
import { makeQueryClient } from './lib/query-client';
import type { AppMode } from './lib/session';
import './styles/global.css';

/**
 * The one place that chooses the API:
 * - the team server, when it served this page (it adds `<meta name="passerelles-api"
 *   content="server">` to the head: no inline script under its Content-Security-Policy);
 * - a server at VITE_API_URL, when set at build time;
 * - otherwise the in-browser demo API (MSW over the seeded dataset), loaded as its own chunk.
 */
const serverUrl = import.meta.env.VITE_API_URL as string | undefined;
const servedByServer = document.querySelector('meta[name="passerelles-api"]')?.getAttribute('content') === 'server';

async function start() {
  applyTheme(storedTheme());
  const locale = storedLocale();
  const mode: AppMode = servedByServer || serverUrl ? 'server' : 'demo';
  // Served by the server: same origin, the default base ("/api").
  if (serverUrl && !servedByServer) configureApiBase(serverUrl);
  if (mode === 'demo') setApiReady(import('../mocks/browser').then((m) => m.startDemoApi()));
  await loadCatalogue(locale);

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App client={makeQueryClient()} mode={mode} />
    </StrictMode>,
  );
}

void start();
