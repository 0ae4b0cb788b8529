import { useId } from 'react';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import type { OpportunityRow } from '@/contract/api';
import type { OpportunityStage } from '@/contract/reference';
import { useI18n } from '@/lib/i18n';
import { label } from '@/locales/labels';
import { isOverdue } from '../lib/pipeline';
import { StageMenu } from './stage-menu';
import '../messages';
import styles from './card.module.css';

/** One opportunity as the kanban and the company tab show it; user text is rendered as text. */
export function OpportunityCard({
  row,
  today,
  ownerName,
  onMove,
  pending,
  handle,
  showCompany = true,
  showStage = false,
  headingLevel = 3,
}: {
  row: OpportunityRow;
  today: string;
  ownerName: string | undefined;
  onMove: (stage: OpportunityStage) => void;
  pending: boolean;
  /** The drag handle, on the kanban only. */
  handle?: ReactNode;
  showCompany?: boolean;
  showStage?: boolean;
  headingLevel?: 3 | 4;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const titleId = useId();
  const overdue = isOverdue(row, today);
  const Heading = headingLevel === 4 ? 'h4' : 'h3';
  return (
    <article className={styles.card} aria-labelledby={titleId} aria-busy={pending || undefined} data-pending={pending || undefined}>
      <div className={styles.top}>
        <Heading id={titleId} className={styles.title}>
          {row.title}
        </Heading>
        {handle}
      </div>
      {showCompany && (
        <Link className={styles.company} to={`/partners/${encodeURIComponent(row.partnerId)}`}>
          {row.partnerName}
        </Link>
      )}
      <p className={styles.meta}>
        <span>{t(label.opportunityKind(row.kind))}</span>
        <strong className={styles.amount}>{i18n.euros(row.amount)}</strong>
      </p>
      {showStage && (
        <p className={styles.meta}>
          <span className={styles.stage} data-stage={row.stage}>
            {t(label.opportunityStage(row.stage))}
          </span>
        </p>
      )}
      {ownerName && <p className={styles.owner}>{t('opportunities.card.owner', { name: ownerName })}</p>}
      {row.closedAt ? (
        <p className={styles.date}>{t('opportunities.card.closed', { date: i18n.date(row.closedAt) })}</p>
      ) : (
        <p className={`${styles.date} ${overdue ? styles.overdue : ''}`}>
          {overdue && <span aria-hidden="true">⚠ </span>}
          {t(overdue ? 'opportunities.card.overdue' : 'opportunities.card.expected', { date: i18n.date(row.expectedClose) })}
        </p>
      )}
      {row.closeReason && <p className={styles.reason}>{row.closeReason}</p>}
      <div className={styles.actions}>
        <StageMenu row={row} onMove={onMove} disabled={pending} />
        {pending && (
          <span className={styles.saving} role="status">
            {t('opportunities.card.saving')}
          </span>
        )}
      </div>
    </article>
  );
}
