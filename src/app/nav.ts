import type { MessageKey } from '@/lib/i18n';

/**
 * The views of PRODUCT.md, in navigation order. Only views that exist are listed: a view joins
 * the navigation in the same change that builds it.
 */
export interface NavItem {
  path: string;
  label: MessageKey;
  icon: string;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { path: '/', label: 'nav.overview', icon: '◧' },
  { path: '/partners', label: 'nav.partners', icon: '▦' },
  { path: '/opportunities', label: 'nav.opportunities', icon: '⇥' },
  { path: '/tasks', label: 'nav.tasks', icon: '✓' },
  { path: '/apprentices', label: 'nav.apprentices', icon: '◎' },
  { path: '/equipment', label: 'nav.equipment', icon: '⚗' },
  { path: '/incubator', label: 'nav.incubator', icon: '✦' },
  { path: '/territory', label: 'nav.territory', icon: '◈' },
  { path: '/academic', label: 'nav.academic', icon: '⌂' },
  { path: '/events', label: 'nav.events', icon: '◷' },
  { path: '/apprenticeship-tax', label: 'nav.tax', icon: '€' },
  { path: '/settings', label: 'nav.settings', icon: '⚙' },
];
