import { useI18n } from '@/lib/i18n';
import type { PartnerCsvField } from '../../lib/csv-columns';
import { unneutraliseCell } from '@/lib/csv';
import '../messages-import';
import { IMPORTABLE_FIELDS, mappingProblems, REQUIRED_FIELDS } from '../lib/mapping';
import type { ColumnMapping } from '../lib/mapping';
import type { LoadedFile, Progress } from '../use-import-flow';
import styles from './import.module.css';
import { ProgressBar } from './progress-bar';
import { ErrorState } from '@/components/feedback/error-state';

interface Props {
  file: LoadedFile;
  mapping: ColumnMapping;
  onChange: (mapping: ColumnMapping) => void;
  progress: Progress | null;
  error: unknown;
  onBack: () => void;
  onCheck: () => void;
}

const DELIMITERS: Record<string, 'semicolon' | 'comma' | 'tab'> = { ';': 'semicolon', ',': 'comma', '\t': 'tab' };
const required = new Set<PartnerCsvField>(REQUIRED_FIELDS);

/** Step 2: which field each column of the file feeds; what the file is (encoding, separator). */
export function MappingStep({ file, mapping, onChange, progress, error, onBack, onCheck }: Props) {
  const { t } = useI18n();
  const fieldName = (f: PartnerCsvField) => t(`partnersImport.field.${f}` as 'partnersImport.field.name');
  const problems = mappingProblems(mapping);
  const blocked = problems.missing.length > 0 || problems.twice.length > 0;
  const delimiter = DELIMITERS[file.csv.delimiter];
  const first = file.csv.records[0]?.cells ?? [];

  return (
    <>
      <p className={styles.muted}>
        {t('partnersImport.file.summary', {
          name: file.name,
          rows: file.csv.records.length,
          encoding: t(`partnersImport.encoding.${file.encoding}`),
          delimiter: delimiter ? t(`partnersImport.delimiter.${delimiter}`) : t('partnersImport.delimiter.other', { value: file.csv.delimiter }),
        })}
      </p>
      <p className={styles.muted}>{t('partnersImport.mapping.intro')}</p>
      <div className={`${styles.scroller} ${styles.scrollerFull}`} tabIndex={0} role="region" aria-label={t('partnersImport.step.mapping')}>
        <table className={styles.table}>
          <thead>
            <tr>
              <th scope="col">{t('partnersImport.mapping.column')}</th>
              <th scope="col">{t('partnersImport.mapping.example')}</th>
              <th scope="col">{t('partnersImport.mapping.field')}</th>
            </tr>
          </thead>
          <tbody>
            {file.csv.headers.map((header, i) => (
              <tr key={i}>
                <th scope="row">{header}</th>
                <td className={styles.value}>{unneutraliseCell(first[i] ?? '')}</td>
                <td>
                  <select
                    aria-label={t('partnersImport.mapping.fieldFor', { header })}
                    value={mapping[i] ?? ''}
                    onChange={(e) => onChange(mapping.map((m, j) => (j === i ? ((e.target.value || null) as PartnerCsvField | null) : m)))}
                  >
                    <option value="">{t('partnersImport.mapping.ignore')}</option>
                    {IMPORTABLE_FIELDS.map((f) => (
                      <option key={f} value={f}>
                        {fieldName(f)}
                        {required.has(f) ? ` ${t('partnersImport.required')}` : ''}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div aria-live="polite">
        {problems.missing.length > 0 && <p className={styles.note}>{t('partnersImport.mapping.missing', { fields: problems.missing.map(fieldName).join(', ') })}</p>}
        {problems.twice.length > 0 && <p className={styles.note}>{t('partnersImport.mapping.twice', { fields: problems.twice.map(fieldName).join(', ') })}</p>}
      </div>
      <p className={styles.muted}>{t('partnersImport.mapping.defaults')}</p>
      {progress && <ProgressBar label={t(progress.label)} value={progress.value} />}
      {error !== null && <ErrorState error={error} title={t('partnersImport.preview.prepareError')} onRetry={onCheck} />}
      <div className={styles.actions}>
        <button type="button" className="btn" onClick={onBack}>
          {t('partnersImport.otherFile')}
        </button>
        <button type="button" className="btn btn-primary" disabled={blocked || progress !== null} onClick={onCheck}>
          {t('partnersImport.mapping.check')}
        </button>
      </div>
    </>
  );
}
