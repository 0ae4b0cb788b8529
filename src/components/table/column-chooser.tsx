import * as DropdownMenu from '@radix-ui/react-dropdown-menu';
import { useI18n } from '@/lib/i18n';
import menu from '@/components/ui/menu.module.css';
import styles from './column-chooser.module.css';

/** Which columns a table shows; the caller remembers the choice. At least one column stays. */
export function ColumnChooser({ columns, visible, onChange }: { columns: readonly { id: string; header: string }[]; visible: readonly string[]; onChange: (ids: string[]) => void }) {
  const { t } = useI18n();
  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger className="btn">{t('table.columns')}</DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content className={menu.menu} align="end" sideOffset={4}>
          {columns.map((c) => {
            const checked = visible.includes(c.id);
            return (
              <DropdownMenu.CheckboxItem
                key={c.id}
                className={menu.item}
                checked={checked}
                disabled={checked && visible.length === 1}
                onSelect={(e) => e.preventDefault()}
                onCheckedChange={(on) => onChange(on ? columns.map((x) => x.id).filter((id) => id === c.id || visible.includes(id)) : visible.filter((id) => id !== c.id))}
              >
                <span aria-hidden="true" className={styles.check}>
                  {checked ? '✓' : ''}
                </span>
                {c.header}
              </DropdownMenu.CheckboxItem>
            );
          })}
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  );
}
