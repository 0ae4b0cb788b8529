import { useId } from 'react';
import { DEPARTMENTS, SECTORS } from '@/contract/reference';
import { formatAcademicYear } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import { departmentLabel, label } from '@/locales/labels';
import type { OverviewQuery } from '../lib/query';
import styles from './overview-filters.module.css';

/** Period and filters of the whole overview; each change goes to the URL. */
export function OverviewFilters({
  query,
  years,
  year,
  defaultYear,
  onChange,
  onReset,
}: {
  query: OverviewQuery;
  years: number[];
  year: number;
  /** The year the API picks by itself: choosing it again leaves the URL clean. */
  defaultYear: number | undefined;
  onChange: (patch: Partial<OverviewQuery>) => void;
  onReset: () => void;
}) {
  const { t } = useI18n();
  const ids = { year: useId(), from: useId(), sector: useId(), department: useId() };
  return (
    <section className={styles.bar} aria-label={t('overview.filters')} data-print-hide="true">
      <div className={styles.field}>
        <label htmlFor={ids.year}>{t('overview.year')}</label>
        <select id={ids.year} value={year} onChange={(e) => onChange({ year: Number(e.target.value) === defaultYear ? undefined : Number(e.target.value) })}>
          {years.map((y) => (
            <option key={y} value={y}>
              {formatAcademicYear(y)}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor={ids.from}>{t('overview.from')}</label>
        <select id={ids.from} value={query.from ?? ''} onChange={(e) => onChange({ from: e.target.value === '' ? undefined : Number(e.target.value) })}>
          <option value="">{formatAcademicYear(years[years.length - 1] ?? year)}</option>
          {years
            .filter((y) => y <= year)
            .slice()
            .reverse()
            .slice(1)
            .map((y) => (
              <option key={y} value={y}>
                {formatAcademicYear(y)}
              </option>
            ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor={ids.sector}>{t('overview.sector')}</label>
        <select id={ids.sector} value={query.sector[0] ?? ''} onChange={(e) => onChange({ sector: e.target.value ? [e.target.value as (typeof SECTORS)[number]] : [] })}>
          <option value="">{t('overview.allSectors')}</option>
          {SECTORS.map((s) => (
            <option key={s} value={s}>
              {t(label.sector(s))}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor={ids.department}>{t('overview.department')}</label>
        <select
          id={ids.department}
          value={query.department[0] ?? ''}
          onChange={(e) => onChange({ department: e.target.value ? [e.target.value as (typeof DEPARTMENTS)[number]['code']] : [] })}
        >
          <option value="">{t('overview.allDepartments')}</option>
          {DEPARTMENTS.map((d) => (
            <option key={d.code} value={d.code}>
              {departmentLabel(d.code, t('department.HO'))}
            </option>
          ))}
        </select>
      </div>
      <button type="button" className="btn" onClick={onReset}>
        {t('overview.reset')}
      </button>
    </section>
  );
}
