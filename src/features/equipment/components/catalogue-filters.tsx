import { useEffect, useId, useRef, useState } from 'react';
import { EQUIPMENT_CATEGORIES, RESEARCH_UNITS } from '@/contract/reference';
import type { EquipmentCategory, ResearchUnit } from '@/contract/reference';
import { useI18n } from '@/lib/i18n';
import { useDebouncedValue } from '@/lib/url-state';
import type { CatalogueQuery } from '../lib/catalogue';
import { equipmentLabel } from '../messages';
import styles from './equipment.module.css';

const SEARCH_DEBOUNCE_MS = 250;

/**
 * Search box, category, research unit and "open only". The search box keeps what is typed in local
 * state and the URL follows after a pause, so typing is never held up by a fetch.
 */
export function CatalogueFilters({ query, update, busy }: { query: CatalogueQuery; update: (patch: Partial<CatalogueQuery>) => void; busy: boolean }) {
  const { t } = useI18n();
  const searchId = useId();
  const categoryId = useId();
  const unitId = useId();
  const [text, setText] = useState(query.q);
  const sent = useRef(query.q);
  useEffect(() => {
    // A change from elsewhere (clearing the filters, Back) replaces what the box shows.
    if (query.q === sent.current) return;
    sent.current = query.q;
    setText(query.q);
  }, [query.q]);
  const debounced = useDebouncedValue(text, SEARCH_DEBOUNCE_MS);
  useEffect(() => {
    const q = debounced.trim();
    if (q !== sent.current) {
      sent.current = q;
      update({ q });
    }
    // Only a new pause in typing should send; `update` changes identity with the URL.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [debounced]);

  return (
    <div className={styles.toolbar}>
      <form
        role="search"
        className={`${styles.field} ${styles.grow}`}
        onSubmit={(e) => {
          e.preventDefault();
          sent.current = text.trim();
          update({ q: text.trim() });
        }}
      >
        <label htmlFor={searchId}>{t('equipment.search')}</label>
        <input
          id={searchId}
          type="search"
          className={styles.input}
          value={text}
          placeholder={t('equipment.search.placeholder')}
          autoComplete="off"
          onChange={(e) => setText(e.target.value)}
        />
      </form>
      <div className={styles.field}>
        <label htmlFor={categoryId}>{t('equipment.filter.category')}</label>
        <select
          id={categoryId}
          className={styles.select}
          value={query.category[0] ?? ''}
          onChange={(e) => update({ category: e.target.value ? [e.target.value as EquipmentCategory] : [] })}
        >
          <option value="">{t('equipment.filter.any')}</option>
          {EQUIPMENT_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(equipmentLabel.category(c))}
            </option>
          ))}
        </select>
      </div>
      <div className={styles.field}>
        <label htmlFor={unitId}>{t('equipment.filter.unit')}</label>
        <select id={unitId} className={styles.select} value={query.unit[0] ?? ''} onChange={(e) => update({ unit: e.target.value ? [e.target.value as ResearchUnit] : [] })}>
          <option value="">{t('equipment.filter.any')}</option>
          {RESEARCH_UNITS.map((u) => (
            <option key={u} value={u}>
              {u}
            </option>
          ))}
        </select>
      </div>
      <label className={styles.check}>
        <input type="checkbox" checked={query.openOnly} onChange={(e) => update({ openOnly: e.target.checked })} />
        {t('equipment.filter.openOnly')}
      </label>
      <span className={styles.updating} role="status">
        {busy || text.trim() !== query.q ? t('common.loading') : ''}
      </span>
    </div>
  );
}
