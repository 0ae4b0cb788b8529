import { QueryClientProvider } from '@tanstack/react-query';
import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { AppConfigContext } from '@/lib/app-config';
import { CurrentUserProvider } from '@/lib/current-user';
import { I18nProvider } from '@/lib/i18n';
import type { Locale } from '@/lib/format';
import { ToastHost } from '@/lib/notify';
import { ThemeProvider, useTheme } from '@/lib/theme';

function ThemedToasts() {
  const { resolved } = useTheme();
  return <ToastHost theme={resolved} />;
}

/** Everything a view needs around it; tests render through the same providers. */
export function AppProviders({ client, locale, demo = true, children }: { client: QueryClient; locale?: Locale; demo?: boolean; children: ReactNode }) {
  return (
    <AppConfigContext.Provider value={{ demo }}>
    <QueryClientProvider client={client}>
      <I18nProvider initialLocale={locale}>
        <ThemeProvider>
          <CurrentUserProvider>{children}</CurrentUserProvider>
          <ThemedToasts />
        </ThemeProvider>
      </I18nProvider>
    </QueryClientProvider>
    </AppConfigContext.Provider>
  );
}
