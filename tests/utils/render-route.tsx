import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { MemoryRouter, useLocation } from 'react-router-dom';
import type { Location } from 'react-router-dom';
import { AppProviders } from '@/app/providers';
import { AppRoutes } from '@/app/routes';
import { makeQueryClient } from '@/lib/query-client';
import type { Locale } from '@/lib/format';
import { loadCatalogue } from '@/lib/i18n';
import type { AppMode } from '@/lib/session';

/** Where the app is now, for assertions on the URL (`router.state.location.search`). */
export interface RouterProbe {
  state: { location: Location };
}

function LocationProbe({ onChange }: { onChange: (location: Location) => void }) {
  const location = useLocation();
  useEffect(() => {
    onChange(location);
  }, [location, onChange]);
  return null;
}

/**
 * Renders the app at `path` through the real routes and providers, with the MSW API of
 * tests/setup.ts behind it: what a person would see at that address. `mode: 'server'` renders it
 * as the team server serves it (sign-in, session, CSRF): the test answers /api/session itself.
 */
export async function renderRoute(path: string, { locale = 'fr', mode = 'demo' }: { locale?: Locale; mode?: AppMode } = {}) {
  await loadCatalogue(locale);
  const client = makeQueryClient({ retry: false });
  const router: RouterProbe = { state: { location: { pathname: path, search: '', hash: '', state: null, key: 'initial' } } };
  const user = userEvent.setup();
  const utils = render(
    <AppProviders client={client} locale={locale} mode={mode}>
      <MemoryRouter initialEntries={[path]}>
        <AppRoutes />
        <LocationProbe onChange={(location) => (router.state.location = location)} />
      </MemoryRouter>
    </AppProviders>,
  );
  return { ...utils, user, router, client };
}

/** fr-FR groups thousands with a narrow no-break space: "1 400". */
export const frNumber = (n: number) => new Intl.NumberFormat('fr-FR').format(n);
