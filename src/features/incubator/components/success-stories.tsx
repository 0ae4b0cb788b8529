import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useI18n } from '@/lib/i18n';
import { label } from '@/locales/labels';
import { ErrorState } from '@/components/feedback/error-state';
import { EmptyState } from '@/components/feedback/empty-state';
import { Skeleton } from '@/components/feedback/skeleton';
import { startupQueries } from '../api';
import { linkText } from './labels';
import '../messages';
import styles from './incubator.module.css';

const SCHOOL_WIDE = { sector: [], department: [] };

/** The real companies the school tells the story of (DATA.md), school-wide whatever the filters. */
export function SuccessStories() {
  const { t } = useI18n();
  const startups = useQuery({
    ...startupQueries.everything(SCHOOL_WIDE),
    select: (rows) => rows.filter((s) => s.story !== null && !s.synthetic).sort((a, b) => a.foundedYear - b.foundedYear),
  });
  return (
    <section aria-labelledby="incubator-stories" aria-busy={startups.isPending}>
      <h2 id="incubator-stories" className={styles.sectionTitle}>
        {t('incubator.stories.title')}
      </h2>
      {startups.isPending ? (
        <ul className={styles.stories}>
          {Array.from({ length: 3 }, (_, i) => (
            <li key={i} className={styles.story} aria-hidden="true">
              <Skeleton width="50%" height="1.4rem" />
              <Skeleton width="70%" />
              <Skeleton height="4rem" />
            </li>
          ))}
        </ul>
      ) : startups.isError ? (
        <ErrorState error={startups.error} onRetry={() => void startups.refetch()} />
      ) : startups.data.length === 0 ? (
        <EmptyState title={t('incubator.stories.empty')} body={t('incubator.stories.emptyBody')} />
      ) : (
        <ul className={styles.stories}>
          {startups.data.map((s) => (
            <li key={s.id} className={styles.story}>
              <h3 className={styles.storyName}>{s.name}</h3>
              <p className={styles.storyMeta}>
                {t('incubator.stories.founded', { year: String(s.foundedYear), city: s.city })} · {t(label.sector(s.sector))}
              </p>
              <p>
                <span className={styles.badge}>{linkText(t, s.link)}</span>
              </p>
              <p className={styles.storyText}>{s.story}</p>
              {s.partnerId && s.partnerName && (
                <p className={styles.storyMeta}>
                  <Link to={`/partners/${encodeURIComponent(s.partnerId)}`}>{t('incubator.stories.partner', { name: s.partnerName })}</Link>
                </p>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
