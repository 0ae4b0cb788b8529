import type { RouteObject } from 'react-router-dom';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { RouteError } from './route-error';

/** One lazily loaded route per view: a view's code (and its charts) loads with its path. */
const page = (load: () => Promise<{ default: React.ComponentType }>): Pick<RouteObject, 'lazy' | 'errorElement'> => ({
  lazy: async () => ({ Component: (await load()).default }),
  errorElement: <RouteError />,
});

export function appRoutes({ demo }: { demo: boolean }): RouteObject[] {
  return [
    {
      element: <Layout demo={demo} />,
      errorElement: <RouteError />,
      children: [
        { index: true, ...page(() => import('@/features/overview/overview-page')) },
        { path: 'partners', ...page(() => import('@/features/partners/partners-list-page')) },
        { path: 'partners/new', ...page(() => import('@/features/partners/partner-new-page')) },
        { path: 'partners/import', ...page(() => import('@/features/partners/partners-import-page')) },
        // The 360° page composes widgets of several domains, so it lives at the app level.
        { path: 'partners/:partnerId', ...page(() => import('./pages/partner-page')) },
        { path: 'opportunities', ...page(() => import('@/features/opportunities/opportunities-page')) },
        { path: 'tasks', ...page(() => import('@/features/tasks/tasks-page')) },
        { path: 'settings', ...page(() => import('@/features/settings/settings-page')) },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ];
}
