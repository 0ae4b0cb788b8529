import type { EquipmentDetail } from '@/contract/api';
import { useI18n } from '@/lib/i18n';
import { formatDateTime } from '../lib/paris-time';
import { equipmentLabel } from '../messages';
import { formatRate } from './catalogue-table';
import { UtilisationMeter } from './utilisation-meter';
import styles from './equipment.module.css';
import page from './item-page.module.css';

/** Name, what it does, where it is, what it costs, how busy it is. */
export function ItemHeader({ item }: { item: EquipmentDetail }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  return (
    <header className={page.header}>
      <div className={page.headerMain}>
        <p className={page.kicker}>{t(equipmentLabel.category(item.category))}</p>
        <h1 className="page-title">{item.name}</h1>
        <p className={page.description}>{item.description}</p>
      </div>
      <dl className={page.facts}>
        <div>
          <dt>{t('equipment.item.platform')}</dt>
          <dd>{item.platform}</dd>
        </div>
        <div>
          <dt>{t('equipment.item.unit')}</dt>
          <dd>{item.researchUnit}</dd>
        </div>
        <div>
          <dt>{t('equipment.item.rate')}</dt>
          <dd>
            {formatRate(i18n, item)} <span className={styles.muted}>HT</span>
          </dd>
        </div>
        <div>
          <dt>{t('equipment.col.open')}</dt>
          <dd>
            <span className={`${styles.badge} ${item.openToCompanies ? styles.badgeOpen : styles.badgeClosed}`}>
              {item.openToCompanies ? t('equipment.item.open') : t('equipment.item.closed')}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('equipment.item.utilisation')}</dt>
          <dd>
            <UtilisationMeter value={item.utilisation12m} />
          </dd>
        </div>
        <div>
          <dt>{t('equipment.item.nextFree')}</dt>
          <dd>{item.nextFreeSlot ? formatDateTime(locale, item.nextFreeSlot) : t('equipment.noFreeSlot')}</dd>
        </div>
      </dl>
    </header>
  );
}
