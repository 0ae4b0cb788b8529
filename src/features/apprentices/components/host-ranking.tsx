import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { Link } from 'react-router-dom';
import { EmptyState } from '@/components/feedback/empty-state';
import { ErrorState } from '@/components/feedback/error-state';
import { Skeleton } from '@/components/feedback/skeleton';
import { apprenticeCensusDate } from '@/domain/apprenticeship';
import { academicYearLabel } from '@/domain/dates';
import { useI18n } from '@/lib/i18n';
import { contractQueries } from '../api';
import { hostRanking } from '../lib/census';
import styles from './widgets.module.css';

const TOP = 15;

/** The 15 companies hosting the most apprentices on the year's census date, with links to them. */
export function HostRanking({ year }: { year: number }) {
  const { t, number, date } = useI18n();
  const query = useQuery(contractQueries.year(year));
  const headingId = useId();
  const census = date(apprenticeCensusDate(year));
  const ranking = query.data ? hostRanking(query.data, year, TOP) : null;
  const max = ranking?.[0]?.apprentices ?? 1;

  let body;
  if (query.isPending) {
    body = (
      <div aria-hidden="true" className={styles.skeletonTable}>
        {Array.from({ length: 8 }, (_, i) => (
          <Skeleton key={i} height="1.75rem" />
        ))}
      </div>
    );
  } else if (query.isError) {
    body = <ErrorState error={query.error} onRetry={() => void query.refetch()} />;
  } else if (!ranking || ranking.length === 0) {
    body = <EmptyState title={t('apprentices.ranking.empty', { date: census })} body={t('apprentices.matrix.emptyBody')} />;
  } else {
    body = (
      <div className={styles.scroller} role="region" aria-label={t('apprentices.ranking.caption')} tabIndex={0}>
        <table className={styles.table}>
          <caption className="visually-hidden">{t('apprentices.ranking.caption')}</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.rank}>
                {t('apprentices.ranking.rank')}
              </th>
              <th scope="col">{t('apprentices.ranking.company')}</th>
              <th scope="col" className={styles.end}>
                {t('apprentices.ranking.apprentices')}
              </th>
            </tr>
          </thead>
          <tbody>
            {ranking.map((h) => (
              <tr key={h.partnerId}>
                <td className={styles.rank}>{number(h.rank)}</td>
                <th scope="row">
                  <Link to={`/partners/${encodeURIComponent(h.partnerId)}`}>{h.name}</Link>
                </th>
                <td className={styles.end}>
                  <span className={styles.barCell}>
                    <span className={styles.bar} style={{ width: `${(h.apprentices / max) * 5}rem` }} aria-hidden="true" />
                    <span className={styles.strong}>{number(h.apprentices)}</span>
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    );
  }

  return (
    <section className={`card ${styles.widget}`} aria-labelledby={headingId} aria-busy={query.isPending || undefined}>
      <h2 id={headingId} className={styles.heading}>
        {t('apprentices.ranking.heading', { year: academicYearLabel(year) })}
      </h2>
      <p className={styles.lead}>{t('apprentices.ranking.lead', { date: census })}</p>
      {body}
    </section>
  );
}
