import { lazy, Suspense, useEffect, useSyncExternalStore } from 'react';
import type * as SonnerModule from 'sonner';

/**
 * Toasts come from sonner, loaded on the first notification only: nothing of it weighs on the
 * first load. `notify` waits until the toaster is mounted so that no message is lost.
 */
type Sonner = typeof SonnerModule;
let sonner: Promise<Sonner> | null = null;
let wanted = false;
let mounted: (() => void) | null = null;
let mountedPromise: Promise<void> | null = null;
const listeners = new Set<() => void>();

function ensureToaster(): Promise<Sonner> {
  if (!sonner) {
    sonner = import('sonner');
    mountedPromise = new Promise<void>((resolve) => (mounted = resolve));
    wanted = true;
    listeners.forEach((l) => l());
  }
  return Promise.all([sonner, mountedPromise]).then(([m]) => m);
}

export interface NotifyAction {
  label: string;
  onClick: () => void;
}

export const notify = {
  success(message: string, action?: NotifyAction) {
    void ensureToaster().then((m) => m.toast.success(message, action ? { action } : undefined));
  },
  error(message: string, action?: NotifyAction) {
    void ensureToaster().then((m) => m.toast.error(message, action ? { action, duration: 8000 } : { duration: 8000 }));
  },
  info(message: string) {
    void ensureToaster().then((m) => m.toast(message));
  },
};

const LazyToaster = lazy(() => import('sonner').then((m) => ({ default: m.Toaster })));

function MountSignal() {
  useEffect(() => {
    mounted?.();
  }, []);
  return null;
}

export function ToastHost({ theme }: { theme: 'light' | 'dark' }) {
  const isWanted = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => wanted,
  );
  if (!isWanted) return null;
  return (
    <Suspense fallback={null}>
      <LazyToaster theme={theme} position="bottom-right" richColors closeButton />
      <MountSignal />
    </Suspense>
  );
}
