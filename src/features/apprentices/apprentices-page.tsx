import { useCallback, useMemo, useState } from 'react';
import type { ContractRow } from '@/contract/api';
import { WidgetBoundary } from '@/components/feedback/widget-boundary';
import { FilterSelect } from '@/components/ui/filter-field';
import { academicYearLabel } from '@/domain/dates';
import { useI18n } from '@/lib/i18n';
import { useCan } from '@/lib/session';
import { CohortChart, ShareChart } from './components/charts';
import { ContractFormDialog } from './components/contract-form-dialog';
import { ContractsSection } from './components/contracts-section';
import { HostRanking } from './components/host-ranking';
import { usePageQuery } from './components/use-page-query';
import { YearMatrix } from './components/year-matrix';
import { cohortChoices, currentAcademicYear, FIRST_COHORT, todayIso } from './lib/cohort-label';
import './messages';
import filterBar from '@/components/ui/filter-bar.module.css';
import styles from './components/page.module.css';

/**
 * /apprentices — the apprenticeship office's tool: the year's apprentices by cohort and
 * speciality, the host companies, two charts, and the contracts (search, filters, create, edit).
 * Every part has its own boundary and states, so one failure leaves the rest on screen.
 */
export default function ApprenticesPage() {
  const { t } = useI18n();
  const { list, year: urlYear, update, setYear, clear } = usePageQuery();
  const today = useMemo(() => todayIso(), []);
  const current = useMemo(() => currentAcademicYear(), []);
  const year = urlYear ?? current;
  const [editing, setEditing] = useState<{ row: ContractRow | null } | null>(null);
  const openEdit = useCallback((row: ContractRow) => setEditing({ row }), []);
  const canEdit = useCan('contracts');
  const years = [...new Set([...cohortChoices(current).filter((y) => y <= current), year])].filter((y) => y >= FIRST_COHORT || y === year).sort((a, b) => b - a);

  return (
    <>
      <header className="page-header">
        <div>
          <h1 className="page-title">{t('apprentices.title')}</h1>
          <p className="page-subtitle">{t('apprentices.subtitle')}</p>
        </div>
        <div className={`${filterBar.bar} ${styles.actions}`}>
          <FilterSelect label={t('apprentices.year')} value={year} onChange={(v) => setYear(Number(v))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {academicYearLabel(y)}
              </option>
            ))}
          </FilterSelect>
          {canEdit && (
            <button type="button" className="btn btn-primary" onClick={() => setEditing({ row: null })}>
              {t('apprentices.new')}
            </button>
          )}
        </div>
      </header>

      <div className={styles.grid}>
        <div className={styles.matrix}>
          <WidgetBoundary>
            <YearMatrix year={year} />
          </WidgetBoundary>
        </div>
        <div className={styles.ranking}>
          <WidgetBoundary>
            <HostRanking year={year} />
          </WidgetBoundary>
        </div>
        <div className={styles.share}>
          <WidgetBoundary>
            <ShareChart year={year} />
          </WidgetBoundary>
        </div>
        <div className={styles.cohorts}>
          <WidgetBoundary>
            <CohortChart year={year} />
          </WidgetBoundary>
        </div>
      </div>

      <WidgetBoundary>
        <ContractsSection list={list} update={update} onClear={clear} today={today} currentYear={current} onEdit={canEdit ? openEdit : undefined} />
      </WidgetBoundary>

      <ContractFormDialog open={editing !== null} row={editing?.row ?? null} today={today} onClose={() => setEditing(null)} />
    </>
  );
}
