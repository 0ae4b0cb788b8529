import { Link } from 'react-router-dom';
import type { ImportResult } from '@/contract/api';
import { useI18n } from '@/lib/i18n';
import '../messages-import';
import styles from './import.module.css';

/** Step 5: what the import did. */
export function ReportStep({ result, excluded, onAgain }: { result: ImportResult; excluded: number; onAgain: () => void }) {
  const { t, number } = useI18n();
  const counts = [
    ['partnersImport.report.created', result.created, styles.countGood],
    ['partnersImport.report.updated', result.updated, ''],
    ['partnersImport.report.skipped', result.skipped, ''],
    ['partnersImport.report.excluded', excluded, excluded ? styles.countBad : ''],
  ] as const;
  return (
    <>
      <p role="status">
        <strong>{t('partnersImport.report.title')}</strong>
      </p>
      <dl className={styles.counts}>
        {counts.map(([key, value, tone]) => (
          <div key={key} className={`${styles.count} ${tone}`}>
            <dt>{t(key)}</dt>
            <dd>{number(value)}</dd>
          </div>
        ))}
      </dl>
      <div className={styles.actions}>
        <Link to="/partners" className="btn btn-primary">
          {t('partnersImport.report.toList')}
        </Link>
        <button type="button" className="btn" onClick={onAgain}>
          {t('partnersImport.report.again')}
        </button>
      </div>
    </>
  );
}
