import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '@/lib/i18n';
import { ChartFrame } from '@/components/charts/chart-frame';
import type { ChartColumn } from '@/components/charts/chart-frame';
import { ChartTooltip } from '@/components/charts/chart-tooltip';
import { seriesColor, useChartAnimation } from '@/components/charts/palette';
import { startupQueries } from '../api';
import type { Scope } from '../api';
import { startupsPerYear } from '../lib/startup-series';
import type { YearRow } from '../lib/startup-series';
import { perYearTakeaway } from '../lib/takeaways';
import '../messages';

/** Start-ups founded each year, split into those still in business today and those closed since. */
export function PerYearChart({ scope }: { scope: Scope }) {
  const i18n = useI18n();
  const { t } = i18n;
  const animate = useChartAnimation();
  const startups = useQuery(startupQueries.everything(scope));
  const rows = useMemo(() => (startups.data ? startupsPerYear(startups.data) : undefined), [startups.data]);
  const columns: ChartColumn<YearRow>[] = [
    { header: t('incubator.perYear.year'), value: (r) => r.year },
    { header: t('incubator.perYear.created'), value: (r) => r.created, display: (r) => i18n.number(r.created), align: 'end' },
    { header: t('incubator.perYear.alive'), value: (r) => r.alive, display: (r) => i18n.number(r.alive), align: 'end' },
    { header: t('incubator.perYear.closed'), value: (r) => r.closed, display: (r) => i18n.number(r.closed), align: 'end' },
  ];
  return (
    <ChartFrame
      title={t('incubator.perYear.title')}
      takeaway={rows ? perYearTakeaway(i18n, rows) : undefined}
      rows={rows}
      columns={columns}
      filename="start-up-creees-par-annee"
      loading={startups.isPending}
      error={startups.error}
      onRetry={() => void startups.refetch()}
    >
      <BarChart data={rows} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="year" stroke="var(--color-text-muted)" minTickGap={12} />
        <YAxis allowDecimals={false} stroke="var(--color-text-muted)" width={40} />
        <Tooltip content={<ChartTooltip format={(v) => i18n.number(v)} />} cursor={{ fill: 'var(--color-surface-2)' }} />
        <Legend />
        <Bar dataKey="alive" name={t('incubator.perYear.alive')} stackId="y" fill={seriesColor(0)} isAnimationActive={animate} />
        <Bar dataKey="closed" name={t('incubator.perYear.closed')} stackId="y" fill={seriesColor(1)} isAnimationActive={animate} />
      </BarChart>
    </ChartFrame>
  );
}
