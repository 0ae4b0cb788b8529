import { isIsoDate } from '@/domain/dates';
import { useI18n } from '@/lib/i18n';
import { payBand } from '../lib/contract-form';
import formStyles from '@/components/ui/form-dialog.module.css';
import styles from './form.module.css';

const YEAR_KEYS = ['apprentices.pay.year1', 'apprentices.pay.year2', 'apprentices.pay.year3'] as const;

/** "Rémunération minimale : 53 % du SMIC la 1re année, 61 % la 2e, 78 % la 3e (21 ans au début du contrat)". */
export function PayBand({ birthDate, start, end }: { birthDate: string; start: string; end: string }) {
  const { t, percent } = useI18n();
  const band = payBand(birthDate, start, end);
  return (
    <div className={styles.pay} aria-live="polite">
      {band ? (
        <>
          <p className={styles.payLine}>
            {t('apprentices.pay.lead')}
            <strong>{band.percents.map((p, i) => t(YEAR_KEYS[i]!, { percent: percent(p / 100) })).join(', ')}</strong> {t('apprentices.pay.age', { age: band.age })}
          </p>
          <p className={formStyles.hint}>{t('apprentices.pay.note')}</p>
        </>
      ) : (
        <p className={formStyles.hint}>{t(isIsoDate(birthDate) && isIsoDate(start) ? 'apprentices.pay.outOfRange' : 'apprentices.pay.pending')}</p>
      )}
    </div>
  );
}
