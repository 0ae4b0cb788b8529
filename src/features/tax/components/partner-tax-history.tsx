import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Link } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { TAX_STATUSES } from '@/contract/reference';
import { ChartFrame } from '@/components/charts/chart-frame';
import type { ChartColumn } from '@/components/charts/chart-frame';
import { ChartTooltip } from '@/components/charts/chart-tooltip';
import { useChartAnimation } from '@/components/charts/palette';
import { useI18n } from '@/lib/i18n';
import { EmptyState } from '@/components/feedback/empty-state';
import { ErrorState } from '@/components/feedback/error-state';
import { Skeleton } from '@/components/feedback/skeleton';
import { taxQueries } from '../api';
import { historyRows } from '../lib/campaign';
import type { HistoryRow } from '../lib/campaign';
import { statusKey } from '../lib/labels';
import { historyTakeaway } from '../lib/takeaways';
import { STATUS_ACCENT } from './campaign-summary';
import '../messages';
import styles from './tax.module.css';

/** The company page's "Taxe d’apprentissage" tab: every campaign with this company, as a table and a chart. */
export function PartnerTaxHistory({ partnerId }: { partnerId: string }) {
  const i18n = useI18n();
  const { t } = i18n;
  const animate = useChartAnimation();
  const query = useQuery(taxQueries.byPartner(partnerId));
  const rows = useMemo(() => (query.data ? historyRows(query.data) : undefined), [query.data]);
  const columns: ChartColumn<HistoryRow>[] = [
    { header: t('tax.col.year'), value: (r) => r.year, display: (r) => String(r.year) },
    { header: t('tax.col.status'), value: (r) => t(statusKey(r.status)) },
    { header: t('tax.col.amount'), value: (r) => r.amount, display: (r) => i18n.euros(r.amount), align: 'end' },
  ];

  let table;
  if (query.isPending) table = <Skeleton height="10rem" />;
  else if (query.isError && !query.data) table = <ErrorState error={query.error} title={t('tax.partner.title')} onRetry={() => void query.refetch()} />;
  else if (!rows || rows.length === 0)
    table = <EmptyState title={t('tax.partner.empty')} body={t('tax.partner.emptyBody')} action={<Link to="/apprenticeship-tax">{t('tax.partner.campaign')}</Link>} />;
  else
    table = (
      <table className={styles.simpleTable}>
        <caption className="visually-hidden">{t('tax.partner.title')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tax.col.year')}</th>
            <th scope="col">{t('tax.col.status')}</th>
            <th scope="col" className={styles.end}>
              {t('tax.col.amount')}
            </th>
            <th scope="col">{t('tax.col.updatedAt')}</th>
          </tr>
        </thead>
        <tbody>
          {[...(query.data ?? [])]
            .sort((a, b) => b.year - a.year)
            .map((p) => (
              <tr key={p.id}>
                <th scope="row">
                  <Link to={{ pathname: '/apprenticeship-tax', search: `?year=${p.year}` }}>{p.year}</Link>
                </th>
                <td>{t(statusKey(p.status))}</td>
                <td className={styles.end}>{i18n.euros(p.amount)}</td>
                <td>{i18n.date(p.updatedAt)}</td>
              </tr>
            ))}
        </tbody>
      </table>
    );

  const hasData = !!rows && rows.length > 0;
  return (
    <section aria-labelledby="partner-tax-title" aria-busy={query.isPending || undefined} className={styles.history}>
      <div className={styles.historyHead}>
        <h2 id="partner-tax-title">{t('tax.partner.title')}</h2>
        <Link to="/apprenticeship-tax">{t('tax.partner.campaign')}</Link>
      </div>
      {table}
      {(query.isPending || hasData) && (
        <ChartFrame
          title={t('tax.partner.chart')}
          takeaway={rows ? historyTakeaway(rows, { t, euros: i18n.euros, percent: i18n.percent }) : undefined}
          rows={rows}
          columns={columns}
          filename={`taxe-apprentissage-${partnerId}`}
          height={240}
          loading={query.isPending}
          error={query.isError && !query.data ? query.error : undefined}
          onRetry={() => void query.refetch()}
        >
          <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 16 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="var(--chart-grid)" vertical={false} />
            <XAxis dataKey="year" tick={{ fill: 'var(--color-text)' }} />
            <YAxis tickFormatter={(v: number) => i18n.euros(v, true)} tick={{ fill: 'var(--color-text-muted)' }} width={80} />
            <Tooltip content={<ChartTooltip format={(v) => i18n.euros(v)} />} cursor={{ fill: 'var(--color-surface-2)' }} />
            <Legend itemSorter={null} />
            {TAX_STATUSES.map((s) => (
              <Bar key={s} dataKey={s} stackId="amount" name={t(statusKey(s))} fill={STATUS_ACCENT[s]} isAnimationActive={animate} />
            ))}
          </BarChart>
        </ChartFrame>
      )}
    </section>
  );
}
