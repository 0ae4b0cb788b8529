import { useQuery } from '@tanstack/react-query';
import type { MessageKey } from '@/lib/i18n';
import { useI18n } from '@/lib/i18n';
import { label } from '@/locales/labels';
import { relationshipQueries } from '../api-detail';
import { RelationshipWidget, widgetStyles as s } from './relationship-widget';
import '../messages-detail';

/** How many items each widget lists before "and N more". */
const SHOWN = 4;

function More({ total }: { total: number }) {
  const { t } = useI18n();
  if (total <= SHOWN) return null;
  return <p className={s.more}>{t('partnerOverview.andMore', { count: total - SHOWN })}</p>;
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
        <>
          <ul className={s.list}>
            {d.items.slice(0, SHOWN).map((c) => (
              <li key={c.id} className={s.item}>
                <span className={s.primary}>
                  <span>
                    {c.apprenticeFirstName} {c.apprenticeLastName}
                  </span>
                  <span className={`${s.status} ${c.status === 'active' ? s.good : c.status === 'broken-off' ? s.warn : ''}`}>
                    {t(`contractStatus.${c.status}` as MessageKey)}
                  </span>
                </span>
                <p className={s.secondary}>
                  {t(`speciality.${c.speciality}` as MessageKey)} · {t('relationship.apprentices.period', { start: i18n.date(c.start), end: i18n.date(c.end) })}
                  {c.tutorName && ` · ${t('relationship.apprentices.tutor', { name: c.tutorName })}`}
                </p>
              </li>
            ))}
          </ul>
          <More total={d.total} />
        </>
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
        <>
          <ul className={s.list}>
            {d.items.slice(0, SHOWN).map((b) => (
              <li key={b.id} className={s.item}>
                <span className={s.primary}>
                  <span>{b.equipmentName}</span>
                  <span className={`${s.status} ${b.status === 'confirmed' || b.status === 'completed' ? s.good : ''}`}>
                    {t(`bookingStatus.${b.status}` as MessageKey)}
                  </span>
                </span>
                <p className={s.secondary}>
                  {i18n.date(b.start)}
                  {b.invoiced > 0 && ` · ${t('relationship.bookings.invoiced', { amount: i18n.euros(b.invoiced) })}`}
                  {b.purpose && ` · ${b.purpose}`}
                </p>
              </li>
            ))}
          </ul>
          <More total={d.total} />
        </>
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
        <>
          <ul className={s.list}>
            {d.items.slice(0, SHOWN).map((st) => (
              <li key={st.id} className={s.item}>
                <span className={s.primary}>
                  <span>{st.name}</span>
                  <span className={`${s.status} ${st.status === 'closed' ? s.warn : s.good}`}>{t(`startupStatus.${st.status}` as MessageKey)}</span>
                </span>
                <p className={s.secondary}>
                  {t(label.sector(st.sector))} · {t('relationship.startups.founded', { year: String(st.foundedYear) })} · {t(`startupLink.${st.link}` as MessageKey)}
                </p>
              </li>
            ))}
          </ul>
          <More total={d.total} />
        </>
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
        <>
          <ul className={s.list}>
            {d.items.slice(0, SHOWN).map((p) => (
              <li key={p.id} className={s.item}>
                <span className={s.primary}>
                  <span>{t('relationship.tax.campaign', { year: String(p.year) })}</span>
                  <span className={s.amount}>{i18n.euros(p.amount)}</span>
                </span>
                <p className={s.secondary}>
                  <span className={`${s.status} ${p.status === 'received' ? s.good : ''}`}>{t(`taxStatus.${p.status}` as MessageKey)}</span>
                </p>
              </li>
            ))}
          </ul>
          <More total={d.total} />
        </>
      )}
    </RelationshipWidget>
  );
}
