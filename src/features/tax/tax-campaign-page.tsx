import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useI18n } from '@/lib/i18n';
import { useCan } from '@/lib/session';
import { useSearchState } from '@/lib/url-state';
import { ErrorState } from '@/components/feedback/error-state';
import { Skeleton } from '@/components/feedback/skeleton';
import { WidgetBoundary } from '@/components/feedback/widget-boundary';
import { FilterSelect } from '@/components/ui/filter-field';
import { taxQueries } from './api';
import { AddPledgeForm } from './components/add-pledge-form';
import { CampaignChart } from './components/campaign-chart';
import { CampaignSummary } from './components/campaign-summary';
import { PledgeTable } from './components/pledge-table';
import { campaignProgress, campaignTotals, campaignYears, statusChartRows, TaxPageQuery } from './lib/campaign';
import './messages';
import filterBar from '@/components/ui/filter-bar.module.css';
import styles from './components/tax.module.css';

/**
 * /apprenticeship-tax: one spring campaign (the year is in the URL; by default the latest in the
 * data) with its totals, its progress against the previous campaign, and every company in it.
 */
export default function TaxCampaignPage() {
  const { t } = useI18n();
  const [query, update] = useSearchState(TaxPageQuery);
  const latest = useQuery(taxQueries.latestYear());
  // No campaign at all yet: start with this calendar year's.
  const year = query.year ?? (latest.isSuccess ? (latest.data ?? new Date().getFullYear()) : undefined);

  return (
    <>
      <header className="page-header">
        <div>
          <h1 className="page-title">{t('tax.title')}</h1>
          <p className="page-subtitle">{t('tax.subtitle')}</p>
        </div>
      </header>
      {year !== undefined ? (
        <Campaign key={year} year={year} latest={latest.data ?? null} query={query} update={update} />
      ) : latest.isError ? (
        <ErrorState error={latest.error} title={t('tax.latestError')} onRetry={() => void latest.refetch()} />
      ) : (
        <div aria-busy="true">
          <span className="visually-hidden">{t('common.loading')}</span>
          <Skeleton height="7.5rem" style={{ marginBottom: 'var(--space-5)' }} />
          <Skeleton height="20rem" />
        </div>
      )}
    </>
  );
}

function Campaign({ year, latest, query, update }: { year: number; latest: number | null; query: TaxPageQuery; update: (p: Partial<TaxPageQuery>) => void }) {
  const { t } = useI18n();
  const [adding, setAdding] = useState(false);
  const canAdd = useCan('crm');
  const current = useQuery(taxQueries.campaign(year));
  const previous = useQuery(taxQueries.campaign(year - 1));
  const totals = useMemo(() => (current.data ? campaignTotals(current.data) : null), [current.data]);
  const previousTotals = useMemo(() => (previous.data ? campaignTotals(previous.data) : null), [previous.data]);
  const progress = useMemo(() => (totals && previous.data ? campaignProgress(totals, previousTotals) : null), [totals, previous.data, previousTotals]);
  const chartRows = useMemo(() => (totals && previousTotals ? statusChartRows(totals, previousTotals) : undefined), [totals, previousTotals]);
  const loading = current.isPending || previous.isPending;
  const error = current.error ?? previous.error;
  const retry = () => {
    if (current.isError) void current.refetch();
    if (previous.isError) void previous.refetch();
  };

  return (
    <>
      <div className={`${filterBar.bar} ${styles.toolbar}`}>
        <FilterSelect label={t('tax.year')} value={year} onChange={(v) => update({ year: Number(v), q: '', status: [] })}>
          {campaignYears(latest, year).map((y) => (
            <option key={y} value={y}>
              {latest !== null && y > latest ? t('tax.year.next', { year: String(y) }) : t('tax.year.option', { year: String(y) })}
            </option>
          ))}
        </FilterSelect>
        <span className={filterBar.spacer} />
        {canAdd && !adding && (
          <button type="button" className="btn btn-primary" onClick={() => setAdding(true)}>
            {t('tax.add.open')}
          </button>
        )}
      </div>
      {adding && <AddPledgeForm year={year} onClose={() => setAdding(false)} onShowRow={(name) => update({ q: name, status: [] })} />}
      <section aria-labelledby="tax-summary-title">
        <h2 id="tax-summary-title" className={styles.sectionTitle}>
          {t('tax.summary', { year: String(year) })}
        </h2>
        <WidgetBoundary title={t('tax.summary', { year: String(year) })}>
          <CampaignSummary year={year} totals={totals} progress={progress} loading={loading} error={error} onRetry={retry} />
        </WidgetBoundary>
        <WidgetBoundary>
          <CampaignChart year={year} rows={chartRows} progress={progress} companies={totals?.all.count ?? 0} loading={loading} error={error} onRetry={retry} />
        </WidgetBoundary>
      </section>
      <WidgetBoundary>
        <PledgeTable year={year} rows={current.data} error={current.error} onRetry={() => void current.refetch()} query={query} update={update} />
      </WidgetBoundary>
    </>
  );
}
