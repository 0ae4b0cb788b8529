import { useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { AuditEntry } from '@/contract/auth';
import { EmptyState } from '@/components/feedback/empty-state';
import { ErrorState } from '@/components/feedback/error-state';
import { Skeleton } from '@/components/feedback/skeleton';
import { Pagination } from '@/components/table/pagination';
import { INTL_LOCALES } from '@/lib/format';
import { useI18n } from '@/lib/i18n';
import type { MessageKey } from '@/lib/i18n';
import { useUsersById } from '@/lib/users';
import { AUDIT_PAGE_SIZE, auditQueries } from '../api';
import { formatValue } from '../lib/format-value';
import type { ValueContext } from '../lib/format-value';
import { fieldKey } from '../messages';
import styles from './history.module.css';

/** Date and time on the school's clock (Paris), whatever the reader's machine says. */
function useDateTime() {
  const { locale } = useI18n();
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(INTL_LOCALES[locale], { timeZone: 'Europe/Paris', day: '2-digit', month: '2-digit', year: 'numeric' });
    const time = new Intl.DateTimeFormat(INTL_LOCALES[locale], { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' });
    return (iso: string) => ({ date: date.format(new Date(iso)), time: time.format(new Date(iso)) });
  }, [locale]);
}

/**
 * The company page's "Historique" (server mode): every recorded write on the company and what
 * relates to it, newest first — who, when, what, and each field's value before and after.
 */
export function PartnerHistory({ partnerId }: { partnerId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [page, setPage] = useState(1);
  const query = useQuery(auditQueries.byPartner(partnerId, page));
  const users = useUsersById();
  const dateTime = useDateTime();
  const ctx: ValueContext = {
    t,
    number: i18n.number,
    euros: i18n.euros,
    date: i18n.date,
    dateTime: (iso) => t('audit.at', dateTime(iso)),
    userName: (id) => users.get(id)?.name,
  };
  const data = query.data;

  let body;
  if (query.isPending) {
    body = (
      <div aria-hidden="true" className={styles.list}>
        {Array.from({ length: 4 }, (_, i) => (
          <Skeleton key={i} height="4.5rem" />
        ))}
      </div>
    );
  } else if (query.isError && !data) {
    body = <ErrorState error={query.error} title={t('audit.loadError')} onRetry={() => void query.refetch()} />;
  } else if (!data || data.total === 0) {
    body = <EmptyState title={t('audit.empty')} body={t('audit.emptyBody')} />;
  } else {
    body = (
      <>
        <ol className={styles.list} aria-busy={query.isPlaceholderData || undefined}>
          {data.items.map((entry) => (
            <HistoryEntry key={entry.id} entry={entry} when={dateTime(entry.at)} ctx={ctx} />
          ))}
        </ol>
        {data.total > AUDIT_PAGE_SIZE && <Pagination page={page} pageSize={AUDIT_PAGE_SIZE} total={data.total} onPage={setPage} label={t('audit.pagination')} />}
      </>
    );
  }

  return (
    <section aria-labelledby="partner-history-title" aria-busy={query.isPending || undefined} className={styles.history}>
      <div className={styles.head}>
        <h2 id="partner-history-title" className={styles.title}>
          {t('audit.title')}
        </h2>
        {data && data.total > 0 && <span className={styles.muted}>{t('audit.count', { count: data.total })}</span>}
      </div>
      <p className={styles.muted}>{t('audit.intro')}</p>
      {body}
    </section>
  );
}

function HistoryEntry({ entry, when, ctx }: { entry: AuditEntry; when: { date: string; time: string }; ctx: ValueContext }) {
  const { t } = ctx;
  const value = (field: string, v: unknown) => formatValue(entry.entity, field, v, ctx);
  return (
    <li className={styles.entry}>
      <p className={styles.line}>
        <strong>{t(`audit.action.${entry.action}` as MessageKey)}</strong>
        <span className={styles.label}>{entry.label}</span>
      </p>
      <p className={`${styles.line} ${styles.muted}`}>
        <time dateTime={entry.at}>{t('audit.at', when)}</time>
        <span>{t('audit.by', { name: entry.userName })}</span>
      </p>
      {entry.changes.length > 0 && (
        <ul className={styles.changes} aria-label={t('audit.changes')}>
          {entry.changes.map((c) => {
            const key = fieldKey(c.field);
            return (
              <li key={c.field}>
                <span className={styles.field}>{key ? t(key) : c.field}</span>
                {' : '}
                {/* A creation has no "before", a deletion no "after": only what there is. */}
                {entry.action === 'create' || entry.action === 'import' ? (
                  value(c.field, c.after)
                ) : entry.action === 'delete' ? (
                  value(c.field, c.before)
                ) : (
                  <>
                    <span className={styles.before}>{value(c.field, c.before)}</span>
                    {' → '}
                    <span>{value(c.field, c.after)}</span>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </li>
  );
}
