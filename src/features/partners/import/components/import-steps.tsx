import { useI18n } from '@/lib/i18n';
import '../messages-import';
import { STEPS } from '../use-import-flow';
import type { Step } from '../use-import-flow';
import styles from './import.module.css';

/** Where the person is in the import; the steps already done can be gone back to. */
export function ImportSteps({ current, onGoTo }: { current: Step; onGoTo: (step: Step) => void }) {
  const { t } = useI18n();
  const at = STEPS.indexOf(current);
  const finished = current === 'report';
  return (
    <nav aria-label={t('partnersImport.steps')}>
      <ol className={styles.steps}>
        {STEPS.map((step, i) => {
          const name = t(`partnersImport.step.${step}`);
          const number = <span className={styles.stepNumber} aria-hidden="true">{i + 1}</span>;
          if (i === at)
            return (
              <li key={step} className={`${styles.step} ${styles.stepCurrent}`} aria-current="step">
                {number}
                {name} <span className="visually-hidden">{t('partnersImport.stepCurrent')}</span>
              </li>
            );
          if (i < at && !finished)
            return (
              <li key={step}>
                <button type="button" className={`${styles.step} ${styles.stepDone}`} onClick={() => onGoTo(step)}>
                  {number}
                  {name} <span className="visually-hidden">{t('partnersImport.stepDone')}</span>
                </button>
              </li>
            );
          return (
            <li key={step} className={styles.step}>
              {number}
              {name}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
