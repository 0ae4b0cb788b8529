import { EQUIPMENT_CATEGORIES, RESEARCH_UNITS } from '@/contract/reference';
import type { EquipmentCategory, ResearchUnit } from '@/contract/reference';
import { FilterCheckbox, FilterSelect } from '@/components/ui/filter-field';
import { SearchField, useSearchText } from '@/components/ui/search-box';
import { useI18n } from '@/lib/i18n';
import type { CatalogueQuery } from '../lib/catalogue';
import { equipmentLabel } from '../messages';
import filterBar from '@/components/ui/filter-bar.module.css';
import styles from './equipment.module.css';

/** Search box, category, research unit and "open only", all in the URL. */
export function CatalogueFilters({ query, update, busy }: { query: CatalogueQuery; update: (patch: Partial<CatalogueQuery>) => void; busy: boolean }) {
  const { t } = useI18n();
  const search = useSearchText(query.q, (q) => update({ q }));

  return (
    <div className={`${filterBar.bar} ${styles.toolbar}`}>
      <SearchField
        search={search}
        label={t('equipment.search')}
        placeholder={t('equipment.search.placeholder')}
        className={`${filterBar.field} ${styles.grow}`}
        inputClassName={`${filterBar.input} ${styles.control}`}
      />
      <FilterSelect
        label={t('equipment.filter.category')}
        selectClassName={styles.control}
        value={query.category[0] ?? ''}
        onChange={(v) => update({ category: v ? [v as EquipmentCategory] : [] })}
      >
        <option value="">{t('equipment.filter.any')}</option>
        {EQUIPMENT_CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {t(equipmentLabel.category(c))}
          </option>
        ))}
      </FilterSelect>
      <FilterSelect label={t('equipment.filter.unit')} selectClassName={styles.control} value={query.unit[0] ?? ''} onChange={(v) => update({ unit: v ? [v as ResearchUnit] : [] })}>
        <option value="">{t('equipment.filter.any')}</option>
        {RESEARCH_UNITS.map((u) => (
          <option key={u} value={u}>
            {u}
          </option>
        ))}
      </FilterSelect>
      <FilterCheckbox label={t('equipment.filter.openOnly')} checked={query.openOnly} onChange={(openOnly) => update({ openOnly })} />
      <span className={styles.updating} role="status">
        {busy || search.pending ? t('common.loading') : ''}
      </span>
    </div>
  );
}
