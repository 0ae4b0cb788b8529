import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { useI18n } from '@/lib/i18n';
import { useUsersById } from '@/lib/users';
import { label } from '@/locales/labels';
import { interactionQueries } from '../api';
import { relationshipQueries } from '../api-detail';
import { todayIso } from '../lib/form-dates';
import { RelationshipWidget, widgetStyles as s } from './relationship-widget';
import '../messages-detail';

const SHOWN = 3;

function TabLink({ tab, children }: { tab: string; children: string }) {
  return (
    <p className={s.more}>
      <Link to={{ search: `?tab=${tab}` }}>{children}</Link>
    </p>
  );
}

export function LatestInteractions({ partnerId }: { partnerId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const query = useQuery(interactionQueries.byPartner(partnerId));
  return (
    <RelationshipWidget
      title={t('partnerOverview.latest')}
      query={query}
      isEmpty={(d) => d.length === 0}
      empty={{ title: t('partnerOverview.latest.empty'), body: t('partnerOverview.latest.emptyBody') }}
    >
      {(d) => (
        <>
          <ul className={s.list}>
            {d.slice(0, SHOWN).map((i) => (
              <li key={i.id} className={s.item}>
                <span className={s.primary}>
                  <span>{t(label.interaction(i.kind))}</span>
                  <span className={s.secondary}>{i18n.date(i.date)}</span>
                </span>
                <p className={`${s.secondary} ${s.summaryText}`}>{i.summary}</p>
              </li>
            ))}
          </ul>
          <TabLink tab="interactions">{t('partnerOverview.latest.all')}</TabLink>
        </>
      )}
    </RelationshipWidget>
  );
}

export function NextTasks({ partnerId }: { partnerId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const users = useUsersById();
  const query = useQuery(relationshipQueries.openTasks(partnerId));
  const today = todayIso();
  return (
    <RelationshipWidget
      title={t('partnerOverview.tasks')}
      query={query}
      isEmpty={(d) => d.items.length === 0}
      empty={{ title: t('partnerOverview.tasks.empty'), body: t('partnerOverview.tasks.emptyBody') }}
    >
      {(d) => (
        <>
          <ul className={s.list}>
            {d.items.slice(0, SHOWN).map((task) => (
              <li key={task.id} className={s.item}>
                <span className={s.primary}>
                  <span>{task.title}</span>
                  {task.due < today && <span className={`${s.status} ${s.warn}`}>{t('partnerOverview.tasks.overdue')}</span>}
                </span>
                <p className={s.secondary}>
                  {t('partnerOverview.tasks.due', { date: i18n.date(task.due) })}
                  {users.get(task.ownerId) && ` · ${users.get(task.ownerId)!.name}`}
                </p>
              </li>
            ))}
          </ul>
          <TabLink tab="tasks">{t('partnerOverview.tasks.all')}</TabLink>
        </>
      )}
    </RelationshipWidget>
  );
}

export function OpenOpportunities({ partnerId }: { partnerId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const query = useQuery(relationshipQueries.openOpportunities(partnerId));
  return (
    <RelationshipWidget
      title={t('partnerOverview.opportunities')}
      query={query}
      summary={(d) => t('partnerOverview.opportunities.total', { amount: i18n.euros(d.items.reduce((sum, o) => sum + o.amount, 0)) })}
      isEmpty={(d) => d.items.length === 0}
      empty={{ title: t('partnerOverview.opportunities.empty'), body: t('partnerOverview.opportunities.emptyBody') }}
    >
      {(d) => (
        <>
          <ul className={s.list}>
            {d.items.slice(0, SHOWN).map((o) => (
              <li key={o.id} className={s.item}>
                <span className={s.primary}>
                  <span>{o.title}</span>
                  <span className={s.amount}>{i18n.euros(o.amount)}</span>
                </span>
                <p className={s.secondary}>
                  {t(label.opportunityStage(o.stage))} · {t(label.opportunityKind(o.kind))} ·{' '}
                  {t('partnerOverview.opportunities.close', { date: i18n.date(o.expectedClose) })}
                </p>
              </li>
            ))}
          </ul>
          <TabLink tab="opportunities">{t('partnerOverview.opportunities.all')}</TabLink>
        </>
      )}
    </RelationshipWidget>
  );
}
