import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from 'recharts';
import { IMT_ALES_PUBLISHED_5Y } from '@/domain/survival';
import { useI18n } from '@/lib/i18n';
import { ChartFrame } from '@/components/charts/chart-frame';
import type { ChartColumn } from '@/components/charts/chart-frame';
import { ChartTooltip } from '@/components/charts/chart-tooltip';
import { REFERENCE_COLOR, seriesColor, useChartAnimation } from '@/components/charts/palette';
import { startupQueries } from '../api';
import type { Scope } from '../api';
import { ALL_KEY, axisFloor, rateTicks, survivalSeries } from '../lib/survival-series';
import type { SurvivalRow } from '../lib/survival-series';
import { survivalTakeaway } from '../lib/takeaways';
import '../messages';

const REFERENCE_YEARS = 5;

/**
 * Survival 1 to 10 years after founding, all cohorts pooled and by era, against the school's
 * published 88 % and the 72 % of school incubators at 5 years.
 */
export function SurvivalChart({ scope }: { scope: Scope }) {
  const i18n = useI18n();
  const { t } = i18n;
  const animate = useChartAnimation();
  const survival = useQuery(startupQueries.survival(scope));
  const data = survival.data;
  const { rows, series } = useMemo(() => survivalSeries(data?.cohorts ?? []), [data]);
  const benchmark = data?.benchmark5 ?? 0.72;
  const nameOf = (key: string) => series.find((s) => s.key === key)?.label ?? t('incubator.survival.all');
  const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : i18n.percent(v));
  const yearsLabel = (n: number) => t('incubator.survival.yearsValue', { count: n });
  const floor = axisFloor(rows, [benchmark, IMT_ALES_PUBLISHED_5Y]);
  const atReference = (r: SurvivalRow) => r.years === REFERENCE_YEARS;

  const columns: ChartColumn<SurvivalRow>[] = [
    { header: t('incubator.survival.years'), value: (r) => r.years, display: (r) => yearsLabel(r.years) },
    ...series.map((s) => ({
      header: nameOf(s.key),
      value: (r: SurvivalRow) => r[s.key] ?? null,
      display: (r: SurvivalRow) => pct(r[s.key]),
      align: 'end' as const,
    })),
    {
      header: t('incubator.survival.publishedColumn'),
      value: (r) => (atReference(r) ? IMT_ALES_PUBLISHED_5Y : null),
      display: (r) => (atReference(r) ? i18n.percent(IMT_ALES_PUBLISHED_5Y) : '—'),
      align: 'end',
    },
    {
      header: t('incubator.survival.benchmarkColumn'),
      value: (r) => (atReference(r) ? benchmark : null),
      display: (r) => (atReference(r) ? i18n.percent(benchmark) : '—'),
      align: 'end',
    },
  ];

  return (
    <ChartFrame
      title={t('incubator.survival.title')}
      takeaway={data ? survivalTakeaway(i18n, data.at5, benchmark) : undefined}
      rows={data ? rows : undefined}
      columns={columns}
      filename="survie-start-up-par-cohorte"
      height={340}
      loading={survival.isPending}
      error={survival.error}
      onRetry={() => void survival.refetch()}
    >
      <LineChart data={rows} margin={{ top: 16, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" />
        <XAxis dataKey="years" type="number" domain={[1, 10]} ticks={[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]} tickFormatter={(v: number) => yearsLabel(v)} stroke="var(--color-text-muted)" />
        <YAxis domain={[floor, 1]} ticks={rateTicks(floor)} tickFormatter={(v: number) => i18n.percent(v)} stroke="var(--color-text-muted)" width={56} />
        <Tooltip content={<ChartTooltip format={(v) => i18n.percent(v)} labelFormat={(l) => yearsLabel(Number(l))} />} />
        <Legend />
        <ReferenceLine x={REFERENCE_YEARS} stroke={REFERENCE_COLOR} strokeDasharray="2 4" />
        <ReferenceLine
          y={IMT_ALES_PUBLISHED_5Y}
          stroke={REFERENCE_COLOR}
          strokeDasharray="6 3"
          label={{ value: t('incubator.survival.published', { rate: i18n.percent(IMT_ALES_PUBLISHED_5Y) }), position: 'insideBottomLeft', fill: 'var(--color-text)', fontSize: 12 }}
        />
        <ReferenceLine
          y={benchmark}
          stroke={REFERENCE_COLOR}
          strokeDasharray="2 2"
          label={{ value: t('incubator.survival.benchmark', { rate: i18n.percent(benchmark) }), position: 'insideBottomLeft', fill: 'var(--color-text)', fontSize: 12 }}
        />
        {series.map((s, i) => (
          <Line
            key={s.key}
            dataKey={s.key}
            name={nameOf(s.key)}
            type="linear"
            stroke={seriesColor(i)}
            strokeWidth={s.key === ALL_KEY ? 3.5 : 1.75}
            strokeDasharray={s.key === ALL_KEY ? undefined : i % 2 ? '6 3' : undefined}
            dot={s.key === ALL_KEY ? { r: 3 } : false}
            connectNulls={false}
            isAnimationActive={animate}
          />
        ))}
      </LineChart>
    </ChartFrame>
  );
}
