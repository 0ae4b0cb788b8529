import { useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useI18n } from '@/lib/i18n';
import { ConfirmDialog } from './confirm-dialog';

/**
 * Asks before leaving a form with unsaved changes: links inside the app and the Back button get a
 * dialog; closing or reloading the tab gets the browser's own prompt.
 *
 * The app uses declarative routes (no data-router blocker), so in-app links are caught at the
 * document (capture phase) before the router sees them, and Back is caught with one extra history
 * entry: Back first lands on that entry (same address), which opens the dialog.
 */
export function UnsavedChangesGuard({ when }: { when: boolean }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [pending, setPending] = useState<{ to: string } | { back: true } | null>(null);
  const guardedEntry = useRef(false);

  useEffect(() => {
    if (!when) return;
    const onBeforeUnload = (e: BeforeUnloadEvent) => e.preventDefault();
    const onClick = (e: MouseEvent) => {
      if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
      const link = (e.target as Element | null)?.closest?.('a[href]');
      if (!(link instanceof HTMLAnchorElement) || link.target === '_blank' || link.hasAttribute('download')) return;
      const url = new URL(link.href, window.location.href);
      if (url.origin !== window.location.origin || url.pathname === window.location.pathname) return;
      e.preventDefault();
      e.stopPropagation();
      setPending({ to: url.pathname + url.search + url.hash });
    };
    const onPopState = () => {
      if (!guardedEntry.current) return;
      guardedEntry.current = false;
      setPending({ back: true });
    };
    // The extra entry that Back will consume first (only in a real browser history).
    if (typeof window.history.pushState === 'function' && !guardedEntry.current) {
      window.history.pushState(window.history.state, '', window.location.href);
      guardedEntry.current = true;
    }
    addEventListener('beforeunload', onBeforeUnload);
    document.addEventListener('click', onClick, true);
    addEventListener('popstate', onPopState);
    return () => {
      removeEventListener('beforeunload', onBeforeUnload);
      document.removeEventListener('click', onClick, true);
      removeEventListener('popstate', onPopState);
    };
  }, [when]);

  const stay = () => {
    if (pending && 'back' in pending && window.history.pushState) {
      window.history.pushState(window.history.state, '', window.location.href);
      guardedEntry.current = true;
    }
    setPending(null);
  };
  const leave = () => {
    const target = pending;
    setPending(null);
    if (!target) return;
    if ('back' in target) window.history.back();
    else void navigate(target.to);
  };

  return (
    <ConfirmDialog open={pending !== null} title={t('common.unsavedTitle')} confirmLabel={t('common.leave')} danger onConfirm={leave} onClose={stay}>
      <p>{t('common.unsavedBody')}</p>
    </ConfirmDialog>
  );
}
