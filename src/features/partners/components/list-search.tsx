import { SearchField, useSearchText } from '@/components/ui/search-box';
import { useI18n } from '@/lib/i18n';
import '../messages-list';
import filterBar from '@/components/ui/filter-bar.module.css';
import styles from './list-page.module.css';

/**
 * The list's search box, which says when the list is updating: while what is typed waits for its
 * pause, and while the request runs (`busy`).
 */
export function ListSearch({ value, onSearch, busy }: { value: string; onSearch: (q: string) => void; busy: boolean }) {
  const { t } = useI18n();
  const search = useSearchText(value, onSearch);
  return (
    <SearchField
      search={search}
      label={t('partnersList.search')}
      placeholder={t('partnersList.search.placeholder')}
      className={styles.search}
      labelClassName={styles.searchLabel}
      inputClassName={`${filterBar.input} ${styles.searchInput}`}
      spellCheck={false}
    >
      <span className={styles.updating} role="status">
        {(busy || search.pending) && (
          <>
            <span aria-hidden="true" className={styles.spinner} />
            {t('partnersList.updating')}
          </>
        )}
      </span>
    </SearchField>
  );
}
