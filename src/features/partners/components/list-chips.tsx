import { memo } from 'react';
import type { PartnerListQuery } from '@/contract/queries';
import { useI18n } from '@/lib/i18n';
import { useUsersById } from '@/lib/users';
import { departmentLabel, label } from '@/locales/labels';
import { activeChips } from '../lib/list-filters';
import type { ChipLabels } from '../lib/list-filters';
import '../messages-list';
import filterBar from '@/components/ui/filter-bar.module.css';
import styles from './list-filters.module.css';

const NAME_KEYS = {
  q: 'partnersList.filter.search',
  sector: 'partnersList.filter.sector',
  department: 'partnersList.filter.department',
  stage: 'partnersList.filter.stage',
  kind: 'partnersList.filter.kind',
  owner: 'partnersList.filter.owner',
  tag: 'partnersList.filter.tag',
  hostsApprentices: 'partnersList.filter.hostsApprentices',
  inactiveMonths: 'partnersList.filter.inactive',
  archived: 'partnersList.filter.archived',
} as const;

/**
 * The active filters at a glance, each removable on its own, and one button to clear them all.
 * Memoised: the page re-renders with the same query while a request runs.
 */
export const ListChips = memo(function ListChips({ query, update, onClear }: { query: PartnerListQuery; update: (patch: Partial<PartnerListQuery>) => void; onClear: () => void }) {
  const { t } = useI18n();
  const users = useUsersById();
  const labels: ChipLabels = {
    name: (key) => t(NAME_KEYS[key]),
    value: (key, value) => {
      switch (key) {
        case 'sector': return t(label.sector(value));
        case 'department': return departmentLabel(value, t('department.HO'));
        case 'stage': return t(label.stage(value));
        case 'kind': return t(label.kind(value));
        case 'owner': return users.get(value)?.name ?? value;
        default: return value;
      }
    },
    inactive: (months) => t('partnersList.filter.inactiveChip', { count: months }),
    archived: (mode) => t(`partnersList.filter.archived.${mode}`),
  };
  const chips = activeChips(query, labels);
  if (!chips.length) return null;
  return (
    <div className={filterBar.chips}>
      <h2 className="visually-hidden">{t('partnersList.activeFilters')}</h2>
      <ul className={styles.chipList}>
        {chips.map((chip) => (
          <li key={chip.id} className={filterBar.chip}>
            <span>{chip.label}</span>
            <button type="button" className={filterBar.chipRemove} aria-label={t('partnersList.removeFilter', { filter: chip.label })} onClick={() => update(chip.patch)}>
              <span aria-hidden="true">×</span>
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className={`btn ${filterBar.clear}`} onClick={onClear}>
        {t('common.clearFilters')}
      </button>
    </div>
  );
});
