import type { StartupRow } from '@/contract/api';
import type { I18n } from '@/lib/i18n';
import '../messages';

/** Words of a start-up's status and link to the school, shared by the table, cards and CSV. */
export function statusText(t: I18n['t'], s: Pick<StartupRow, 'status' | 'closedYear'>): string {
  if (s.status === 'closed') return s.closedYear === null ? t('incubator.status.closed') : t('incubator.status.closedIn', { year: String(s.closedYear) });
  return t(s.status === 'acquired' ? 'incubator.status.acquired' : 'incubator.status.active');
}

export function linkText(t: I18n['t'], link: StartupRow['link']): string {
  return t(link === 'alumni' ? 'incubator.link.alumni' : 'incubator.link.incubated');
}
