import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { applyTheme, storedTheme } from './lib/theme';
import { configureApiBase, setApiReady } from './lib/api-client';
import { loadCatalogue, storedLocale } from './lib/i18n';
import { makeQueryClient } from './lib/query-client';
import './styles/global.css';

/**
 * The one place that chooses the API: a server when VITE_API_URL is set at build time, otherwise
 * the in-browser demo API (MSW over the seeded dataset), loaded as its own chunk.
 */
const serverUrl = import.meta.env.VITE_API_URL as string | undefined;

async function start() {
  applyTheme(storedTheme());
  const locale = storedLocale();
  const demo = !serverUrl;
  if (serverUrl) configureApiBase(serverUrl);
  else setApiReady(import('../mocks/browser').then((m) => m.startDemoApi()));
  await loadCatalogue(locale);

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App client={makeQueryClient()} demo={demo} />
    </StrictMode>,
  );
}

void start();
