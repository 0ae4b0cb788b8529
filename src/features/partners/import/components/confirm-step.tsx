import type { UseQueryResult } from '@tanstack/react-query';
import type { PartnerRow } from '@/contract/entities';
import { ErrorState } from '@/components/feedback/error-state';
import { Skeleton } from '@/components/feedback/skeleton';
import { describeError } from '@/components/feedback/describe-error';
import { useI18n } from '@/lib/i18n';
import '../messages-import';
import { MAX_IMPORT_ROWS } from '../lib/preview';
import type { ImportPreview, LineIssue } from '../lib/preview';
import styles from './import.module.css';
import { IssuesTable } from './issues-table';

interface Props {
  preview: ImportPreview;
  existing: UseQueryResult<Map<string, PartnerRow>>;
  duplicates: number;
  policy: 'skip' | 'update';
  onPolicy: (policy: 'skip' | 'update') => void;
  pending: boolean;
  refused: LineIssue[] | null;
  failure: unknown;
  onBack: () => void;
  onConfirm: () => void;
  onDropRefused: (issues: LineIssue[]) => void;
}

/** Step 4: what to do with the companies already known, then the one confirmation that writes. */
export function ConfirmStep({ preview, existing, duplicates, policy, onPolicy, pending, refused, failure, onBack, onConfirm, onDropRefused }: Props) {
  const { t } = useI18n();
  const contacts = preview.groups.reduce((n, g) => n + g.contacts.length, 0);
  const count = preview.groups.length;
  const tooMany = count > MAX_IMPORT_ROWS;

  if (existing.isPending)
    return (
      <div aria-busy="true" className={styles.panel}>
        <Skeleton height="5rem" />
        <Skeleton height="1.5rem" width="60%" />
        <Skeleton height="2.5rem" width="16rem" />
      </div>
    );
  if (existing.isError) return <ErrorState error={existing.error} title={t('partnersImport.preview.existingError')} onRetry={() => void existing.refetch()} />;

  return (
    <>
      {duplicates > 0 ? (
        <fieldset className={styles.fieldset}>
          <legend className={styles.legend}>
            {t('partnersImport.confirm.policy')} : {duplicates}
          </legend>
          {(['skip', 'update'] as const).map((p) => (
            <label key={p} className={styles.radio}>
              <input type="radio" name="import-policy" value={p} checked={policy === p} onChange={() => onPolicy(p)} disabled={pending} />
              <span>{t(`partnersImport.confirm.${p}`)}</span>
            </label>
          ))}
        </fieldset>
      ) : (
        <p className={styles.muted}>{t('partnersImport.confirm.noDuplicates')}</p>
      )}
      <p>
        {t('partnersImport.confirm.summary', { created: count - duplicates, existing: duplicates, contacts })}
        {preview.invalidLines.length > 0 && ` ${t('partnersImport.confirm.excluded', { count: preview.invalidLines.length })}`}
      </p>
      <p className={styles.note}>{t('partnersImport.confirm.allOrNothing')}</p>
      {tooMany && <p className={styles.note}>{t('partnersImport.confirm.tooMany', { max: MAX_IMPORT_ROWS })}</p>}

      {refused && (
        <div role="alert" className={styles.alert}>
          <p>
            <strong>{t('partnersImport.confirm.refused')}</strong>
          </p>
          <p>{t('partnersImport.confirm.refusedBody')}</p>
        </div>
      )}
      {refused && refused.length > 0 && (
        <>
          <IssuesTable issues={refused} caption={t('partnersImport.confirm.refusedTable')} />
          <div>
            <button type="button" className="btn" onClick={() => onDropRefused(refused)}>
              {t('partnersImport.confirm.dropRefused')}
            </button>
          </div>
        </>
      )}
      {failure !== null && !refused && (
        <div role="alert" className={styles.alert}>
          <p>
            <strong>{t('partnersImport.confirm.failed')}</strong>
          </p>
          <p>{describeError(t, failure)}</p>
        </div>
      )}

      <div className={styles.actions}>
        <button type="button" className="btn" onClick={onBack} disabled={pending}>
          {t('partnersImport.previous')}
        </button>
        <button type="button" className="btn btn-primary" onClick={onConfirm} disabled={pending || count === 0 || tooMany} aria-busy={pending}>
          {pending ? t('partnersImport.confirm.pending') : t('partnersImport.confirm.button', { count })}
        </button>
      </div>
    </>
  );
}
