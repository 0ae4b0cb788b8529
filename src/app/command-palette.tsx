import { Command } from 'cmdk';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { parseQuery, PartnerListQuery } from '@/contract/queries';
import { partnerQueries } from '@/features/partners/api';
import { useI18n } from '@/lib/i18n';
import { useDebouncedValue } from '@/lib/use-debounced-value';
import { NAV_ITEMS } from './nav';
import { paletteQueries } from './palette-queries';
import styles from './command-palette.module.css';

/**
 * Jump anywhere by typing: a view, a company (searched by the API on name, SIREN, city and
 * contacts), a start-up or an equipment item. Loaded on first use (Ctrl/Cmd+K or the search button), so it costs nothing up front.
 */
export default function CommandPalette({ open, onOpenChange }: { open: boolean; onOpenChange: (open: boolean) => void }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [search, setSearch] = useState('');
  const q = useDebouncedValue(search.trim(), 150);
  const companies = useQuery({
    ...partnerQueries.list(parseQuery(PartnerListQuery, new URLSearchParams({ q, pageSize: '8', archived: 'include' }))),
    enabled: open && q.length >= 2,
  });

  const startups = useQuery({ ...paletteQueries.startups(q), enabled: open && q.length >= 2 });
  const equipment = useQuery({ ...paletteQueries.equipment(q), enabled: open && q.length >= 2 });

  const go = (path: string) => {
    onOpenChange(false);
    setSearch('');
    void navigate(path);
  };
  const needle = search.trim().toLocaleLowerCase('fr');
  const views = NAV_ITEMS.filter((item) => t(item.label).toLocaleLowerCase('fr').includes(needle));

  return (
    <Command.Dialog
      open={open}
      onOpenChange={onOpenChange}
      label={t('palette.title')}
      shouldFilter={false}
      overlayClassName={styles.overlay}
      contentClassName={styles.content}
      className={styles.command}
    >
      <Command.Input value={search} onValueChange={setSearch} placeholder={t('palette.placeholder')} className={styles.input} aria-label={t('palette.placeholder')} />
      <Command.List className={styles.list}>
        {companies.isFetching && q.length >= 2 && <Command.Loading>{t('common.loading')}</Command.Loading>}
        <Command.Empty className={styles.empty}>{q.length >= 2 && companies.isFetching ? t('common.loading') : t('palette.empty')}</Command.Empty>
        {views.length > 0 && (
          <Command.Group heading={t('palette.views')} className={styles.group}>
            {views.map((item) => (
              <Command.Item key={item.path} value={`view:${item.path}`} onSelect={() => go(item.path)} className={styles.item}>
                <span aria-hidden="true" className={styles.icon}>
                  {item.icon}
                </span>
                {t(item.label)}
              </Command.Item>
            ))}
          </Command.Group>
        )}
        {q.length >= 2 && (companies.data?.items.length ?? 0) > 0 && (
          <Command.Group heading={t('palette.companies')} className={styles.group}>
            {companies.data!.items.map((p) => (
              <Command.Item key={p.id} value={`partner:${p.id}`} onSelect={() => go(`/partners/${p.id}`)} className={styles.item}>
                <span aria-hidden="true" className={styles.icon}>
                  ▦
                </span>
                <span className={styles.name}>{p.name}</span>
                <span className={styles.meta}>
                  {p.city}
                  {p.siren ? ` · ${p.siren}` : ''}
                </span>
              </Command.Item>
            ))}
          </Command.Group>
        )}
        {q.length >= 2 && (startups.data?.length ?? 0) > 0 && (
          <Command.Group heading={t('palette.startups')} className={styles.group}>
            {startups.data!.map((s) => (
              <Command.Item key={s.id} value={`startup:${s.id}`} onSelect={() => go(`/incubator?q=${encodeURIComponent(s.name)}`)} className={styles.item}>
                <span aria-hidden="true" className={styles.icon}>
                  ✦
                </span>
                <span className={styles.name}>{s.name}</span>
                <span className={styles.meta}>
                  {s.city} · {s.foundedYear}
                </span>
              </Command.Item>
            ))}
          </Command.Group>
        )}
        {q.length >= 2 && (equipment.data?.length ?? 0) > 0 && (
          <Command.Group heading={t('palette.equipment')} className={styles.group}>
            {equipment.data!.map((e) => (
              <Command.Item key={e.id} value={`equipment:${e.id}`} onSelect={() => go(`/equipment/${e.id}`)} className={styles.item}>
                <span aria-hidden="true" className={styles.icon}>
                  ⚗
                </span>
                <span className={styles.name}>{e.name}</span>
                <span className={styles.meta}>{e.platform}</span>
              </Command.Item>
            ))}
          </Command.Group>
        )}
        {(companies.isError || startups.isError || equipment.isError) && <p className={styles.empty}>{t('error.title')}</p>}
      </Command.List>
    </Command.Dialog>
  );
}
