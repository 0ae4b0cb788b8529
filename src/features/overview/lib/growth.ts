import type { GrowthStats } from '@/contract/stats';
import { growthRate } from '@/domain/growth';
import { formatAcademicYear } from '@/lib/format';

/**
 * The overview's growth series and the one-line takeaway of each chart, computed from the API's
 * answer: pure, so that what a director reads is tested against the data.
 */
export interface Formatters {
  number: (v: number) => string;
  percent: (v: number) => string;
  change: (rate: number) => string;
}

export const yearLabel = (year: number) => formatAcademicYear(year);

/** The chosen period: from `from` (inclusive, when set) up to the selected academic year `to`. */
export interface Period {
  from?: number | undefined;
  to?: number | undefined;
}
export function within<T extends { year: number }>(rows: readonly T[], { from, to }: Period): T[] {
  return rows.filter((r) => (from === undefined || r.year >= from) && (to === undefined || r.year <= to));
}

export type PartnerPoint = GrowthStats['partnersPerYear'][number] & { label: string };
export function partnerSeries(g: GrowthStats, period: Period = {}): PartnerPoint[] {
  return within(g.partnersPerYear, period).map((r) => ({ ...r, label: yearLabel(r.year) }));
}

export type StudentPoint = GrowthStats['studentsPerYear'][number] & { label: string; targetLow: number | null; targetHigh: number | null };
/** Students and apprentices, with the national goal (+20 to +30 % of engineers) as a band from its base year. */
export function studentSeries(g: GrowthStats, period: Period = {}): StudentPoint[] {
  return within(g.studentsPerYear, period).map((r) => ({
    ...r,
    label: yearLabel(r.year),
    targetLow: r.year >= g.target.baseYear ? g.target.low : null,
    targetHigh: r.year >= g.target.baseYear ? g.target.high : null,
  }));
}

export type StartupPoint = GrowthStats['startupsPerYear'][number] & { label: string; survival: number };
export function startupSeries(g: GrowthStats, period: Period = {}): StartupPoint[] {
  // Start-ups are counted by calendar year of creation; academic year Y ends in Y + 1.
  return within(g.startupsPerYear, { from: period.from, to: period.to === undefined ? undefined : period.to + 1 }).map((r) => ({ ...r, label: String(r.year), survival: r.created === 0 ? 0 : r.alive / r.created }));
}

export type TakeawayText = { key: string; vars: Record<string, string> };

export function partnersTakeaway(rows: readonly PartnerPoint[], f: Formatters): TakeawayText | null {
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (!first || !last) return null;
  const rate = growthRate(last.active, first.active);
  return {
    key: 'growth.partners.takeaway',
    vars: { active: f.number(last.active), year: last.label, change: rate === null ? '—' : f.change(rate), from: first.label },
  };
}

export function studentsTakeaway(rows: readonly StudentPoint[], g: GrowthStats, f: Formatters): TakeawayText | null {
  const last = rows[rows.length - 1];
  if (!last || g.target.baseStudents === 0) return null;
  const rate = (last.students - g.target.baseStudents) / g.target.baseStudents;
  const key = last.year === g.target.baseYear
    ? 'growth.students.base'
    : last.students >= g.target.high ? 'growth.students.above' : last.students >= g.target.low ? 'growth.students.within' : 'growth.students.below';
  return {
    key,
    vars: { students: f.number(last.students), year: last.label, change: f.change(rate), base: yearLabel(g.target.baseYear), share: f.percent(last.share) },
  };
}

export function equipmentTakeaway(quarters: GrowthStats['equipmentPerQuarter'], f: Formatters): TakeawayText | null {
  if (quarters.length < 4) return null;
  const sum = (xs: readonly { hours: number }[]) => xs.reduce((a, q) => a + q.hours, 0);
  const last4 = sum(quarters.slice(-4));
  const prev4 = quarters.length >= 8 ? sum(quarters.slice(-8, -4)) : null;
  const rate = growthRate(last4, prev4);
  if (last4 === 0) return { key: 'growth.equipment.none', vars: {} };
  return { key: 'growth.equipment.takeaway', vars: { hours: f.number(last4), change: rate === null ? '—' : f.change(rate) } };
}

export function startupsTakeaway(rows: readonly StartupPoint[], f: Formatters): TakeawayText | null {
  const first = rows[0];
  if (!first) return null;
  const created = rows.reduce((a, r) => a + r.created, 0);
  const alive = rows.reduce((a, r) => a + r.alive, 0);
  return { key: 'growth.startups.takeaway', vars: { created: f.number(created), from: first.label, alive: f.number(alive), share: f.percent(created ? alive / created : 0) } };
}
