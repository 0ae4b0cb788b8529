import '../messages-charts';
import { useQuery } from '@tanstack/react-query';
import { Area, Bar, BarChart, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from 'recharts';
import type { StatsQuery } from '@/contract/queries';
import type { MessageKey } from '@/lib/i18n';
import { useI18n } from '@/lib/i18n';
import { ChartFrame } from '@/components/charts/chart-frame';
import { ChartTooltip } from '@/components/charts/chart-tooltip';
import { seriesColor, TARGET_BAND_COLOR, useChartAnimation } from '@/components/charts/palette';
import { WidgetBoundary } from '@/components/feedback/widget-boundary';
import { overviewQueries } from '../api';
import { equipmentTakeaway, partnerSeries, partnersTakeaway, startupSeries, startupsTakeaway, studentSeries, studentsTakeaway } from '../lib/growth';
import type { TakeawayText } from '../lib/growth';
import styles from './growth-charts.module.css';

/** The four growth charts of the overview: loaded after the tiles, each in its own boundary. */
export default function GrowthCharts({ filters, from }: { filters: StatsQuery; from: number | undefined }) {
  const i18n = useI18n();
  const { t } = i18n;
  const animate = useChartAnimation();
  const growth = useQuery(overviewQueries.growth(filters));
  const g = growth.data;
  const f = { number: (v: number) => i18n.number(v), percent: (v: number) => i18n.percent(v), change: i18n.change };
  const say = (x: TakeawayText | null) => (x ? t(x.key as MessageKey, x.vars) : undefined);
  const state = { loading: growth.isPending, error: growth.error ?? undefined, onRetry: () => void growth.refetch() };
  const num = (v: number) => i18n.number(v);

  const period = { from, to: filters.year };
  const partners = g ? partnerSeries(g, period) : undefined;
  const students = g ? studentSeries(g, period) : undefined;
  const startups = g ? startupSeries(g, period) : undefined;
  // A period without any booking is an empty chart, said as such rather than drawn flat.
  const quarters = g ? (g.equipmentPerQuarter.some((q) => q.hours > 0) ? g.equipmentPerQuarter : []) : undefined;

  return (
    <div className={styles.grid}>
      <WidgetBoundary>
        <ChartFrame
          title={t('growth.partners.title')}
          takeaway={say(partners ? partnersTakeaway(partners, f) : null)}
          rows={partners}
          filename="partenaires-par-annee"
          columns={[
            { header: t('growth.year'), value: (r) => r.label },
            { header: t('growth.partners.new'), value: (r) => r.new, display: (r) => num(r.new), align: 'end' },
            { header: t('growth.partners.active'), value: (r) => r.active, display: (r) => num(r.active), align: 'end' },
          ]}
          {...state}
        >
          <ComposedChart data={partners}>
            <CartesianGrid vertical={false} />
            <XAxis dataKey="label" />
            <YAxis tickFormatter={num} width={56} />
            <Tooltip content={<ChartTooltip format={num} />} />
            <Legend />
            <Bar dataKey="new" name={t('growth.partners.new')} fill={seriesColor(1)} isAnimationActive={animate} />
            <Line dataKey="active" name={t('growth.partners.active')} stroke={seriesColor(0)} strokeWidth={3} dot={{ r: 3 }} isAnimationActive={animate} />
          </ComposedChart>
        </ChartFrame>
      </WidgetBoundary>

      <WidgetBoundary>
        <ChartFrame
          title={t('growth.students.title')}
          takeaway={say(students && g ? studentsTakeaway(students, g, f) : null)}
          rows={students}
          filename="eleves-et-apprentis"
          columns={[
            { header: t('growth.year'), value: (r) => r.label },
            { header: t('growth.students.students'), value: (r) => r.students, display: (r) => num(r.students), align: 'end' },
            { header: t('growth.students.apprentices'), value: (r) => r.apprentices, display: (r) => num(r.apprentices), align: 'end' },
            { header: t('growth.students.share'), value: (r) => r.share, display: (r) => i18n.percent(r.share, 1), align: 'end' },
          ]}
          {...state}
        >
          <ComposedChart data={students}>
            <CartesianGrid vertical={false} />
            <XAxis dataKey="label" />
            <YAxis tickFormatter={num} width={56} />
            <Tooltip content={<ChartTooltip format={num} />} />
            <Legend />
            <Area
              dataKey={(r: { targetLow: number | null; targetHigh: number | null }) => (r.targetLow === null ? null : [r.targetLow, r.targetHigh])}
              name={t('growth.students.target')}
              fill={TARGET_BAND_COLOR}
              fillOpacity={0.18}
              stroke={TARGET_BAND_COLOR}
              strokeDasharray="6 4"
              isAnimationActive={animate}
              connectNulls={false}
            />
            <Bar dataKey="students" name={t('growth.students.students')} fill={seriesColor(0)} isAnimationActive={animate} />
            <Bar dataKey="apprentices" name={t('growth.students.apprentices')} fill={seriesColor(1)} isAnimationActive={animate} />
          </ComposedChart>
        </ChartFrame>
      </WidgetBoundary>

      <WidgetBoundary>
        <ChartFrame
          title={t('growth.equipment.title')}
          takeaway={say(g ? equipmentTakeaway(g.equipmentPerQuarter, f) : null)}
          rows={quarters}
          filename="equipements-par-trimestre"
          columns={[
            { header: t('growth.quarter'), value: (r) => r.quarter },
            { header: t('growth.equipment.hours'), value: (r) => r.hours, display: (r) => num(r.hours), align: 'end' },
            { header: t('growth.equipment.revenue'), value: (r) => r.revenue, display: (r) => i18n.euros(r.revenue), align: 'end' },
          ]}
          {...state}
        >
          <BarChart data={quarters}>
            <CartesianGrid vertical={false} />
            <XAxis dataKey="quarter" />
            <YAxis tickFormatter={num} width={56} />
            <Tooltip content={<ChartTooltip format={(v) => `${num(v)} h`} />} />
            <Bar dataKey="hours" name={t('growth.equipment.hours')} fill={seriesColor(2)} isAnimationActive={animate} />
          </BarChart>
        </ChartFrame>
      </WidgetBoundary>

      <WidgetBoundary>
        <ChartFrame
          title={t('growth.startups.title')}
          takeaway={say(startups ? startupsTakeaway(startups, f) : null)}
          rows={startups}
          filename="start-up-par-annee"
          columns={[
            { header: t('growth.year'), value: (r) => r.year },
            { header: t('growth.startups.created'), value: (r) => r.created, display: (r) => num(r.created), align: 'end' },
            { header: t('growth.startups.alive'), value: (r) => r.alive, display: (r) => num(r.alive), align: 'end' },
          ]}
          {...state}
        >
          <BarChart data={startups}>
            <CartesianGrid vertical={false} />
            <XAxis dataKey="label" />
            <YAxis tickFormatter={num} width={40} allowDecimals={false} />
            <Tooltip content={<ChartTooltip format={num} />} />
            <Legend />
            <Bar dataKey="created" name={t('growth.startups.created')} fill={seriesColor(3)} isAnimationActive={animate} />
            <Bar dataKey="alive" name={t('growth.startups.alive')} fill={seriesColor(2)} isAnimationActive={animate} />
          </BarChart>
        </ChartFrame>
      </WidgetBoundary>
    </div>
  );
}
