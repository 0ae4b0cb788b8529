import { lazy, Suspense, useEffect, useState } from 'react';
import { useI18n } from '@/lib/i18n';
import styles from './layout.module.css';

const CommandPalette = lazy(() => import('./command-palette'));

/** Ctrl/Cmd+K anywhere, or the button: opens the palette (its code loads on first use). */
export function CommandPaletteLauncher() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setLoaded(true);
        setOpen((o) => !o);
      }
    };
    addEventListener('keydown', onKey);
    return () => removeEventListener('keydown', onKey);
  }, []);
  return (
    <>
      <button
        type="button"
        className={styles.searchButton}
        onClick={() => {
          setLoaded(true);
          setOpen(true);
        }}
        aria-keyshortcuts="Control+K Meta+K"
      >
        <span aria-hidden="true">⌕</span> {t('palette.open')}
        <kbd className={styles.kbd}>Ctrl K</kbd>
      </button>
      {loaded && (
        <Suspense fallback={null}>
          <CommandPalette open={open} onOpenChange={setOpen} />
        </Suspense>
      )}
    </>
  );
}
