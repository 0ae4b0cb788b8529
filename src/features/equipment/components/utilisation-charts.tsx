import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { UtilisationStats } from '@/contract/stats';
import { ChartFrame } from '@/components/charts/chart-frame';
import { ChartTooltip } from '@/components/charts/chart-tooltip';
import { seriesColor, useChartAnimation } from '@/components/charts/palette';
import { WidgetBoundary } from '@/components/feedback/widget-boundary';
import { useI18n } from '@/lib/i18n';
import { label } from '@/locales/labels';
import { equipmentQueries } from '../api';
import { monthLabel, monthsTakeaway, monthTick, partnersTakeaway, sectorsTakeaway, topPartners } from '../lib/takeaways';
import styles from './equipment.module.css';
import page from './item-page.module.css';

type MonthRow = UtilisationStats['months'][number];
type SectorRow = UtilisationStats['bySector'][number] & { label: string };
type PartnerRow = UtilisationStats['byPartner'][number];

const AXIS = { stroke: 'var(--color-text-muted)', fontSize: 12 } as const;

/** Booked hours per month, hours by sector of the booking companies, revenue by company. */
export function UtilisationCharts({ equipmentId }: { equipmentId: string }) {
  const i18n = useI18n();
  const { t, locale } = i18n;
  const animate = useChartAnimation();
  const stats = useQuery(equipmentQueries.utilisation(equipmentId));
  const common = { loading: stats.isPending, error: stats.error ?? undefined, onRetry: () => void stats.refetch() };
  const data = stats.data;
  const sectors: SectorRow[] | undefined = data?.bySector.map((s) => ({ ...s, label: t(label.sector(s.sector)) }));
  const partners = data ? topPartners(data) : undefined;
  const hours = (v: number) => t('equipment.hoursValue', { value: i18n.number(v) });

  return (
    <section className={page.section} aria-labelledby="equipment-stats-title">
      <h2 id="equipment-stats-title" className={page.sectionTitle}>
        {t('equipment.stats.title')}
      </h2>
      <div className={styles.charts}>
        <div className={styles.chartWide}>
          <WidgetBoundary>
            <ChartFrame<MonthRow>
              {...common}
              title={t('equipment.stats.hoursPerMonth')}
              takeaway={data ? monthsTakeaway(data, i18n) : undefined}
              rows={data?.months}
              filename="heures-par-mois"
              height={260}
              columns={[
                { header: t('equipment.stats.month'), value: (m) => m.month, display: (m) => monthLabel(locale, m.month) },
                { header: t('equipment.stats.hours'), value: (m) => m.hours, display: (m) => i18n.number(m.hours, 1), align: 'end' },
                { header: t('equipment.stats.revenue'), value: (m) => m.revenue, display: (m) => i18n.euros(m.revenue), align: 'end' },
              ]}
            >
              <BarChart data={data?.months} margin={{ top: 8, right: 16, bottom: 4, left: 0 }}>
                <CartesianGrid vertical={false} stroke="var(--chart-grid)" />
                <XAxis dataKey="month" tickFormatter={(m: string) => monthTick(locale, m)} {...AXIS} />
                <YAxis tickFormatter={(v: number) => i18n.number(v)} width={48} {...AXIS} />
                <Tooltip cursor={{ fill: 'var(--color-surface-2)' }} content={<ChartTooltip format={hours} labelFormat={(m) => monthLabel(locale, String(m))} />} />
                <Bar dataKey="hours" name={t('equipment.stats.hours')} fill={seriesColor(0)} isAnimationActive={animate} />
              </BarChart>
            </ChartFrame>
          </WidgetBoundary>
        </div>
        <WidgetBoundary>
          <ChartFrame<SectorRow>
            {...common}
            title={t('equipment.stats.bySector')}
            takeaway={data ? sectorsTakeaway(data, i18n) : undefined}
            rows={sectors}
            filename="heures-par-secteur"
            height={Math.max(200, (sectors?.length ?? 5) * 32 + 40)}
            columns={[
              { header: t('equipment.stats.sector'), value: (s) => s.label },
              { header: t('equipment.stats.hours'), value: (s) => s.hours, display: (s) => i18n.number(s.hours, 1), align: 'end' },
            ]}
          >
            <BarChart data={sectors} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
              <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
              <XAxis type="number" tickFormatter={(v: number) => i18n.number(v)} {...AXIS} />
              <YAxis type="category" dataKey="label" width={150} interval={0} {...AXIS} />
              <Tooltip cursor={{ fill: 'var(--color-surface-2)' }} content={<ChartTooltip format={hours} />} />
              <Bar dataKey="hours" name={t('equipment.stats.hours')} fill={seriesColor(2)} isAnimationActive={animate} barSize={18} />
            </BarChart>
          </ChartFrame>
        </WidgetBoundary>
        <WidgetBoundary>
          <ChartFrame<PartnerRow>
            {...common}
            title={t('equipment.stats.byPartner')}
            takeaway={data ? partnersTakeaway(data, i18n) : undefined}
            rows={partners}
            filename="chiffre-affaires-par-entreprise"
            height={Math.max(200, (partners?.length ?? 5) * 32 + 40)}
            columns={[
              {
                header: t('equipment.stats.company'),
                value: (p) => p.name,
                display: (p) => <Link to={`/partners/${encodeURIComponent(p.partnerId)}`}>{p.name}</Link>,
              },
              { header: t('equipment.stats.revenue'), value: (p) => p.revenue, display: (p) => i18n.euros(p.revenue), align: 'end' },
              { header: t('equipment.stats.hours'), value: (p) => p.hours, display: (p) => i18n.number(p.hours, 1), align: 'end' },
            ]}
          >
            <BarChart data={partners} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
              <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
              <XAxis type="number" tickFormatter={(v: number) => i18n.euros(v, true)} {...AXIS} />
              <YAxis type="category" dataKey="name" width={170} interval={0} {...AXIS} />
              <Tooltip cursor={{ fill: 'var(--color-surface-2)' }} content={<ChartTooltip format={(v) => i18n.euros(v)} />} />
              <Bar dataKey="revenue" name={t('equipment.stats.revenue')} fill={seriesColor(1)} isAnimationActive={animate} barSize={18} />
            </BarChart>
          </ChartFrame>
        </WidgetBoundary>
      </div>
    </section>
  );
}
