import { useI18n } from '@/lib/i18n';
import '../messages-import';
import type { LineIssue } from '../lib/preview';
import styles from './import.module.css';

const SHOWN = 500;

/** Each refused cell: its line as in the file, its column, what it holds, and why (as text, never HTML). */
export function IssuesTable({ issues, caption }: { issues: readonly LineIssue[]; caption: string }) {
  const { t, number } = useI18n();
  const shown = issues.slice(0, SHOWN);
  return (
    <>
      {issues.length > SHOWN && <p className={styles.muted}>{t('partnersImport.preview.issuesShown', { shown: SHOWN, total: issues.length })}</p>}
      {/* Focusable so that a keyboard can scroll a long list. */}
      <div className={styles.scroller} tabIndex={0} role="region" aria-label={caption}>
        <table className={styles.table}>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className={styles.num}>
                {t('partnersImport.preview.line')}
              </th>
              <th scope="col">{t('partnersImport.preview.column')}</th>
              <th scope="col">{t('partnersImport.preview.value')}</th>
              <th scope="col">{t('partnersImport.preview.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((issue, i) => (
              <tr key={`${issue.line}-${issue.column}-${i}`}>
                <td className={styles.num}>{number(issue.line)}</td>
                <td>{issue.column}</td>
                <td className={styles.value}>{issue.value}</td>
                <td>{issue.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
