import * as Tabs from '@radix-ui/react-tabs';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useParams } from 'react-router-dom';
import * as z from 'zod/mini';
import { ErrorState } from '@/components/feedback/error-state';
import { Skeleton } from '@/components/feedback/skeleton';
import { WidgetBoundary } from '@/components/feedback/widget-boundary';
import { ApiError } from '@/lib/api-client';
import { useI18n } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n';
import { useSession } from '@/lib/session';
import { useSearchState } from '@/lib/url-state';
import { PartnerOpportunities } from '@/features/opportunities/components/partner-opportunities';
import { partnerQueries } from '@/features/partners/api';
import { ContactsTab } from '@/features/partners/components/contacts-tab';
import { InteractionsTab } from '@/features/partners/components/interactions-tab';
import { PartnerEdit } from '@/features/partners/components/partner-edit';
import { PartnerHeader } from '@/features/partners/components/partner-header';
import { PartnerOverview } from '@/features/partners/components/partner-overview';
import { PartnerTasks } from '@/features/tasks/components/partner-tasks';
import { PartnerEvents } from '@/features/events/components/partner-events';
import { PartnerHistory } from '@/features/audit/components/partner-history';
import type { PartnerRow } from '@/contract/entities';
import { PartnerNotFound } from './partner-not-found';
import styles from './partner-page.module.css';
import '@/features/partners/messages-detail';
import '@/features/events/messages';
import '@/features/tax/messages';
import '@/features/audit/messages';

// The tax tab draws a chart: its code (Recharts) loads when the tab is opened, not with the page.
const PartnerTaxHistory = lazy(() => import('@/features/tax/components/partner-tax-history').then((m) => ({ default: m.PartnerTaxHistory })));

const TABS = ['overview', 'contacts', 'interactions', 'opportunities', 'tasks', 'tax', 'events', 'history'] as const;
type Tab = (typeof TABS)[number];
/** Tabs whose label belongs to the feature that draws them. */
const TAB_LABELS: Partial<Record<Tab, MessageKey>> = { tax: 'tax.partner.tab', events: 'events.partner.tab', history: 'audit.tab' };
/** Only the server records who changed what: the demo has no history to show. */
const SERVER_ONLY: ReadonlySet<Tab> = new Set(['history']);
/** The selected tab lives in the URL; anything unknown falls back to the overview. */
const TabQuery = z.object({ tab: z.catch(z._default(z.enum(TABS), 'overview'), 'overview') });

/**
 * One company, 360°: composed here, at the app level, because it shows several domains (its
 * contacts and exchanges, opportunities, follow-ups, apprentices, bookings, start-ups, tax).
 */
export default function PartnerPage() {
  const { t } = useI18n();
  const { partnerId = '' } = useParams();
  const query = useQuery(partnerQueries.detail(partnerId));
  if (query.data) return <PartnerView key={partnerId} partner={query.data} />;
  if (query.isPending) return <PartnerPageSkeleton />;
  if (query.error instanceof ApiError && query.error.status === 404) return <PartnerNotFound id={partnerId} />;
  return (
    <>
      <h1 className="page-title">{t('partnerPage.loadError')}</h1>
      <div className={styles.error}>
        <ErrorState error={query.error} title={t('partnerPage.loadError')} onRetry={() => void query.refetch()} />
      </div>
    </>
  );
}

function PartnerView({ partner }: { partner: PartnerRow }) {
  const { t } = useI18n();
  const [{ tab: asked }, update] = useSearchState(TabQuery);
  const [editing, setEditing] = useState(false);
  const server = useSession().mode === 'server';
  const tabs = server ? TABS : TABS.filter((value) => !SERVER_ONLY.has(value));
  // A history link opened in the demo shows the overview, like any unknown tab.
  const tab = tabs.includes(asked) ? asked : 'overview';
  return (
    <>
      <PartnerHeader partner={partner} editing={editing} onEdit={() => setEditing(true)} />
      {editing ? (
        <PartnerEdit partner={partner} onDone={() => setEditing(false)} />
      ) : (
        <Tabs.Root value={tab} onValueChange={(value) => update({ tab: value as Tab })} className={styles.tabs}>
          <Tabs.List aria-label={t('partnerPage.tabs')} className={styles.tabList}>
            {tabs.map((value) => (
              <Tabs.Trigger key={value} value={value} className={styles.tab}>
                {t(TAB_LABELS[value] ?? (`partnerPage.tab.${value}` as MessageKey))}
              </Tabs.Trigger>
            ))}
          </Tabs.List>
          <Tabs.Content value="overview" className={styles.panel}>
            <PartnerOverview partnerId={partner.id} />
          </Tabs.Content>
          <Tabs.Content value="contacts" className={styles.panel}>
            <WidgetBoundary>
              <ContactsTab partnerId={partner.id} />
            </WidgetBoundary>
          </Tabs.Content>
          <Tabs.Content value="interactions" className={styles.panel}>
            <WidgetBoundary>
              <InteractionsTab partnerId={partner.id} />
            </WidgetBoundary>
          </Tabs.Content>
          <Tabs.Content value="opportunities" className={styles.panel}>
            <WidgetBoundary>
              <PartnerOpportunities partnerId={partner.id} />
            </WidgetBoundary>
          </Tabs.Content>
          <Tabs.Content value="tasks" className={styles.panel}>
            <WidgetBoundary>
              <PartnerTasks partnerId={partner.id} />
            </WidgetBoundary>
          </Tabs.Content>
          <Tabs.Content value="tax" className={styles.panel}>
            <WidgetBoundary title={t('tax.partner.title')}>
              <Suspense fallback={<Skeleton height="24rem" />}>
                <PartnerTaxHistory partnerId={partner.id} />
              </Suspense>
            </WidgetBoundary>
          </Tabs.Content>
          <Tabs.Content value="events" className={styles.panel}>
            <WidgetBoundary title={t('events.partner.title')}>
              <PartnerEvents partnerId={partner.id} />
            </WidgetBoundary>
          </Tabs.Content>
          {server && (
            <Tabs.Content value="history" className={styles.panel}>
              <WidgetBoundary title={t('audit.title')}>
                <PartnerHistory partnerId={partner.id} />
              </WidgetBoundary>
            </Tabs.Content>
          )}
        </Tabs.Root>
      )}
    </>
  );
}

function PartnerPageSkeleton() {
  const { t } = useI18n();
  return (
    <div aria-busy="true" className={styles.skeleton}>
      <span className="visually-hidden">{t('common.loading')}</span>
      <Skeleton width="8rem" height="0.9rem" />
      <Skeleton width="22rem" height="2rem" />
      <Skeleton width="16rem" height="1rem" />
      <Skeleton height="4rem" />
      <Skeleton height="2.75rem" />
      <Skeleton height="14rem" />
    </div>
  );
}
