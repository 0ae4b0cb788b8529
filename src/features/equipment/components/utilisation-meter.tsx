import { useI18n } from '@/lib/i18n';
import styles from './equipment.module.css';

/** "34 %" with a small bar; the bar is decoration, the figure is what is read. */
export function UtilisationMeter({ value }: { value: number }) {
  const { percent } = useI18n();
  const share = Math.max(0, Math.min(1, value));
  return (
    <span className={styles.utilisation}>
      <span className={styles.utilisationValue}>{percent(share)}</span>
      <span className={styles.meter} aria-hidden="true">
        <span className={styles.meterFill} style={{ width: `${share * 100}%` }} />
      </span>
    </span>
  );
}
