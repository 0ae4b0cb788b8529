import { useQueryClient } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import type { PartnerRow } from '@/contract/entities';
import { formatSiren } from '@/domain/identifiers';
import { describeError } from '@/components/feedback/describe-error';
import { useI18n } from '@/lib/i18n';
import { notify } from '@/lib/notify';
import { useCan } from '@/lib/session';
import { useUsersById } from '@/lib/users';
import { departmentLabel, label } from '@/locales/labels';
import { partnerQueries, useArchivePartner } from '../api';
import styles from './partner-header.module.css';
import '../messages-detail';

/**
 * Who the company is, at a glance: name, status, sector and territory, owner, tags, identifiers,
 * and the actions on the record (edit, archive with undo, restore).
 */
export function PartnerHeader({ partner, onEdit, editing }: { partner: PartnerRow; onEdit: () => void; editing: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const owner = useUsersById().get(partner.ownerId ?? '');
  const { setArchived, pending } = useArchiveWithUndo(partner);
  const canEdit = useCan('crm');
  return (
    <header className={styles.header}>
      <p className={styles.breadcrumb}>
        <Link to="/partners">← {t('partnerPage.breadcrumb')}</Link>
      </p>
      {partner.archived && (
        <div className={styles.archived} role="status">
          <p>{t('partnerPage.archivedBanner')}</p>
          {canEdit && (
            <button type="button" className="btn" onClick={() => setArchived(false)} disabled={pending}>
              {t('partnerPage.restore')}
            </button>
          )}
        </div>
      )}
      <div className={styles.top}>
        <div className={styles.identity}>
          <h1 className="page-title">{partner.name}</h1>
          <p className={styles.badges}>
            <span className={`${styles.badge} ${styles[`stage-${partner.stage}`] ?? ''}`}>{t(label.stage(partner.stage))}</span>
            {partner.synthetic && <span className={`${styles.badge} ${styles.demo}`}>{t('app.demoData')}</span>}
            {partner.kinds.map((k) => (
              <span key={k} className={`${styles.badge} ${styles.kind}`}>
                {t(label.kind(k))}
              </span>
            ))}
          </p>
          <p className={styles.meta}>
            {t(label.sector(partner.sector))} · {partner.city}, {departmentLabel(partner.department, t('department.HO'))}
          </p>
        </div>
        {canEdit && !editing && (
          <div className={styles.actions}>
            <button type="button" className="btn btn-primary" onClick={onEdit}>
              {t('partnerPage.edit')}
            </button>
            {!partner.archived && (
              <button type="button" className="btn" onClick={() => setArchived(true)} disabled={pending}>
                {t('partnerPage.archive')}
              </button>
            )}
          </div>
        )}
      </div>
      <dl className={styles.facts}>
        <div>
          <dt>{t('partnerPage.owner')}</dt>
          <dd>{owner?.name ?? t('partnerPage.noOwner')}</dd>
        </div>
        {partner.siren && (
          <div>
            <dt>{t('partnerPage.siren')}</dt>
            <dd className={styles.number}>{formatSiren(partner.siren)}</dd>
          </div>
        )}
        {partner.vatNumber && (
          <div>
            <dt>{t('partnerPage.vat')}</dt>
            <dd className={styles.number}>{partner.vatNumber}</dd>
          </div>
        )}
        {partner.nafCode && (
          <div>
            <dt>{t('partnerPage.naf')}</dt>
            <dd>{partner.nafCode}</dd>
          </div>
        )}
        {partner.partnerSince && (
          <div>
            <dt>{t('partnerPage.since')}</dt>
            <dd>{i18n.date(partner.partnerSince)}</dd>
          </div>
        )}
        {partner.website && (
          <div>
            <dt>{t('partnerPage.website')}</dt>
            <dd>
              <a href={safeUrl(partner.website)} target="_blank" rel="noreferrer noopener">
                {partner.website.replace(/^https?:\/\//, '')}
              </a>
            </dd>
          </div>
        )}
        {partner.tags.length > 0 && (
          <div>
            <dt>{t('partnerPage.tags')}</dt>
            <dd className={styles.tags}>
              {partner.tags.map((tag) => (
                <span key={tag} className={styles.tag}>
                  {tag}
                </span>
              ))}
            </dd>
          </div>
        )}
      </dl>
    </header>
  );
}

/** Only web addresses become links: a typed "javascript:" stays text. */
function safeUrl(value: string): string | undefined {
  return /^https?:\/\//i.test(value) ? value : undefined;
}

function useArchiveWithUndo(partner: PartnerRow) {
  const { t } = useI18n();
  const client = useQueryClient();
  const mutation = useArchivePartner();
  const setArchived = (archived: boolean) =>
    mutation.mutate(
      { id: partner.id, archived },
      {
        onSuccess: (row) => {
          client.setQueryData(partnerQueries.detail(partner.id).queryKey, row);
          if (archived) notify.success(t('partnerPage.archived', { name: row.name }), { label: t('common.undo'), onClick: () => setArchived(false) });
          else notify.success(t('partnerPage.restored', { name: row.name }));
        },
        onError: (error) => notify.error(t(archived ? 'partnerPage.archiveFailed' : 'partnerPage.restoreFailed', { message: describeError(t, error) })),
      },
    );
  return { setArchived, pending: mutation.isPending };
}
