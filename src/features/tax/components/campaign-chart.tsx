import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { ChartFrame } from '@/components/charts/chart-frame';
import type { ChartColumn } from '@/components/charts/chart-frame';
import { ChartTooltip } from '@/components/charts/chart-tooltip';
import { REFERENCE_COLOR, seriesColor, useChartAnimation } from '@/components/charts/palette';
import { useI18n } from '@/lib/i18n';
import type { ChartRow } from '../lib/campaign';
import { statusKey } from '../lib/labels';
import { campaignTakeaway } from '../lib/takeaways';
import type { CampaignProgress } from '../lib/campaign';
import '../messages';

/** Amounts by status, this campaign beside the previous one. */
export function CampaignChart({
  year,
  rows,
  progress,
  companies,
  loading,
  error,
  onRetry,
}: {
  year: number;
  rows: ChartRow[] | undefined;
  progress: CampaignProgress | null;
  companies: number;
  loading: boolean;
  error: unknown;
  onRetry: () => void;
}) {
  const i18n = useI18n();
  const { t } = i18n;
  const animate = useChartAnimation();
  const y = String(year);
  const previous = String(year - 1);
  const data = rows?.map((r) => ({ ...r, label: t(statusKey(r.status)) }));
  const columns: ChartColumn<NonNullable<typeof data>[number]>[] = [
    { header: t('tax.chart.status'), value: (r) => r.label },
    { header: y, value: (r) => r.current, display: (r) => i18n.euros(r.current), align: 'end' },
    { header: previous, value: (r) => r.previous, display: (r) => i18n.euros(r.previous), align: 'end' },
  ];
  const takeaway = progress ? campaignTakeaway(progress, year, companies, { t, euros: i18n.euros, percent: i18n.percent }) : undefined;
  return (
    <ChartFrame
      title={t('tax.chart.title', { year: y, previous })}
      takeaway={takeaway}
      rows={data}
      columns={columns}
      filename={`taxe-apprentissage-${y}`}
      height={280}
      loading={loading}
      error={error}
      onRetry={onRetry}
    >
      <BarChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 16 }}>
        <CartesianGrid strokeDasharray="3 3" stroke="var(--chart-grid)" vertical={false} />
        <XAxis dataKey="label" tick={{ fill: 'var(--color-text)' }} />
        <YAxis tickFormatter={(v: number) => i18n.euros(v, true)} tick={{ fill: 'var(--color-text-muted)' }} width={80} />
        <Tooltip content={<ChartTooltip format={(v) => i18n.euros(v)} />} cursor={{ fill: 'var(--color-surface-2)' }} />
        <Legend itemSorter={null} />
        <Bar dataKey="current" name={y} fill={seriesColor(0)} radius={[4, 4, 0, 0]} isAnimationActive={animate} />
        <Bar dataKey="previous" name={previous} fill={REFERENCE_COLOR} radius={[4, 4, 0, 0]} isAnimationActive={animate} />
      </BarChart>
    </ChartFrame>
  );
}
