import { BrowserRouter } from 'react-router-dom';
import type { QueryClient } from '@tanstack/react-query';
import type { AppMode } from '@/lib/session';
import { AppProviders } from './providers';
import { AppRoutes } from './routes';

export function App({ client, mode }: { client: QueryClient; mode: AppMode }) {
  return (
    <AppProviders client={client} mode={mode}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </AppProviders>
  );
}
