import { useState } from 'react';
import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import { AppProviders } from './providers';
import { appRoutes } from './routes';

export function App({ client, demo }: { client: QueryClient; demo: boolean }) {
  const [router] = useState(() => createBrowserRouter(appRoutes({ demo })));
  return (
    <AppProviders client={client} demo={demo}>
      <RouterProvider router={router} />
    </AppProviders>
  );
}
