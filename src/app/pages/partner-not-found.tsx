import { Link } from 'react-router-dom';
import { useI18n } from '@/lib/i18n';
import styles from './partner-page.module.css';
import '@/features/partners/messages-detail';

/** An address naming no company: say so and lead back to the list, never a blank page. */
export function PartnerNotFound({ id }: { id: string }) {
  const { t } = useI18n();
  return (
    <div className={styles.notFound}>
      <h1 className="page-title">{t('partnerPage.notFound.title')}</h1>
      <p>{t('partnerPage.notFound.body', { id })}</p>
      <Link className="btn btn-primary" to="/partners">
        {t('partnerPage.notFound.back')}
      </Link>
    </div>
  );
}
