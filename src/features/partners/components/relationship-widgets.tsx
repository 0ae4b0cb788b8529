import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { MessageKey } from '@/lib/i18n';
import { useI18n } from '@/lib/i18n';
import { label } from '@/locales/labels';
import { relationshipQueries } from '../api-detail';
import { RelationshipWidget, widgetStyles as s } from './relationship-widget';
import '../messages-detail';

/** How many items each widget lists before "and N more". */
const SHOWN = 4;

/** One line of a widget: what it is, a status or amount beside it, and its details below. */
interface Line {
  key: string;
  title: ReactNode;
  aside: ReactNode;
  details: ReactNode;
}

/** The latest items of a relationship, the same way in every widget, then "and N more". */
function LatestList<T>({ page, line }: { page: { items: T[]; total: number }; line: (item: T) => Line }) {
  const { t } = useI18n();
  return (
    <>
      <ul className={s.list}>
        {page.items.slice(0, SHOWN).map((item) => {
          const l = line(item);
          return (
            <li key={l.key} className={s.item}>
              <span className={s.primary}>
                <span>{l.title}</span>
                {l.aside}
              </span>
              <p className={s.secondary}>{l.details}</p>
            </li>
          );
        })}
      </ul>
      {page.total > SHOWN && <p className={s.more}>{t('partnerOverview.andMore', { count: page.total - SHOWN })}</p>}
    </>
  );
}

export function ApprenticesWidget({ partnerId }: { partnerId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const query = useQuery(relationshipQueries.contracts(partnerId));
  return (
    <RelationshipWidget
      title={t('relationship.apprentices')}
      query={query}
      summary={(d) => t('relationship.apprentices.count', { count: d.total })}
      isEmpty={(d) => d.total === 0}
      empty={{ title: t('relationship.apprentices.empty'), body: t('relationship.apprentices.emptyBody') }}
    >
      {(d) => (
        <LatestList
          page={d}
          line={(c) => ({
            key: c.id,
            title: `${c.apprenticeFirstName} ${c.apprenticeLastName}`,
            aside: (
              <span className={`${s.status} ${c.status === 'active' ? s.good : c.status === 'broken-off' ? s.warn : ''}`}>
                {t(`contractStatus.${c.status}` as MessageKey)}
              </span>
            ),
            details: (
              <>
                {t(`speciality.${c.speciality}` as MessageKey)} · {t('relationship.apprentices.period', { start: i18n.date(c.start), end: i18n.date(c.end) })}
                {c.tutorName && ` · ${t('relationship.apprentices.tutor', { name: c.tutorName })}`}
              </>
            ),
          })}
        />
      )}
    </RelationshipWidget>
  );
}

export function BookingsWidget({ partnerId }: { partnerId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const query = useQuery(relationshipQueries.bookings(partnerId));
  return (
    <RelationshipWidget
      title={t('relationship.bookings')}
      query={query}
      summary={(d) => t('relationship.bookings.count', { count: d.total })}
      isEmpty={(d) => d.total === 0}
      empty={{ title: t('relationship.bookings.empty'), body: t('relationship.bookings.emptyBody') }}
    >
      {(d) => (
        <LatestList
          page={d}
          line={(b) => ({
            key: b.id,
            title: b.equipmentName,
            aside: (
              <span className={`${s.status} ${b.status === 'confirmed' || b.status === 'completed' ? s.good : ''}`}>{t(`bookingStatus.${b.status}` as MessageKey)}</span>
            ),
            details: (
              <>
                {i18n.date(b.start)}
                {b.invoiced > 0 && ` · ${t('relationship.bookings.invoiced', { amount: i18n.euros(b.invoiced) })}`}
                {b.purpose && ` · ${b.purpose}`}
              </>
            ),
          })}
        />
      )}
    </RelationshipWidget>
  );
}

export function StartupsWidget({ partnerId }: { partnerId: string }) {
  const { t } = useI18n();
  const query = useQuery(relationshipQueries.startups(partnerId));
  return (
    <RelationshipWidget
      title={t('relationship.startups')}
      query={query}
      summary={(d) => t('relationship.startups.count', { count: d.total })}
      isEmpty={(d) => d.total === 0}
      empty={{ title: t('relationship.startups.empty'), body: t('relationship.startups.emptyBody') }}
      rows={2}
    >
      {(d) => (
        <LatestList
          page={d}
          line={(st) => ({
            key: st.id,
            title: st.name,
            aside: <span className={`${s.status} ${st.status === 'closed' ? s.warn : s.good}`}>{t(`startupStatus.${st.status}` as MessageKey)}</span>,
            details: `${t(label.sector(st.sector))} · ${t('relationship.startups.founded', { year: String(st.foundedYear) })} · ${t(`startupLink.${st.link}` as MessageKey)}`,
          })}
        />
      )}
    </RelationshipWidget>
  );
}

export function TaxWidget({ partnerId }: { partnerId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const query = useQuery(relationshipQueries.taxPledges(partnerId));
  return (
    <RelationshipWidget
      title={t('relationship.tax')}
      query={query}
      summary={(d) => t('relationship.tax.count', { count: d.total })}
      isEmpty={(d) => d.total === 0}
      empty={{ title: t('relationship.tax.empty'), body: t('relationship.tax.emptyBody') }}
    >
      {(d) => (
        <LatestList
          page={d}
          line={(p) => ({
            key: p.id,
            title: t('relationship.tax.campaign', { year: String(p.year) }),
            aside: <span className={s.amount}>{i18n.euros(p.amount)}</span>,
            details: <span className={`${s.status} ${p.status === 'received' ? s.good : ''}`}>{t(`taxStatus.${p.status}` as MessageKey)}</span>,
          })}
        />
      )}
    </RelationshipWidget>
  );
}
