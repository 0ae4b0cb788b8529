import { BrowserRouter } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import { AppProviders } from './providers';
import { AppRoutes } from './routes';

export function App({ client, demo }: { client: QueryClient; demo: boolean }) {
  return (
    <AppProviders client={client} demo={demo}>
      <BrowserRouter>
        <AppRoutes demo={demo} />
      </BrowserRouter>
    </AppProviders>
  );
}
