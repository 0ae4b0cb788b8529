import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { AppProviders } from '@/app/providers';
import { appRoutes } from '@/app/routes';
import { makeQueryClient } from '@/lib/query-client';
import type { Locale } from '@/lib/format';
import { loadCatalogue } from '@/lib/i18n';

/**
 * Renders the app at `path` through the real routes and providers, with the MSW API of
 * tests/setup.ts behind it: what a person would see at that address.
 */
export async function renderRoute(path: string, { locale = 'fr' }: { locale?: Locale } = {}) {
  await loadCatalogue(locale);
  const client = makeQueryClient({ retry: false });
  const router = createMemoryRouter(appRoutes({ demo: true }), { initialEntries: [path] });
  const user = userEvent.setup();
  const utils = render(
    <AppProviders client={client} locale={locale}>
      <RouterProvider router={router} />
    </AppProviders>,
  );
  return { ...utils, user, router, client };
}

/** fr-FR groups thousands with a narrow no-break space: "1 400". */
export const frNumber = (n: number) => new Intl.NumberFormat('fr-FR').format(n);
