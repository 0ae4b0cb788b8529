import './messages';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { TerritoryQuery } from '@/contract/queries';
import { useI18n } from '@/lib/i18n';
import { useSearchState } from '@/lib/url-state';
import { WidgetBoundary } from '@/components/feedback/widget-boundary';
import { territoryQueries } from './api';
import { FlowChart } from './components/flow-chart';
import { SectorMatrix } from './components/sector-matrix';
import { TerritoryFilters } from './components/territory-filters';
import { TerritoryMap } from './components/territory-map';
import { academicYears } from './lib/years';
import styles from './components/territory.module.css';

/**
 * /territory — the school's regional footprint for directors: the Occitanie map of the chosen
 * measure, the sector × department heat map of the same measure, and the flows of partner
 * companies from territory to sector to relationship. Measure, sector and year live in the URL.
 */
export default function TerritoryPage() {
  const { t } = useI18n();
  const [query, update, reset] = useSearchState(TerritoryQuery);
  const filters = { layer: query.layer, sector: query.sector, year: query.year };
  const stats = useQuery({ ...territoryQueries.stats(filters), placeholderData: keepPreviousData });
  // The flows are about companies and what the school does with them: always the partners layer
  // (on other layers every flow would end in a single kind). Same request when that layer is shown.
  const flows = useQuery({ ...territoryQueries.stats({ ...filters, layer: 'partners' }), placeholderData: keepPreviousData });

  return (
    <div className={styles.page}>
      <header className="page-header">
        <div>
          <h1 className="page-title">{t('territory.title')}</h1>
          <p className="page-subtitle">{t('territory.subtitle')}</p>
        </div>
      </header>
      <TerritoryFilters state={filters} years={academicYears(new Date().toISOString().slice(0, 10))} onChange={update} onReset={reset} />
      <WidgetBoundary>
        <TerritoryMap query={stats} layer={query.layer} sector={query.sector} />
      </WidgetBoundary>
      <WidgetBoundary>
        <SectorMatrix query={stats} layer={query.layer} sector={query.sector} />
      </WidgetBoundary>
      <WidgetBoundary>
        <FlowChart query={flows} />
      </WidgetBoundary>
    </div>
  );
}
