import type { ApprenticeshipContract, YearlyFigures } from '../../src/contract/entities';
import type { Sector, Speciality } from '../../src/contract/reference';
import { SECTORS } from '../../src/contract/reference';
import { academicYearOfDay, censusDay, dayOf, isoDay } from './calendar';
import { tutorOf } from './contacts';
import type { World } from './context';
import { idMaker } from './context';
import { personName } from './people';
import type { Rng } from './random';
import { apportion, weightedTable } from './random';

/**
 * Apprenticeship contracts and the school's yearly figures, planned together so that they agree:
 * `yearlyFigures.apprentices` is counted from the contracts, never typed in.
 *
 * Facts to meet (DATA.md): apprenticeship began in 2008 (CMC, Informatique et réseaux), mechatronics
 * from 2014; 3-year contracts from 1 September; 2022–23 had 1,400 students, 30 % apprentices, i.e.
 * 420 contracts active on the census date, 140 per cohort; then ~1,500 students in 2023–24 and growth
 * towards +20–30 %, the share staying ~30 %.
 */

export const FIRST_COHORT = 2008;
const ANCHOR_YEAR = 2022;
const ANCHOR_PER_COHORT = 140;
const ANCHOR_STUDENTS = 1400;
const APPRENTICE_SHARE = 0.3;

/**
 * Share of a cohort broken off in each phase: [September of year 1 (before the census), the rest of
 * year 1, year 2, year 3]. Per phase so that a census only sees the phases already over.
 */
const BREAK_RATES = [0.02, 0.03, 0.02, 0.01] as const;

/**
 * Entry cohorts (scale 1) before the anchor years: slow growth with the two first specialities,
 * a step when mechatronics opens in 2014. Chosen so that students (apprentices / 30 %) start near
 * 1,000 and rise smoothly to 1,400 in 2022.
 */
const EARLY_COHORTS: Readonly<Record<number, number>> = {
  2008: 104, 2009: 106, 2010: 108, 2011: 110, 2012: 112, 2013: 114,
  2014: 124, 2015: 127, 2016: 130, 2017: 133, 2018: 137, 2019: 141,
};
/**
 * The first two years cannot hold 30 %: with 3-year contracts starting in 2008 only one (then two)
 * cohorts exist, so the share ramps up (~10 %, ~20 %) and reaches 30 % from 2010, the first year
 * with three cohorts. Forcing 30 % from 2008 would make cohorts swing (300, 15, 10, 290…) forever.
 */
const EARLY_STUDENTS: Readonly<Record<number, number>> = { 2008: 1000, 2009: 1005 };

/** Students after the anchor: ~1,500 in 2023–24 then +60 a year (+20 % in 2026, +30 % by 2030). */
function studentsAfterAnchor(year: number): number {
  return 1500 + 60 * (year - (ANCHOR_YEAR + 1));
}

/** Contracts of a cohort of `n` still running at the census of its k-th year (k = 0, 1, 2). */
export function survivorsAtCensus(n: number, k: number): number {
  let left = n;
  for (let j = 0; j <= k; j++) left -= Math.round(BREAK_RATES[j]! * n);
  return left;
}

/** The smallest cohort with `target` contracts left at the census of its k-th year. */
function cohortFor(target: number, k: number): number {
  let n = target;
  while (survivorsAtCensus(n, k) < target) n++;
  return n;
}

export interface CohortPlan {
  /** Entry size of each cohort, by start year. */
  cohorts: Map<number, number>;
  /** Students of each academic year. */
  students: Map<number, number>;
}

export function planCohorts(lastYear: number, scale: number): CohortPlan {
  const cohorts = new Map<number, number>();
  const students = new Map<number, number>();
  const size = (y: number) => cohorts.get(y) ?? 0;
  const census = (y: number) => survivorsAtCensus(size(y), 0) + survivorsAtCensus(size(y - 1), 1) + survivorsAtCensus(size(y - 2), 2);

  for (let y = FIRST_COHORT; y <= Math.min(lastYear, ANCHOR_YEAR - 3); y++) cohorts.set(y, Math.round((EARLY_COHORTS[y] ?? 0) * scale));
  // 2020, 2021 and 2022 each keep exactly 140 contracts (× scale) on 1 October 2022.
  const anchor = Math.round(ANCHOR_PER_COHORT * scale);
  for (let k = 2; k >= 0; k--) if (ANCHOR_YEAR - k <= lastYear) cohorts.set(ANCHOR_YEAR - k, cohortFor(anchor, k));

  for (let y = FIRST_COHORT; y <= Math.min(lastYear, ANCHOR_YEAR); y++) {
    const early = EARLY_STUDENTS[y];
    if (y === ANCHOR_YEAR) students.set(y, Math.round(ANCHOR_STUDENTS * scale));
    else if (early !== undefined) students.set(y, Math.round(early * scale));
    else students.set(y, Math.round(census(y) / APPRENTICE_SHARE));
  }

  for (let y = ANCHOR_YEAR + 1; y <= lastYear; y++) {
    const s = Math.round(studentsAfterAnchor(y) * scale);
    students.set(y, s);
    const target = APPRENTICE_SHARE * s;
    const a0 = survivorsAtCensus(1000, 0) / 1000;
    const a1 = survivorsAtCensus(1000, 1) / 1000;
    const a2 = survivorsAtCensus(1000, 2) / 1000;
    // Solving each year exactly makes cohorts oscillate; sizing them in proportion to students
    // drifts. Their average keeps cohorts smooth and the share at ~30 %.
    const exact = (target - survivorsAtCensus(size(y - 1), 1) - survivorsAtCensus(size(y - 2), 2)) / a0;
    const proportional = (target * s) / (a0 * s + a1 * (students.get(y - 1) ?? s) + a2 * (students.get(y - 2) ?? s));
    cohorts.set(y, Math.max(0, Math.round((exact + proportional) / 2)));
  }
  return { cohorts, students };
}

const SPECIALITY_SHARES_EARLY: readonly (readonly [Speciality, number])[] = [['cmc', 50], ['informatique-reseaux', 50]];
const SPECIALITY_SHARES: readonly (readonly [Speciality, number])[] = [['cmc', 36], ['informatique-reseaux', 34], ['mecatronique', 30]];
const FEMALE_SHARE: Record<Speciality, number> = { cmc: 0.35, 'informatique-reseaux': 0.2, mecatronique: 0.15 };
/** Where each speciality's apprentices go, nuclear aside (handled as a quota). */
const SPECIALITY_SECTORS: Record<Speciality, Partial<Record<Sector, number>>> = {
  cmc: { construction: 60, 'eau-environnement': 10, 'energies-renouvelables': 10 },
  'informatique-reseaux': { 'numerique-ia': 65, sante: 5 },
  mecatronique: { mecatronique: 50, materiaux: 15, 'energies-renouvelables': 8, hydrogene: 7 },
};
/** Marcoule and the other nuclear sites host 10–15 % of the apprentices (DATA.md: ~200 work-study posts). */
const NUCLEAR_SHARE = 0.125;
/** First day and length (days) of each break-off phase, relative to the cohort year. */
const BREAK_WINDOWS: readonly (readonly [yearOffset: number, month: number, day: number, span: number])[] = [
  [0, 9, 5, 23],
  [0, 10, 15, 340],
  [1, 10, 15, 340],
  [2, 10, 15, 289],
];

/** A break-off date of phase k: never on 1 October, so "active on the census date" has one reading. */
function breakDay(rng: Rng, cohort: number, phase: number): number {
  const [offset, month, day, span] = BREAK_WINDOWS[phase]!;
  return dayOf(cohort + offset, month, day) + rng.int(0, span);
}

interface HostPools {
  nuclear: (rng: Rng) => number;
  bySector: Map<Sector, (rng: Rng) => number>;
  any: (rng: Rng) => number;
}

/** Weighted host pools: large firms host many apprentices, some firms never host. */
function hostPools(world: World, rng: Rng, candidates: readonly number[]): HostPools {
  const sizeWeight = { tpe: 1, pme: 2, eti: 4, ge: 8 } as const;
  const bySectorPairs = new Map<Sector, [number, number][]>();
  const all: [number, number][] = [];
  for (const p of candidates) {
    const partner = world.partners[p]!;
    if (!rng.chance(partner.sector === 'nucleaire' ? 0.8 : 0.45)) continue;
    const w = sizeWeight[partner.sizeBand] * (0.5 + rng.next());
    // Nuclear hosts come only from the quota, so that their share stays what DATA.md says.
    if (partner.sector !== 'nucleaire') all.push([p, w]);
    let list = bySectorPairs.get(partner.sector);
    if (!list) bySectorPairs.set(partner.sector, (list = []));
    list.push([p, w]);
  }
  const bySector = new Map<Sector, (rng: Rng) => number>();
  for (const s of SECTORS) {
    const list = bySectorPairs.get(s);
    if (list && list.length > 0) bySector.set(s, weightedTable(list));
  }
  const anyHost = weightedTable(all);
  return { nuclear: bySector.get('nucleaire') ?? anyHost, bySector, any: anyHost };
}

function hostFor(pools: HostPools, rng: Rng, speciality: Speciality, nuclear: boolean): number {
  if (nuclear) return pools.nuclear(rng);
  const prefs = SPECIALITY_SECTORS[speciality];
  let r = rng.next() * 100;
  for (const s of SECTORS) {
    const w = prefs[s];
    if (w === undefined) continue;
    r -= w;
    const pool = pools.bySector.get(s);
    if (r < 0 && pool) return pool(rng);
  }
  return pools.any(rng);
}

export function generateContracts(world: World): { contracts: ApprenticeshipContract[]; yearlyFigures: YearlyFigures[] } {
  const rng = world.rng.fork('contracts');
  const lastYear = academicYearOfDay(world.today);
  const plan = planCohorts(lastYear, world.scale);
  const total = [...plan.cohorts.values()].reduce((a, b) => a + b, 0);
  const id = idMaker('ac', total, 5);
  const todayYear = Number(isoDay(world.today).slice(0, 4));

  // Firms that stopped working with the school hosted apprentices in the past, not lately.
  const recentPools = hostPools(world, rng, world.active);
  const oldPools = hostPools(world, rng, [...world.active, ...world.dormant]);

  const contracts: ApprenticeshipContract[] = [];
  const counts = new Map<number, number>();
  for (const [cohort, n] of plan.cohorts) {
    const pools = cohort + 3 <= todayYear - 2 ? oldPools : recentPools;
    const shares = cohort < 2014 ? SPECIALITY_SHARES_EARLY : SPECIALITY_SHARES;
    const specialities: Speciality[] = [];
    apportion(n, shares.map(([, w]) => w)).forEach((q, i) => {
      for (let k = 0; k < q; k++) specialities.push(shares[i]![0]);
    });
    const nuclear = new Array<boolean>(n).fill(false).fill(true, 0, Math.round(n * NUCLEAR_SHARE));
    rng.shuffle(nuclear);
    // Which contracts break off, and in which phase: exact counts, random contracts.
    const phase = new Array<number>(n).fill(-1);
    let at = 0;
    BREAK_RATES.forEach((rate, k) => {
      for (let j = Math.round(rate * n); j > 0; j--) phase[at++] = k;
    });
    rng.shuffle(phase);

    const start = dayOf(cohort, 9, 1);
    const end = dayOf(cohort + 3, 8, 31);
    for (let i = 0; i < n; i++) {
      const speciality = specialities[i]!;
      const host = hostFor(pools, rng, speciality, nuclear[i]!);
      const partner = world.partners[host]!;
      const person = personName(rng, FEMALE_SHARE[speciality]);
      const age = rng.weighted([[18, 3], [19, 5], [20, 5], [21, 4], [22, 2], [23, 1], [24, 0.5]] as const);
      const birth = dayOf(cohort - age - 1, 9, 2) + rng.int(0, 364);
      let broken: number | null = phase[i]! >= 0 ? breakDay(rng, cohort, phase[i]!) : null;
      // A break-off after "today" has not happened yet.
      if (broken !== null && broken > world.today) broken = null;
      const startIso = isoDay(start);
      contracts.push({
        id: id(contracts.length + 1),
        apprenticeFirstName: person.firstName,
        apprenticeLastName: person.lastName,
        birthDate: isoDay(birth),
        speciality,
        cohortYear: cohort,
        partnerId: partner.id,
        tutorContactId: tutorOf(world, rng, host),
        start: startIso,
        end: isoDay(end),
        brokenOffOn: broken === null ? null : isoDay(broken),
        status: broken !== null ? 'broken-off' : end < world.today ? 'completed' : 'active',
        synthetic: true,
        version: 1,
      });
      // Counted here rather than planned, so that the figures always agree with the contracts.
      for (let y = cohort; y <= cohort + 2 && y <= lastYear; y++) {
        const c = censusDay(y);
        if (c <= end && (broken === null || broken > c)) counts.set(y, (counts.get(y) ?? 0) + 1);
      }
    }
  }

  const yearlyFigures: YearlyFigures[] = [];
  for (let y = FIRST_COHORT; y <= lastYear; y++) {
    yearlyFigures.push({ year: y, students: plan.students.get(y) ?? 0, apprentices: counts.get(y) ?? 0 });
  }
  return { contracts, yearlyFigures };
}
