import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { EmptyState } from '@/components/feedback/empty-state';
import { ErrorState } from '@/components/feedback/error-state';
import { Skeleton } from '@/components/feedback/skeleton';
import { academicYearLabel } from '@/domain/dates';
import { apprenticeCensusDate } from '@/domain/apprenticeship';
import { useI18n } from '@/lib/i18n';
import { contractQueries } from '../api';
import { censusMatrix, SPECIALITIES } from '../lib/census';
import { specialityShortKey } from '../messages';
import styles from './widgets.module.css';

/** The year's apprentices by cohort × speciality, counted on the census date (1 October). */
export function YearMatrix({ year }: { year: number }) {
  const { t, number, date } = useI18n();
  const query = useQuery(contractQueries.year(year));
  const headingId = useId();
  const census = date(apprenticeCensusDate(year));
  const matrix = query.data ? censusMatrix(query.data, year) : null;

  let body;
  if (query.isPending) {
    body = (
      <div aria-hidden="true" className={styles.skeletonTable}>
        <Skeleton height="1.25rem" width="60%" />
        {Array.from({ length: 5 }, (_, i) => (
          <Skeleton key={i} height="2rem" />
        ))}
      </div>
    );
  } else if (query.isError) {
    body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  } else if (!matrix || matrix.total === 0) {
    body = <EmptyState title={t('apprentices.matrix.empty', { date: census })} body={t('apprentices.matrix.emptyBody')} />;
  } else {
    body = (
      <>
        <p className={styles.lead}>
          {t('apprentices.matrix.lead', { count: number(matrix.total), date: census })}
        </p>
        {/* Focusable so that a keyboard can scroll it when the card is narrower than the table. */}
        <div className={styles.scroller} role="region" aria-label={t('apprentices.matrix.caption', { date: census })} tabIndex={0}>
          <table className={styles.table}>
            <caption className="visually-hidden">{t('apprentices.matrix.caption', { date: census })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('apprentices.matrix.cohort')}</th>
                {SPECIALITIES.map((s) => (
                  <th key={s} scope="col" className={styles.end}>
                    {t(specialityShortKey(s))}
                  </th>
                ))}
                <th scope="col" className={styles.end}>
                  {t('apprentices.matrix.total')}
                </th>
              </tr>
            </thead>
            <tbody>
              {matrix.rows.map((r) => (
                <tr key={r.cohort}>
                  <th scope="row" className={styles.nowrap}>
                    {r.cohort}
                  </th>
                  {SPECIALITIES.map((s) => (
                    <td key={s} className={styles.end}>
                      {number(r.counts[s])}
                    </td>
                  ))}
                  <td className={`${styles.end} ${styles.strong}`}>{number(r.total)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('apprentices.matrix.total')}</th>
                {SPECIALITIES.map((s) => (
                  <td key={s} className={styles.end}>
                    {number(matrix.totals[s])}
                  </td>
                ))}
                <td className={`${styles.end} ${styles.strong}`}>{number(matrix.total)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      </>
    );
  }

  return (
    <section className={`card ${styles.widget}`} aria-labelledby={headingId} aria-busy={query.isPending || undefined}>
      <h2 id={headingId} className={styles.heading}>
        {t('apprentices.matrix.heading', { year: academicYearLabel(year) })}
      </h2>
      {body}
    </section>
  );
}
