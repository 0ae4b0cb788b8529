import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';
import { Route, Routes } from 'react-router-dom';
import type { Permission } from '@/contract/session';
import { useCan, useSession } from '@/lib/session';
import { Layout, PageFallback } from './layout';
import { NotFoundPage } from './not-found-page';
import { RouteBoundary } from './route-error';
import { SessionError } from './session-error';
import { SessionGate } from './session-gate';

/**
 * One lazily loaded page per view: a view's code (and its charts) loads with its path. Declarative
 * routes (not the data router): the data router's loaders and actions, which we do not use, would
 * weigh ~19 KB gzip of the first load.
 */
const pages = {
  overview: () => import('@/features/overview/overview-page'),
  partnersList: () => import('@/features/partners/partners-list-page'),
  partnerNew: () => import('@/features/partners/partner-new-page'),
  partnersImport: () => import('@/features/partners/partners-import-page'),
  // The 360° page composes widgets of several domains, so it lives at the app level.
  partner: () => import('./pages/partner-page'),
  opportunities: () => import('@/features/opportunities/opportunities-page'),
  tasks: () => import('@/features/tasks/tasks-page'),
  apprentices: () => import('@/features/apprentices/apprentices-page'),
  equipmentList: () => import('@/features/equipment/equipment-list-page'),
  equipmentItem: () => import('@/features/equipment/equipment-item-page'),
  incubator: () => import('@/features/incubator/incubator-page'),
  territory: () => import('@/features/territory/territory-page'),
  academic: () => import('@/features/academic/academic-page'),
  events: () => import('@/features/events/events-page'),
  tax: () => import('@/features/tax/tax-campaign-page'),
  settings: () => import('@/features/settings/settings-page'),
};
const OverviewPage = lazy(pages.overview);
const PartnersListPage = lazy(pages.partnersList);
const PartnerNewPage = lazy(pages.partnerNew);
const PartnersImportPage = lazy(pages.partnersImport);
const PartnerPage = lazy(pages.partner);
const OpportunitiesPage = lazy(pages.opportunities);
const TasksPage = lazy(pages.tasks);
const ApprenticesPage = lazy(pages.apprentices);
const EquipmentListPage = lazy(pages.equipmentList);
const EquipmentItemPage = lazy(pages.equipmentItem);
const IncubatorPage = lazy(pages.incubator);
const TerritoryPage = lazy(pages.territory);
const AcademicPage = lazy(pages.academic);
const EventsPage = lazy(pages.events);
const TaxCampaignPage = lazy(pages.tax);
const SettingsPage = lazy(pages.settings);
// Only reached by typing the address of a page one's role may not use.
const ForbiddenPage = lazy(() => import('./forbidden-page'));

/** The page module of each first path segment ('' is the overview), for `preloadPage`. */
const PAGE_OF_SEGMENT: Record<string, (rest: string) => (() => Promise<unknown>) | null> = {
  '': () => pages.overview,
  partners: (rest) => (rest === '' ? pages.partnersList : rest === 'new' ? pages.partnerNew : rest === 'import' ? pages.partnersImport : pages.partner),
  opportunities: () => pages.opportunities,
  tasks: () => pages.tasks,
  apprentices: () => pages.apprentices,
  equipment: (rest) => (rest === '' ? pages.equipmentList : pages.equipmentItem),
  incubator: () => pages.incubator,
  territory: () => pages.territory,
  academic: () => pages.academic,
  events: () => pages.events,
  'apprenticeship-tax': () => pages.tax,
  settings: () => pages.settings,
};

/**
 * Starts loading the code of the page at `pathname` at once (main.tsx, before the app renders):
 * it then downloads beside the first-load code and the messages instead of after them. The lazy
 * route gets the same module when it renders.
 */
export function preloadPage(pathname: string): void {
  const [segment = '', rest = ''] = pathname.replace(/^\/+|\/+$/g, '').split('/');
  const load = Object.hasOwn(PAGE_OF_SEGMENT, segment) ? PAGE_OF_SEGMENT[segment]!(rest) : null;
  // A failed download is the lazy route's to report (with its retry), not an unhandled rejection.
  load?.().catch(() => undefined);
}

/** `needs`: a page that only changes data (a creation form, an import) is for the roles that may. */
function RoutePage({ page: Page, needs }: { page: LazyExoticComponent<ComponentType>; needs?: Permission }) {
  return <RouteBoundary>{needs ? <Allowed needs={needs} page={Page} /> : <Page />}</RouteBoundary>;
}

function Allowed({ needs, page: Page }: { needs: Permission; page: LazyExoticComponent<ComponentType> }) {
  const allowed = useCan(needs);
  const { status } = useSession();
  // The demo's people load with the first page: wait for them rather than refuse by mistake.
  if (status === 'error') return <SessionError />;
  if (status !== 'signed-in') return <PageFallback />;
  return allowed ? <Page /> : <ForbiddenPage />;
}

export function AppRoutes() {
  return (
    <SessionGate>
      <AppPages />
    </SessionGate>
  );
}

function AppPages() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<RoutePage page={OverviewPage} />} />
        <Route path="partners" element={<RoutePage page={PartnersListPage} />} />
        <Route path="partners/new" element={<RoutePage page={PartnerNewPage} needs="crm" />} />
        <Route path="partners/import" element={<RoutePage page={PartnersImportPage} needs="crm" />} />
        <Route path="partners/:partnerId" element={<RoutePage page={PartnerPage} />} />
        <Route path="opportunities" element={<RoutePage page={OpportunitiesPage} />} />
        <Route path="tasks" element={<RoutePage page={TasksPage} />} />
        <Route path="apprentices" element={<RoutePage page={ApprenticesPage} />} />
        <Route path="equipment" element={<RoutePage page={EquipmentListPage} />} />
        <Route path="equipment/:equipmentId" element={<RoutePage page={EquipmentItemPage} />} />
        <Route path="incubator" element={<RoutePage page={IncubatorPage} />} />
        <Route path="territory" element={<RoutePage page={TerritoryPage} />} />
        <Route path="academic" element={<RoutePage page={AcademicPage} />} />
        <Route path="events" element={<RoutePage page={EventsPage} />} />
        <Route path="apprenticeship-tax" element={<RoutePage page={TaxCampaignPage} />} />
        <Route path="settings" element={<RoutePage page={SettingsPage} />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
