import { useId } from 'react';
import { useI18n } from '@/lib/i18n';
import styles from './import.module.css';

/** Reading or checking a large file: how far it is, for eyes and for screen readers. */
export function ProgressBar({ label, value }: { label: string; value: number }) {
  const { percent } = useI18n();
  const id = useId();
  const now = Math.round(value * 100);
  return (
    <div className={styles.progress}>
      <span id={id}>
        {label} : {percent(value, 0)}
      </span>
      <div role="progressbar" aria-labelledby={id} aria-valuemin={0} aria-valuemax={100} aria-valuenow={now} aria-valuetext={percent(value, 0)} className={styles.progressTrack}>
        <div className={styles.progressBar} style={{ width: `${now}%` }} />
      </div>
    </div>
  );
}
