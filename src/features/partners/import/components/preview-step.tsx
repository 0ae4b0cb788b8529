import type { UseQueryResult } from '@tanstack/react-query';
import type { PartnerRow } from '@/contract/entities';
import { EmptyState } from '@/components/feedback/empty-state';
import { ErrorState } from '@/components/feedback/error-state';
import { Skeleton } from '@/components/feedback/skeleton';
import { useI18n } from '@/lib/i18n';
import '../messages-import';
import type { ImportPreview } from '../lib/preview';
import styles from './import.module.css';
import { IssuesTable } from './issues-table';

interface Props {
  preview: ImportPreview;
  existing: UseQueryResult<Map<string, PartnerRow>>;
  duplicates: number;
  onOtherFile: () => void;
  onBack: () => void;
  onContinue: () => void;
}

/** Step 3: what the file makes, and every line left out with its reason. */
export function PreviewStep({ preview, existing, duplicates, onOtherFile, onBack, onContinue }: Props) {
  const { t, number } = useI18n();
  const contacts = preview.groups.reduce((n, g) => n + g.contacts.length, 0);
  const invalid = preview.invalidLines.length;
  return (
    <>
      <dl className={styles.counts}>
        <div className={`${styles.count} ${styles.countGood}`}>
          <dt>{t('partnersImport.preview.valid')}</dt>
          <dd>{number(preview.groups.length)}</dd>
        </div>
        <div className={styles.count}>
          <dt>{t('partnersImport.preview.contacts')}</dt>
          <dd>{number(contacts)}</dd>
        </div>
        <div className={`${styles.count} ${invalid ? styles.countBad : ''}`}>
          <dt>{t('partnersImport.preview.invalid')}</dt>
          <dd>{number(invalid)}</dd>
        </div>
        <div className={styles.count} aria-busy={existing.isPending}>
          <dt>{t('partnersImport.preview.duplicates')}</dt>
          <dd>{existing.isPending ? <Skeleton width="3rem" height="1.75rem" /> : existing.isError ? '—' : number(duplicates)}</dd>
        </div>
      </dl>
      {existing.isError && <ErrorState error={existing.error} title={t('partnersImport.preview.existingError')} onRetry={() => void existing.refetch()} />}

      {preview.groups.length === 0 ? (
        <EmptyState
          title={t('partnersImport.preview.noneTitle')}
          body={t('partnersImport.preview.noneBody')}
          action={
            <button type="button" className="btn btn-primary" onClick={onOtherFile}>
              {t('partnersImport.otherFile')}
            </button>
          }
        />
      ) : invalid === 0 ? (
        <p className={styles.muted}>{t('partnersImport.preview.allValid')}</p>
      ) : null}

      {preview.issues.length > 0 && (
        <div className={styles.panel}>
          <h3 className={styles.panelTitle}>
            {t('partnersImport.preview.issuesTitle')}
          </h3>
          <p className={styles.note}>{t('partnersImport.preview.issuesNote')}</p>
          <IssuesTable issues={preview.issues} caption={t('partnersImport.preview.issuesTitle')} />
        </div>
      )}

      <div className={styles.actions}>
        <button type="button" className="btn" onClick={onBack}>
          {t('partnersImport.previous')}
        </button>
        <button type="button" className="btn" onClick={onOtherFile}>
          {t('partnersImport.otherFile')}
        </button>
        {preview.groups.length > 0 && (
          <button type="button" className="btn btn-primary" onClick={onContinue}>
            {t('partnersImport.continue')}
          </button>
        )}
      </div>
    </>
  );
}
