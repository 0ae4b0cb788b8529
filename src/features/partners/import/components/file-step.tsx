import { useId, useRef, useState } from 'react';
import type { DragEvent } from 'react';
import { EmptyState } from '@/components/feedback/empty-state';
import { useI18n } from '@/lib/i18n';
import '../messages-import';
import type { LoadedFile, Progress } from '../use-import-flow';
import styles from './import.module.css';
import { ProgressBar } from './progress-bar';

interface Props {
  file: LoadedFile | null;
  error: string | null;
  progress: Progress | null;
  onFile: (file: File) => void;
}

/** Step 1: a labelled file input, and a drop zone that is also a button opening the same picker. */
export function FileStep({ file, error, progress, onFile }: Props) {
  const { t } = useI18n();
  const inputId = useId();
  const helpId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    const dropped = e.dataTransfer.files[0];
    if (dropped) onFile(dropped);
  };

  return (
    <>
      <p className={styles.muted} id={helpId}>
        {t('partnersImport.file.help')}
      </p>
      <div className={styles.field}>
        <label htmlFor={inputId}>{t('partnersImport.file.label')}</label>
        <input
          ref={input}
          id={inputId}
          type="file"
          accept=".csv,.txt,text/csv,text/plain"
          aria-describedby={helpId}
          disabled={progress !== null}
          onChange={(e) => {
            const chosen = e.target.files?.[0];
            // Cleared so that choosing the same file again (after fixing it) reads it again.
            e.target.value = '';
            if (chosen) onFile(chosen);
          }}
        />
      </div>
      <button
        type="button"
        className={`${styles.dropZone} ${over ? styles.dropActive : ''}`}
        disabled={progress !== null}
        onClick={() => input.current?.click()}
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <span className={styles.dropTitle}>{t('partnersImport.file.drop')}</span>
        <span className={styles.dropHint}>{t('partnersImport.file.dropHint')}</span>
      </button>
      {progress && <ProgressBar label={t(progress.label)} value={progress.value} />}
      {error && (
        <div role="alert" className={styles.alert}>
          <p>{error}</p>
        </div>
      )}
      {file && file.csv.records.length === 0 && (
        <EmptyState title={t('partnersImport.file.emptyTitle')} body={t('partnersImport.file.emptyBody', { name: file.name })} />
      )}
    </>
  );
}
