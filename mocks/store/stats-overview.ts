import type { Kpi, OverviewStats } from '../../src/contract/stats';
import type { StatsQuery } from '../../src/contract/queries';
import { apprenticeCensusDate, isContractActiveOn } from '../../src/domain/apprenticeship';
import { share } from '../../src/domain/growth';
import { SCHOOL_INCUBATOR_BENCHMARK_5Y, survivalRateAt } from '../../src/domain/survival';
import type { Store } from './database';
import {
  activePartnersAt, asOfYear, bookingHours, bookingRevenue, bookingsIn, knownSince, partnerInScope, round, scope,
  startupAliveIn, statsYear, twelveMonthsBefore, yearOf,
} from './stats-common';
import type { InScope } from './stats-common';

type Figure = { value: number; asOf: string };
type YearFigure = (year: number) => Figure;

function kpi(figure: YearFigure, year: number): Kpi {
  const now = figure(year);
  return { value: now.value, previous: figure(year - 1).value, asOf: now.asOf };
}

/** The directors' headline figures for academic year `year` (default: the current one), each beside the year before. */
export function overviewStats(store: Store, q: StatsQuery): OverviewStats {
  const year = statsYear(store, q.year);
  const inScope = scope(q);
  const f = figures(store, inScope);
  const apprenticeShare: YearFigure = (y) => {
    const students = f.students(y).value;
    return { value: round(share(f.apprentices(y).value, students)), asOf: f.apprentices(y).asOf };
  };
  return {
    year,
    asOf: asOfYear(store, year),
    activePartners: kpi(f.activePartners, year),
    companies: kpi(f.companies, year),
    activeApprentices: kpi(f.apprentices, year),
    students: kpi(f.students, year),
    apprenticeShare: kpi(apprenticeShare, year),
    equipmentHours12m: kpi(f.equipmentHours, year),
    equipmentRevenue12m: kpi(f.equipmentRevenue, year),
    startupsAlive: kpi(f.startupsAlive, year),
    startupsCreated: kpi(f.startupsCreated, year),
    survival5y: kpi(f.survival5y, year),
    survivalBenchmark5y: SCHOOL_INCUBATOR_BENCHMARK_5Y,
    doubleDegrees: kpi(f.doubleDegrees, year),
    opportunitiesWon: kpi(f.opportunitiesWon, year),
    taxReceived: kpi(f.taxReceived, year),
  };
}

/** Each headline figure as a function of the academic year, so that "previous" is the same computation. */
export function figures(store: Store, inScope: InScope): Record<
  | 'activePartners' | 'companies' | 'apprentices' | 'students' | 'equipmentHours' | 'equipmentRevenue'
  | 'startupsAlive' | 'startupsCreated' | 'survival5y' | 'doubleDegrees' | 'opportunitiesWon' | 'taxReceived',
  YearFigure
> {
  const partnerOk = partnerInScope(store, inScope);
  const startups = store.startups.rows.filter((s) => inScope(s));
  const asOf = (y: number) => asOfYear(store, y);
  const equipment = (y: number) => bookingsIn(store, twelveMonthsBefore(asOf(y)), asOf(y), (b) => partnerOk(b.partnerId));

  return {
    activePartners: (y) => ({ value: activePartnersAt(store, asOf(y), inScope), asOf: asOf(y) }),
    companies: (y) => ({
      value: store.partners.rows.filter((p) => !p.archived && inScope(p) && knownSince(p) <= asOf(y)).length,
      asOf: asOf(y),
    }),
    apprentices: (y) => {
      const census = apprenticeCensusDate(y);
      const value = store.contracts.rows.filter((c) => isContractActiveOn(c, census) && partnerOk(c.partnerId)).length;
      return { value, asOf: census };
    },
    students: (y) => ({ value: store.data.yearlyFigures.find((r) => r.year === y)?.students ?? 0, asOf: asOf(y) }),
    equipmentHours: (y) => ({ value: round(equipment(y).reduce((s, b) => s + bookingHours(b), 0), 2), asOf: asOf(y) }),
    equipmentRevenue: (y) => ({
      value: round(equipment(y).reduce((s, b) => s + bookingRevenue(b, store.equipment.get(b.equipmentId)), 0), 2),
      asOf: asOf(y),
    }),
    startupsAlive: (y) => ({ value: startups.filter((s) => startupAliveIn(s, yearOf(asOf(y)))).length, asOf: asOf(y) }),
    // A start-up's founding is known to the year only: the academic year Y counts those founded in Y.
    startupsCreated: (y) => ({ value: startups.filter((s) => s.foundedYear === y && `${y}-01-01` <= asOf(y)).length, asOf: asOf(y) }),
    survival5y: (y) => ({ value: round(survivalRateAt(startups, 5, yearOf(asOf(y))) ?? 0), asOf: asOf(y) }),
    doubleDegrees: (y) => ({
      value: store.academic.rows.filter((a) => a.active && a.doubleDegree && a.since <= y).length,
      asOf: asOf(y),
    }),
    opportunitiesWon: (y) => {
      const from = `${y}-09-01`;
      const to = asOf(y);
      const value = store.opportunities.rows
        .filter((o) => o.stage === 'won' && o.closedAt !== null && o.closedAt >= from && o.closedAt <= to && partnerOk(o.partnerId))
        .reduce((s, o) => s + o.amount, 0);
      return { value, asOf: to };
    },
    // The tax campaign of spring Y+1 funds academic year Y (SOLTéA allocations).
    taxReceived: (y) => ({
      value: store.pledges.rows.filter((t) => t.year === y + 1 && t.status === 'received' && partnerOk(t.partnerId)).reduce((s, t) => s + t.amount, 0),
      asOf: asOf(y),
    }),
  };
}
