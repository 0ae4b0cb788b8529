import '../messages';
import { Sankey, Tooltip } from 'recharts';
import type { UseQueryResult } from '@tanstack/react-query';
import { RELATIONSHIP_KINDS } from '@/contract/reference';
import type { TerritoryStats } from '@/contract/stats';
import { useI18n } from '@/lib/i18n';
import { ChartFrame } from '@/components/charts/chart-frame';
import { ChartTooltip } from '@/components/charts/chart-tooltip';
import { REFERENCE_COLOR, seriesColor } from '@/components/charts/palette';
import { departmentLabel, label } from '@/locales/labels';
import { buildSankey, sankeyRows } from '../lib/flows';
import type { SankeyNodeModel } from '../lib/flows';
import { flowTakeaway } from '../lib/takeaways';
import styles from './territory.module.css';

const HEIGHT = 460;
const kindColour = (kind: string) => seriesColor(Math.max(0, RELATIONSHIP_KINDS.indexOf(kind as (typeof RELATIONSHIP_KINDS)[number])));

interface NodeShapeProps {
  x: number;
  y: number;
  width: number;
  height: number;
  payload: SankeyNodeModel & { value: number };
  format: (v: number) => string;
}

/** A node and its name: departments and sectors labelled on their right, kinds on their left. */
function NodeShape({ x, y, width, height, payload, format }: NodeShapeProps) {
  const fill = payload.column === 'kind' ? kindColour(payload.code) : payload.column === 'sector' ? 'var(--chart-5)' : 'var(--chart-1)';
  const right = payload.column !== 'kind';
  return (
    <g>
      <rect x={x} y={y} width={width} height={Math.max(height, 1)} fill={fill} />
      <text className={styles.flowLabel} x={right ? x + width + 6 : x - 6} y={y + height / 2} dy="0.35em" textAnchor={right ? 'start' : 'end'}>
        {payload.name} · {format(payload.value)}
      </text>
    </g>
  );
}

/** Territory → sector → relationship kind for partner companies, through ChartFrame. */
export function FlowChart({ query }: { query: UseQueryResult<TerritoryStats> }) {
  const i18n = useI18n();
  const { t } = i18n;
  const num = (v: number) => i18n.number(v);
  const model = query.data
    ? buildSankey(query.data.flows, {
        department: (code) => departmentLabel(code, t('department.HO')),
        sector: (code) => t(label.sector(code)),
        kind: (code) => t(label.kind(code)),
        otherDepartments: t('territory.flows.otherDepartments'),
        otherSectors: t('territory.flows.otherSectors'),
      })
    : undefined;
  const rows = model ? sankeyRows(model) : undefined;
  const data = model && {
    nodes: model.nodes,
    links: model.links.map((l) => {
      const target = model.nodes[l.target]!;
      return target.column === 'kind'
        ? { ...l, stroke: kindColour(target.code), strokeOpacity: 0.45 }
        : { ...l, stroke: REFERENCE_COLOR, strokeOpacity: 0.22 };
    }),
  };

  return (
    <div className={styles.flows}>
      <ChartFrame
        title={t('territory.flows.title')}
        takeaway={model ? flowTakeaway(model, { t, percent: (v) => i18n.percent(v) }) : undefined}
        rows={rows}
        filename="flux-territoires-secteurs-relations"
        height={HEIGHT}
        loading={query.isPending}
        error={query.isError && !query.data ? query.error : undefined}
        onRetry={() => void query.refetch()}
        columns={[
          { header: t('territory.flows.from'), value: (r) => r.from },
          { header: t('territory.flows.to'), value: (r) => r.to },
          { header: t('territory.flows.links'), value: (r) => r.value, display: (r) => num(r.value), align: 'end' },
        ]}
      >
        <Sankey
          data={data ?? { nodes: [], links: [] }}
          nodePadding={14}
          nodeWidth={12}
          margin={{ top: 10, right: 10, bottom: 10, left: 10 }}
          node={(props) => <NodeShape {...(props as unknown as Omit<NodeShapeProps, 'format'>)} format={num} />}
          link={{ fill: 'none' }}
        >
          <Tooltip content={<ChartTooltip format={num} />} />
        </Sankey>
      </ChartFrame>
      <p className={styles.flowNote}>{t('territory.flows.subtitle')}</p>
    </div>
  );
}
