import type { TerritoryStats } from '@/contract/stats';
import type { MessageKey, Vars } from '@/lib/i18n';
import type { Layer } from './layers';
import type { SankeyModel } from './flows';

/** What the takeaways need from i18n: pure, so tests read the very sentence a director reads. */
export interface Say {
  t: (key: MessageKey, vars?: Vars) => string;
  percent: (v: number) => string;
}

const nounKey = (layer: Layer) => `territory.noun.${layer}` as MessageKey;
const inKey = (department: string) => `territory.in.${department}` as MessageKey;

/** "35 % des entreprises partenaires sont dans le Gard ; 20 % sont hors Occitanie." */
export function mapTakeaway(byDepartment: TerritoryStats['byDepartment'], layer: Layer, { t, percent }: Say): string | undefined {
  const total = byDepartment.reduce((s, d) => s + d.count, 0);
  if (total === 0) return undefined;
  const inside = byDepartment.filter((d) => d.department !== 'HO');
  const top = inside.reduce<(typeof inside)[number] | undefined>((best, d) => (!best || d.count > best.count ? d : best), undefined);
  const outside = byDepartment.find((d) => d.department === 'HO')?.count ?? 0;
  if (!top || top.count === 0) return t('territory.map.takeawayAllOutside', { noun: t(nounKey(layer)) });
  const vars = { share: percent(top.count / total), noun: t(nounKey(layer)), where: t(inKey(top.department)), outside: percent(outside / total) };
  return t(outside > 0 ? 'territory.map.takeaway' : 'territory.map.takeawayNoOutside', vars);
}

/** "Relation la plus fréquente : Alternance (34 % des liens) ; 40 % des liens sont dans le Gard." */
export function flowTakeaway(model: SankeyModel, { t, percent }: Say): string | undefined {
  if (model.total === 0) return undefined;
  const topKind = model.kinds[0];
  const topDepartment = model.departments.find((d) => d.code !== 'other');
  if (!topKind || !topDepartment) return undefined;
  return t('territory.flows.takeaway', {
    kind: topKind.name,
    kindShare: percent(topKind.value / model.total),
    share: percent(topDepartment.value / model.total),
    where: topDepartment.code === 'HO' ? t('territory.in.HO') : t(inKey(topDepartment.code)),
  });
}

/** "Nucléaire : 120 entreprises partenaires, dont 64 dans le Gard." for the heat map. */
export function matrixTakeaway(matrix: TerritoryStats['matrix'], layer: Layer, sectorName: (s: string) => string, { t }: Say): string | undefined {
  const bySector = new Map<string, number>();
  for (const c of matrix) bySector.set(c.sector, (bySector.get(c.sector) ?? 0) + c.count);
  const [sector, total] = [...bySector.entries()].reduce<[string, number] | [undefined, 0]>((best, e) => (e[1] > best[1] ? e : best), [undefined, 0]);
  if (!sector || total === 0) return undefined;
  const cell = matrix.filter((c) => c.sector === sector).reduce((best, c) => (c.count > best.count ? c : best));
  return t('territory.matrix.takeaway', { sector: sectorName(sector), total, noun: t(nounKey(layer)), cell: cell.count, where: t(inKey(cell.department)) });
}
