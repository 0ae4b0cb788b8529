import type { AcademicPartner } from '@/contract/entities';
import { addMonths, diffDays, monthsBetween } from '@/domain/dates';

/** How soon an agreement must be renewed, as the table marks it. */

export const DUE_WINDOW_MONTHS = 6;

export type RenewalState =
  | { kind: 'none' }
  | { kind: 'overdue' }
  | { kind: 'due'; months: number; days: number };

/**
 * The API's rule (`renewalWithinMonths`): an active partnership whose renewal date falls between
 * today and today + N months. An active one whose date has passed is overdue: it needs it most.
 */
export function renewalState(p: Pick<AcademicPartner, 'active' | 'renewalDate'>, today: string, windowMonths = DUE_WINDOW_MONTHS): RenewalState {
  if (!p.active) return { kind: 'none' };
  if (p.renewalDate < today) return { kind: 'overdue' };
  if (p.renewalDate > addMonths(today, windowMonths)) return { kind: 'none' };
  return { kind: 'due', months: monthsBetween(today, p.renewalDate), days: diffDays(p.renewalDate, today) };
}

export function countDue(partners: readonly Pick<AcademicPartner, 'active' | 'renewalDate'>[], today: string, windowMonths = DUE_WINDOW_MONTHS): number {
  return partners.filter((p) => renewalState(p, today, windowMonths).kind === 'due').length;
}

/** Active double degrees open by a given academic year (the API's `doubleDegrees` figure). */
export function activeDoubleDegrees(partners: readonly Pick<AcademicPartner, 'active' | 'doubleDegree' | 'since'>[], year?: number): number {
  return partners.filter((p) => p.active && p.doubleDegree && (year === undefined || p.since <= year)).length;
}

/** Today as the person in front of the screen sees it (local calendar day). */
export function todayIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
