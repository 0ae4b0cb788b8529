import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { I18nProvider } from '@/lib/i18n';
import type { Locale } from '@/lib/format';
import { ToastHost } from '@/lib/notify';
import { SessionProvider } from '@/lib/session';
import type { AppMode } from '@/lib/session';
import { ThemeProvider, useTheme } from '@/lib/theme';

function ThemedToasts() {
  const { resolved } = useTheme();
  return <ToastHost theme={resolved} />;
}

/**
 * Everything a view needs around it; tests render through the same providers. `mode` says who
 * answers: the in-browser demo API (a picker stands in for sign-in) or a server (real accounts).
 */
export function AppProviders({ client, locale, mode = 'demo', children }: { client: QueryClient; locale?: Locale; mode?: AppMode; children: ReactNode }) {
  return (
    <QueryClientProvider client={client}>
      <I18nProvider initialLocale={locale}>
        <ThemeProvider>
          <SessionProvider mode={mode}>{children}</SessionProvider>
          <ThemedToasts />
        </ThemeProvider>
      </I18nProvider>
    </QueryClientProvider>
  );
}
