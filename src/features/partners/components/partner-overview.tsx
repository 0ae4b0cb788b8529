import { useQuery } from '@tanstack/react-query';
import { Skeleton } from '@/components/feedback/skeleton';
import { ErrorState } from '@/components/feedback/error-state';
import { WidgetBoundary } from '@/components/feedback/widget-boundary';
import { useI18n } from '@/lib/i18n';
import { partnerQueries } from '../api';
import { LatestInteractions, NextTasks, OpenOpportunities } from './partner-overview-widgets';
import { ApprenticesWidget, BookingsWidget, StartupsWidget, TaxWidget } from './relationship-widgets';
import styles from './partner-overview.module.css';
import '../messages-detail';

/**
 * The company at a glance: key figures, the latest exchanges, what is due, what is open, and every
 * relationship the school has with it. Each widget fails on its own.
 */
export function PartnerOverview({ partnerId }: { partnerId: string }) {
  const { t } = useI18n();
  return (
    <div className={styles.overview}>
      <WidgetBoundary title={t('partnerFigures.title')}>
        <KeyFigures partnerId={partnerId} />
      </WidgetBoundary>
      <div className={styles.columns}>
        <WidgetBoundary title={t('partnerOverview.latest')}>
          <LatestInteractions partnerId={partnerId} />
        </WidgetBoundary>
        <WidgetBoundary title={t('partnerOverview.tasks')}>
          <NextTasks partnerId={partnerId} />
        </WidgetBoundary>
        <WidgetBoundary title={t('partnerOverview.opportunities')}>
          <OpenOpportunities partnerId={partnerId} />
        </WidgetBoundary>
      </div>
      <section aria-labelledby="partner-relationships-title">
        <h2 id="partner-relationships-title" className={styles.sectionTitle}>
          {t('partnerOverview.relationships')}
        </h2>
        <div className={styles.grid}>
          <WidgetBoundary title={t('relationship.apprentices')}>
            <ApprenticesWidget partnerId={partnerId} />
          </WidgetBoundary>
          <WidgetBoundary title={t('relationship.bookings')}>
            <BookingsWidget partnerId={partnerId} />
          </WidgetBoundary>
          <WidgetBoundary title={t('relationship.startups')}>
            <StartupsWidget partnerId={partnerId} />
          </WidgetBoundary>
          <WidgetBoundary title={t('relationship.tax')}>
            <TaxWidget partnerId={partnerId} />
          </WidgetBoundary>
        </div>
      </section>
    </div>
  );
}

const FIGURE_COUNT = 7;

function KeyFigures({ partnerId }: { partnerId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const query = useQuery(partnerQueries.summary(partnerId));
  const d = query.data;
  return (
    <section aria-labelledby="partner-figures-title" aria-busy={query.isPending}>
      <h2 id="partner-figures-title" className={styles.sectionTitle}>
        {t('partnerFigures.title')}
      </h2>
      {query.isPending ? (
        <ul className={styles.figures} aria-hidden="true">
          {Array.from({ length: FIGURE_COUNT }, (_, i) => (
            <li key={i} className={styles.figure}>
              <Skeleton width="70%" height="0.8rem" />
              <Skeleton width="45%" height="1.6rem" />
            </li>
          ))}
        </ul>
      ) : !d ? (
        <ErrorState error={query.error} title={t('partnerFigures.title')} onRetry={() => void query.refetch()} />
      ) : (
        <ul className={styles.figures}>
          <Figure label={t('partnerFigures.contacts')} value={i18n.number(d.contacts)} />
          <Figure
            label={t('partnerFigures.openOpportunities')}
            value={i18n.euros(d.openOpportunitiesAmount)}
            detail={t('partnerFigures.openOpportunities.detail', { count: d.openOpportunities })}
          />
          <Figure
            label={t('partnerFigures.apprentices')}
            value={i18n.number(d.activeApprentices)}
            detail={t('partnerFigures.apprentices.detail', { count: d.apprenticesTotal })}
          />
          <Figure
            label={t('partnerFigures.bookings')}
            value={i18n.number(d.bookings)}
            detail={t('partnerFigures.bookings.detail', { amount: i18n.euros(d.bookingRevenue) })}
          />
          <Figure label={t('partnerFigures.startups')} value={i18n.number(d.startups)} />
          <Figure label={t('partnerFigures.events')} value={i18n.number(d.eventsAttended)} />
          <Figure label={t('partnerFigures.tax')} value={i18n.euros(d.taxReceivedTotal)} detail={t('partnerFigures.tax.detail')} />
        </ul>
      )}
    </section>
  );
}

function Figure({ label, value, detail }: { label: string; value: string; detail?: string }) {
  return (
    <li className={styles.figure}>
      <span className={styles.figureLabel}>{label}</span>
      <span className={styles.figureValue}>{value}</span>
      {detail && <span className={styles.figureDetail}>{detail}</span>}
    </li>
  );
}
