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
const OverviewPage = lazy(() => import('@/features/overview/overview-page'));
const PartnersListPage = lazy(() => import('@/features/partners/partners-list-page'));
const PartnerNewPage = lazy(() => import('@/features/partners/partner-new-page'));
const PartnersImportPage = lazy(() => import('@/features/partners/partners-import-page'));
// The 360° page composes widgets of several domains, so it lives at the app level.
const PartnerPage = lazy(() => import('./pages/partner-page'));
const OpportunitiesPage = lazy(() => import('@/features/opportunities/opportunities-page'));
const TasksPage = lazy(() => import('@/features/tasks/tasks-page'));
const ApprenticesPage = lazy(() => import('@/features/apprentices/apprentices-page'));
const EquipmentListPage = lazy(() => import('@/features/equipment/equipment-list-page'));
const EquipmentItemPage = lazy(() => import('@/features/equipment/equipment-item-page'));
const IncubatorPage = lazy(() => import('@/features/incubator/incubator-page'));
const TerritoryPage = lazy(() => import('@/features/territory/territory-page'));
const AcademicPage = lazy(() => import('@/features/academic/academic-page'));
const EventsPage = lazy(() => import('@/features/events/events-page'));
const TaxCampaignPage = lazy(() => import('@/features/tax/tax-campaign-page'));
const SettingsPage = lazy(() => import('@/features/settings/settings-page'));
// Only reached by typing the address of a page one's role may not use.
const ForbiddenPage = lazy(() => import('./forbidden-page'));

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
