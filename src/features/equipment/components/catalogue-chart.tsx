import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { EquipmentListItem } from '@/contract/api';
import { ChartFrame } from '@/components/charts/chart-frame';
import { ChartTooltip } from '@/components/charts/chart-tooltip';
import { seriesColor, useChartAnimation } from '@/components/charts/palette';
import { useI18n } from '@/lib/i18n';
import { catalogueTakeaway } from '../lib/takeaways';

/** The utilisation of every item shown in the catalogue, most used first. */
export function CatalogueChart({ items, loading, error, onRetry }: { items: readonly EquipmentListItem[] | undefined; loading: boolean; error: unknown; onRetry: () => void }) {
  const i18n = useI18n();
  const { t } = i18n;
  const animate = useChartAnimation();
  const rows = items ? [...items].sort((a, b) => b.utilisation12m - a.utilisation12m) : undefined;
  const height = Math.max(180, (rows?.length ?? 8) * 30 + 40);
  return (
    <ChartFrame
      title={t('equipment.chart.title')}
      takeaway={rows ? catalogueTakeaway(rows, i18n) : undefined}
      rows={rows}
      columns={[
        { header: t('equipment.col.name'), value: (e: EquipmentListItem) => e.name },
        { header: t('equipment.chart.utilisation'), value: (e: EquipmentListItem) => e.utilisation12m, display: (e) => i18n.percent(e.utilisation12m), align: 'end' },
      ]}
      filename="utilisation-equipements"
      height={height}
      loading={loading}
      error={error}
      onRetry={onRetry}
    >
      <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
        <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
        <XAxis type="number" domain={[0, 'auto']} tickFormatter={(v: number) => i18n.percent(v)} stroke="var(--color-text-muted)" fontSize={12} />
        <YAxis type="category" dataKey="name" width={230} stroke="var(--color-text-muted)" fontSize={12} interval={0} />
        <Tooltip cursor={{ fill: 'var(--color-surface-2)' }} content={<ChartTooltip format={(v) => i18n.percent(v)} />} />
        <Bar dataKey="utilisation12m" name={t('equipment.chart.utilisation')} fill={seriesColor(0)} isAnimationActive={animate} barSize={18} />
      </BarChart>
    </ChartFrame>
  );
}
