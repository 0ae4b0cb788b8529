import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';
import { Route, Routes } from 'react-router-dom';
import { Layout } from './layout';
import { NotFoundPage } from './not-found-page';
import { RouteBoundary } from './route-error';

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

function RoutePage({ page: Page }: { page: LazyExoticComponent<ComponentType> }) {
  return (
    <RouteBoundary>
      <Page />
    </RouteBoundary>
  );
}

export function AppRoutes({ demo }: { demo: boolean }) {
  return (
    <Routes>
      <Route element={<Layout demo={demo} />}>
        <Route index element={<RoutePage page={OverviewPage} />} />
        <Route path="partners" element={<RoutePage page={PartnersListPage} />} />
        <Route path="partners/new" element={<RoutePage page={PartnerNewPage} />} />
        <Route path="partners/import" element={<RoutePage page={PartnersImportPage} />} />
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
