import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { toIsoDate } from '@/domain/dates';
import { useI18n } from '@/lib/i18n';
import { useCan } from '@/lib/session';
import { useUsersById } from '@/lib/users';
import { EmptyState } from '@/components/feedback/empty-state';
import { ErrorState } from '@/components/feedback/error-state';
import { Skeleton } from '@/components/feedback/skeleton';
import { companyLookup, FULL_SET, opportunityQueries } from '../api';
import { openThenClosed } from '../lib/pipeline';
import { OpportunityCard } from './opportunity-card';
import { OpportunityFormDialog } from './opportunity-form-dialog';
import { useStageMove } from './use-stage-move';
import '../messages';
import styles from './partner-opportunities.module.css';

/**
 * The company page's "Opportunités" tab: this company's deals, open ones first, each movable
 * through the same menu as on the pipeline, and a new one pre-filled with the company.
 */
export function PartnerOpportunities({ partnerId }: { partnerId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const users = useUsersById();
  const today = toIsoDate(new Date());
  const list = useQuery(opportunityQueries.list({ partnerId, sort: 'expectedClose', order: 'asc', page: 1, pageSize: FULL_SET }));
  const company = useQuery(companyLookup.detail(partnerId));
  const { requestMove, pendingIds, dialog, liveRegion } = useStageMove();
  const [creating, setCreating] = useState(false);
  const groups = useMemo(() => openThenClosed(list.data?.items ?? []), [list.data]);
  const partnerName = company.data?.name ?? list.data?.items[0]?.partnerName;

  const canEdit = useCan('crm');
  const newButton = canEdit && (
    <button type="button" className="btn btn-primary" onClick={() => setCreating(true)} disabled={!partnerName}>
      {t('opportunities.new')}
    </button>
  );

  return (
    <section className={styles.section} aria-labelledby="partner-opportunities-title" aria-busy={list.isPending}>
      <header className={styles.header}>
        <h2 id="partner-opportunities-title" className={styles.title}>
          {t('opportunities.partner.title')}
        </h2>
        {newButton}
      </header>
      {list.isPending ? (
        <ul className={styles.list} aria-hidden="true">
          {[0, 1, 2].map((i) => (
            <li key={i}>
              <Skeleton height="8.5rem" style={{ borderRadius: 'var(--radius)' }} />
            </li>
          ))}
        </ul>
      ) : list.isError && !list.data ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.data && list.data.total === 0 ? (
        <EmptyState title={t('opportunities.partner.empty')} body={t('opportunities.partner.emptyBody')} action={newButton} />
      ) : (
        (['open', 'closed'] as const).map(
          (group) =>
            groups[group].length > 0 && (
              <div key={group} className={styles.group}>
                <h3 className={styles.groupTitle}>
                  {t(group === 'open' ? 'opportunities.partner.open' : 'opportunities.partner.closed')} ({i18n.number(groups[group].length)})
                </h3>
                <ul className={styles.list}>
                  {groups[group].map((row) => (
                    <li key={row.id}>
                      <OpportunityCard
                        row={row}
                        today={today}
                        ownerName={users.get(row.ownerId)?.name}
                        pending={pendingIds.has(row.id)}
                        onMove={(stage) => requestMove(row, stage)}
                        showCompany={false}
                        showStage
                        headingLevel={4}
                      />
                    </li>
                  ))}
                </ul>
              </div>
            ),
        )
      )}
      {dialog}
      {liveRegion}
      {partnerName && <OpportunityFormDialog open={creating} onClose={() => setCreating(false)} partner={{ id: partnerId, name: partnerName }} />}
    </section>
  );
}
