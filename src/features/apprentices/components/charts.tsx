import { useQuery } from '@tanstack/react-query';
import { Bar, BarChart, CartesianGrid, Cell, Legend, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '@/components/charts/chart-frame';
import { ChartTooltip } from '@/components/charts/chart-tooltip';
import { REFERENCE_COLOR, seriesColor, useChartAnimation } from '@/components/charts/palette';
import { academicYearLabel } from '@/domain/dates';
import { useI18n } from '@/lib/i18n';
import { contractQueries, yearlyFiguresQuery } from '../api';
import { cohortSeries, SHARE_REFERENCE, shareSeries, SPECIALITIES } from '../lib/census';
import { cohortChartTakeaway, shareChartTakeaway } from '../lib/takeaways';
import type { TakeawayText } from '../lib/takeaways';
import { specialityShortKey } from '../messages';

function useFormatters() {
  const i18n = useI18n();
  const say = (x: TakeawayText) => i18n.t(x.key, x.vars);
  const f = { number: (v: number) => i18n.number(v), percent: (v: number) => i18n.percent(v), change: (v: number) => i18n.change(v) };
  return { i18n, say, f };
}

/** Contracts signed per cohort, stacked by speciality, over the whole history. */
export function CohortChart({ year }: { year: number }) {
  const { i18n, say, f } = useFormatters();
  const { t } = i18n;
  const animate = useChartAnimation();
  const query = useQuery(contractQueries.history());
  const rows = query.data
    ? cohortSeries(query.data).map((r) => ({ cohort: String(r.cohort), ...r.counts, total: r.total, year: r.cohort }))
    : undefined;
  const series = query.data ? cohortSeries(query.data) : [];
  const num = (v: number) => i18n.number(v);
  type Row = NonNullable<typeof rows>[number];

  return (
    <ChartFrame
      title={t('apprentices.cohortChart.title')}
      takeaway={rows ? say(cohortChartTakeaway(series, year, f)) : undefined}
      rows={rows}
      filename="contrats-par-promotion"
      loading={query.isPending}
      error={query.error ?? undefined}
      onRetry={() => void query.refetch()}
      columns={[
        { header: t('apprentices.col.cohort'), value: (r: Row) => r.year },
        ...SPECIALITIES.map((s) => ({ header: t(specialityShortKey(s)), value: (r: Row) => r[s], display: (r: Row) => num(r[s]), align: 'end' as const })),
        { header: t('apprentices.cohortChart.total'), value: (r: Row) => r.total, display: (r: Row) => num(r.total), align: 'end' as const },
      ]}
    >
      <BarChart data={rows}>
        <CartesianGrid vertical={false} />
        <XAxis dataKey="cohort" />
        <YAxis tickFormatter={num} width={48} allowDecimals={false} />
        <Tooltip content={<ChartTooltip format={num} labelFormat={(l) => t('apprentices.cohort', { year: String(l) })} />} />
        <Legend />
        {SPECIALITIES.map((s, i) => (
          <Bar key={s} dataKey={s} stackId="cohort" name={t(specialityShortKey(s))} fill={seriesColor(i)} isAnimationActive={animate} />
        ))}
      </BarChart>
    </ChartFrame>
  );
}

/** The apprentices' share of the students per academic year, against the 30 % mark. */
export function ShareChart({ year }: { year: number }) {
  const { i18n, say, f } = useFormatters();
  const { t } = i18n;
  const animate = useChartAnimation();
  const query = useQuery(yearlyFiguresQuery());
  const series = query.data ? shareSeries(query.data) : undefined;
  const rows = series?.map((r) => ({ ...r, label: academicYearLabel(r.year) }));
  const pct = (v: number) => i18n.percent(v);
  const top = Math.max(0.4, ...(series ?? []).map((r) => Math.ceil(r.share * 10) / 10));
  type Row = NonNullable<typeof rows>[number];

  return (
    <ChartFrame
      title={t('apprentices.shareChart.title')}
      takeaway={series ? say(shareChartTakeaway(series, year, f)) : undefined}
      rows={rows}
      filename="part-des-apprentis"
      loading={query.isPending}
      error={query.error ?? undefined}
      onRetry={() => void query.refetch()}
      columns={[
        { header: t('apprentices.shareChart.year'), value: (r: Row) => r.label },
        { header: t('apprentices.shareChart.students'), value: (r: Row) => r.students, display: (r: Row) => i18n.number(r.students), align: 'end' },
        { header: t('apprentices.shareChart.apprentices'), value: (r: Row) => r.apprentices, display: (r: Row) => i18n.number(r.apprentices), align: 'end' },
        { header: t('apprentices.shareChart.share'), value: (r: Row) => Math.round(r.share * 1000) / 1000, display: (r: Row) => i18n.percent(r.share, 1), align: 'end' },
      ]}
    >
      <BarChart data={rows}>
        <CartesianGrid vertical={false} />
        <XAxis dataKey="label" />
        <YAxis tickFormatter={pct} width={52} domain={[0, top]} />
        <Tooltip content={<ChartTooltip format={(v) => i18n.percent(v, 1)} />} />
        <Legend />
        <Bar dataKey="share" name={t('apprentices.shareChart.share')} fill={seriesColor(0)} isAnimationActive={animate}>
          {/* The selected year stands out; the others stay readable. */}
          {rows?.map((r) => <Cell key={r.year} fillOpacity={r.year === year ? 1 : 0.55} />)}
        </Bar>
        <ReferenceLine y={SHARE_REFERENCE} stroke={REFERENCE_COLOR} strokeDasharray="6 4" label={{ value: t('apprentices.shareChart.reference'), position: 'insideTopLeft', fill: REFERENCE_COLOR }} />
      </BarChart>
    </ChartFrame>
  );
}
