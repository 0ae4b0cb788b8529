import type { Kpi, OverviewStats } from '../../src/contract/stats';
import type { StatsQuery } from '../../src/contract/queries';
import { apprenticeCensusDate, isContractActiveOn } from '../../src/domain/apprenticeship';
import { round } from '../../src/domain/booking-time';
import { share } from '../../src/domain/growth';
import { comparableCutoff, startupAliveIn, yearAsOf, yearOf } from '../../src/domain/statistics';
import { SCHOOL_INCUBATOR_BENCHMARK_5Y, survivalRateAt } from '../../src/domain/survival';
import type { Store } from './database';
import {
  activePartnersAt, asOfYear, bookingsIn, bookingTime, companiesKnownAt, countStartups, expandStartups, partnerInScope, scope,
  statsYear, twelveMonthsBefore,
} from './stats-common';
import type { InScope, StartupCount } from './stats-common';

/** An academic year's headline figures, unrounded: what each implementation counts in its own storage. */
export type YearValues = {
  activePartners: number;
  companies: number;
  /** Contracts running on the year's census date (1 October). */
  apprentices: number;
  students: number;
  equipmentHours: number;
  equipmentRevenue: number;
  startupsAlive: number;
  startupsCreated: number;
  /** Pooled 5-year survival; null when no start-up is old enough. */
  survival5y: number | null;
  doubleDegrees: number;
  opportunitiesWon: number;
  taxReceived: number;
};

/** The directors' headline figures for academic year `year` (default: the current one), each beside the year before. */
export function overviewStats(store: Store, q: StatsQuery): OverviewStats {
  const year = statsYear(store, q.year);
  const values = yearValues(store, scope(q));
  return overviewAnswer(store.today, year, values(year), values(year - 1, comparableCutoff(store.today)));
}

/** The answer from the figures of the year and of the year before (rounding and dates are decided here). */
export function overviewAnswer(today: string, year: number, now: YearValues, before: YearValues): OverviewStats {
  const asOf = yearAsOf(today, year);
  const census = apprenticeCensusDate(year);
  const kpi = (figure: (v: YearValues) => number, at = asOf): Kpi => ({ value: figure(now), previous: figure(before), asOf: at });
  return {
    year,
    asOf,
    activePartners: kpi((v) => v.activePartners),
    companies: kpi((v) => v.companies),
    activeApprentices: kpi((v) => v.apprentices, census),
    students: kpi((v) => v.students),
    apprenticeShare: kpi((v) => round(share(v.apprentices, v.students)), census),
    equipmentHours12m: kpi((v) => round(v.equipmentHours, 2)),
    equipmentRevenue12m: kpi((v) => round(v.equipmentRevenue, 2)),
    startupsAlive: kpi((v) => v.startupsAlive),
    startupsCreated: kpi((v) => v.startupsCreated),
    survival5y: kpi((v) => round(v.survival5y ?? 0)),
    survivalBenchmark5y: SCHOOL_INCUBATOR_BENCHMARK_5Y,
    doubleDegrees: kpi((v) => v.doubleDegrees),
    opportunitiesWon: kpi((v) => v.opportunitiesWon),
    taxReceived: kpi((v) => v.taxReceived),
  };
}

/** The start-up figures of academic year `year`, from the start-ups in scope. */
export function startupValues(startups: readonly StartupCount[], year: number, asOf: string): Pick<YearValues, 'startupsAlive' | 'startupsCreated' | 'survival5y'> {
  const calendarYear = yearOf(asOf);
  let alive = 0;
  let created = 0;
  for (const s of startups) {
    if (startupAliveIn(s, calendarYear)) alive += s.count;
    // A start-up's founding is known to the year only: the academic year Y counts those founded in Y.
    if (s.foundedYear === year && `${year}-01-01` <= asOf) created += s.count;
  }
  return { startupsAlive: alive, startupsCreated: created, survival5y: survivalRateAt(expandStartups(startups), 5, calendarYear) };
}

/**
 * Each year's figures counted over the store, so that "previous" is the same computation; flows
 * (deals won, tax received) stop at `flowsUntil` when given (see comparableCutoff).
 */
function yearValues(store: Store, inScope: InScope): (year: number, flowsUntil?: string) => YearValues {
  const partnerOk = partnerInScope(store, inScope);
  const startups = countStartups(store.startups.rows.filter((s) => inScope(s)));
  return (y, flowsUntil) => {
    const asOf = asOfYear(store, y);
    const wonUntil = flowsUntil !== undefined && flowsUntil < asOf ? flowsUntil : asOf;
    const census = apprenticeCensusDate(y);
    const equipment = bookingsIn(store, twelveMonthsBefore(asOf), asOf, (b) => partnerOk(b.partnerId)).map((b) => bookingTime(store, b));
    const wonFrom = `${y}-09-01`;
    return {
      activePartners: activePartnersAt(store, asOf, inScope),
      companies: companiesKnownAt(store, asOf, inScope),
      apprentices: store.contracts.rows.filter((c) => isContractActiveOn(c, census) && partnerOk(c.partnerId)).length,
      students: store.data.yearlyFigures.find((r) => r.year === y)?.students ?? 0,
      equipmentHours: equipment.reduce((s, b) => s + b.hours, 0),
      equipmentRevenue: equipment.reduce((s, b) => s + b.revenue, 0),
      ...startupValues(startups, y, asOf),
      doubleDegrees: store.academic.rows.filter((a) => a.active && a.doubleDegree && a.since <= y).length,
      opportunitiesWon: store.opportunities.rows
        .filter((o) => o.stage === 'won' && o.closedAt !== null && o.closedAt >= wonFrom && o.closedAt <= wonUntil && partnerOk(o.partnerId))
        .reduce((s, o) => s + o.amount, 0),
      // The tax campaign of spring Y+1 funds academic year Y (SOLTéA allocations).
      taxReceived: store.pledges.rows
        .filter((t) => t.year === y + 1 && t.status === 'received' && (flowsUntil === undefined || t.updatedAt.slice(0, 10) <= flowsUntil) && partnerOk(t.partnerId))
        .reduce((s, t) => s + t.amount, 0),
    };
  };
}
