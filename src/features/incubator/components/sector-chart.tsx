import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '@/lib/i18n';
import { label } from '@/locales/labels';
import { ChartFrame } from '@/components/charts/chart-frame';
import type { ChartColumn } from '@/components/charts/chart-frame';
import { ChartTooltip } from '@/components/charts/chart-tooltip';
import { seriesColor, useChartAnimation } from '@/components/charts/palette';
import { startupQueries } from '../api';
import type { Scope } from '../api';
import { bySector } from '../lib/startup-series';
import type { SectorRow } from '../lib/startup-series';
import { sectorTakeaway } from '../lib/takeaways';
import '../messages';

type Row = SectorRow & { name: string };

/** Jobs, or funds raised, by sector of the start-ups: horizontal bars, largest first. */
export function SectorChart({ scope, by }: { scope: Scope; by: 'jobs' | 'funds' }) {
  const i18n = useI18n();
  const { t } = i18n;
  const animate = useChartAnimation();
  const startups = useQuery(startupQueries.everything(scope));
  const rows = useMemo<Row[] | undefined>(
    () => (startups.data ? bySector(startups.data, by).map((r) => ({ ...r, name: t(label.sector(r.sector)) })) : undefined),
    [startups.data, by, t],
  );
  const format = (v: number) => (by === 'jobs' ? i18n.number(v) : i18n.euros(v, true));
  const columns: ChartColumn<Row>[] = [
    { header: t('incubator.sector.sector'), value: (r) => r.name },
    { header: t('incubator.sector.startups'), value: (r) => r.startups, display: (r) => i18n.number(r.startups), align: 'end' },
    { header: t('incubator.sector.jobs'), value: (r) => r.jobs, display: (r) => i18n.number(r.jobs), align: 'end' },
    { header: t('incubator.sector.funds'), value: (r) => r.funds, display: (r) => i18n.euros(r.funds), align: 'end' },
  ];
  const title = t(by === 'jobs' ? 'incubator.sector.jobsTitle' : 'incubator.sector.fundsTitle');
  return (
    <ChartFrame
      title={title}
      takeaway={rows ? sectorTakeaway(i18n, rows, by) : undefined}
      rows={rows}
      columns={columns}
      filename={by === 'jobs' ? 'emplois-par-secteur' : 'fonds-leves-par-secteur'}
      loading={startups.isPending}
      error={startups.error}
      onRetry={() => void startups.refetch()}
    >
      <BarChart data={rows} layout="vertical" margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
        <CartesianGrid stroke="var(--chart-grid)" strokeDasharray="3 3" horizontal={false} />
        <XAxis type="number" tickFormatter={format} stroke="var(--color-text-muted)" allowDecimals={false} />
        <YAxis type="category" dataKey="name" width={150} stroke="var(--color-text-muted)" interval={0} tick={{ fontSize: 12 }} />
        <Tooltip content={<ChartTooltip format={format} />} cursor={{ fill: 'var(--color-surface-2)' }} />
        <Bar
          dataKey={by}
          name={t(by === 'jobs' ? 'incubator.sector.jobs' : 'incubator.sector.funds')}
          fill={seriesColor(by === 'jobs' ? 2 : 3)}
          isAnimationActive={animate}
        />
      </BarChart>
    </ChartFrame>
  );
}
