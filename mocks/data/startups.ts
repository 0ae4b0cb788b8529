import type { Startup } from '../../src/contract/entities';
import type { DepartmentCode, Sector } from '../../src/contract/reference';
import { addMonths, dayOf, isoDay, yearOfDay } from './calendar';
import type { World } from './context';
import { idMaker } from './context';
import type { Rng } from './random';
import { apportion, weightedTable } from './random';

/**
 * The incubator's start-ups (DATA.md): created in 1984, 175 companies by 2015, 250+ by 2022, 90 %
 * in the region, ~20 projects in incubation at a time, 88 % alive at 5 years. The three success
 * stories are real (synthetic: false) and carry no invented figures: their jobs and funds are 0
 * because the contract has no "unknown" for them.
 */

const REAL: readonly Omit<Startup, 'id'>[] = [
  {
    name: 'SD Tech', foundedYear: 2000, incubationStart: null, incubationEnd: null, sector: 'materiaux', department: '30', city: 'Alès',
    status: 'active', closedYear: null, jobs: 0, fundsRaised: 0, link: 'incubated', partnerId: null, synthetic: false,
    story: 'Fondée en 2000 à Alès par des docteurs de l’école et incubée à l’école, SD Tech s’est spécialisée dans les poudres fines.',
  },
  {
    name: 'Vogo', foundedYear: 2013, incubationStart: null, incubationEnd: null, sector: 'numerique-ia', department: '34', city: 'Montpellier',
    status: 'active', closedYear: null, jobs: 0, fundsRaised: 0, link: 'alumni', partnerId: null, synthetic: false,
    story: 'Fondée en 2013 à Montpellier par un ancien élève de l’école, Vogo développe des solutions vidéo pour le sport.',
  },
  {
    name: 'Quantum Surgical', foundedYear: 2017, incubationStart: null, incubationEnd: null, sector: 'sante', department: '34', city: 'Montpellier',
    status: 'active', closedYear: null, jobs: 0, fundsRaised: 0, link: 'incubated', partnerId: null, synthetic: false,
    story: 'Fondée en 2017 à Montpellier, Quantum Surgical conçoit des robots chirurgicaux ; son fondateur avait été incubé à Alès au début des années 2000.',
  },
];

const FIRST_YEAR = 1984;
/** Synthetic creations per period (scale 1), so that with the real three: 175 by 2015, 256 by 2022. */
const BY_2015 = 173;
const FROM_2016_TO_2022 = 80;
const PER_YEAR_AFTER_2022 = 14;
const SURVIVAL_5Y = 0.88;
const OUTSIDE_REGION = 0.1;

const DEPARTMENT_SHARES: readonly (readonly [DepartmentCode, number])[] = [
  ['30', 55], ['34', 28], ['31', 5], ['11', 3], ['66', 2], ['12', 2], ['48', 2], ['81', 1], ['82', 1], ['46', 0.5], ['65', 0.5], ['32', 0.5], ['09', 0.5],
];
const CITIES: Partial<Record<DepartmentCode, readonly (readonly [string, number])[]>> = {
  '30': [['Alès', 14], ['Nîmes', 4], ['Saint-Christol-lez-Alès', 2], ['Bagnols-sur-Cèze', 1], ['Uzès', 1], ['Méjannes-lès-Alès', 1]],
  '34': [['Montpellier', 8], ['Castelnau-le-Lez', 1], ['Lattes', 1], ['Sète', 1]],
  '31': [['Toulouse', 4], ['Labège', 1]],
  HO: [['Paris', 4], ['Lyon', 3], ['Grenoble', 2], ['Marseille', 2], ['Aix-en-Provence', 1]],
};
const PREFECTURES: Record<string, string> = {
  '09': 'Foix', '11': 'Narbonne', '12': 'Rodez', '32': 'Auch', '46': 'Figeac', '48': 'Mende', '65': 'Tarbes', '66': 'Perpignan', '81': 'Albi', '82': 'Montauban',
};

function sectorFor(rng: Rng, year: number): Sector {
  return rng.weighted<Sector>([
    ['numerique-ia', year < 1995 ? 6 : 22], ['materiaux', 16], ['eau-environnement', 14], ['mecatronique', 12], ['sante', year < 2000 ? 4 : 12],
    ['protection-civile', 8], ['construction', 8], ['energies-renouvelables', year < 2005 ? 2 : 10], ['hydrogene', year < 2015 ? 0 : 8], ['nucleaire', 3],
  ]);
}

const ROOTS = ['Pyro', 'Hydro', 'Aqua', 'Kiné', 'Ondi', 'Cala', 'Vélo', 'Sylva', 'Lumi', 'Nano', 'Bio', 'Géo', 'Méta', 'Xéno', 'Zéphy', 'Orga', 'Poly', 'Céra', 'Flux', 'Cyto', 'Roba', 'Sensi', 'Térra', 'Vigi', 'Argi', 'Oxy', 'Phyto', 'Thermi', 'Alpha', 'Quadri', 'Stéla', 'Fibro', 'Mira', 'Holo', 'Ecla', 'Vivo'] as const;
const MIDDLES = ['', '', 'n', 'l', 'r', 'v', 'm', 'x'] as const;
const ENDINGS = ['éo', 'ia', 'is', 'ys', 'ix', 'a', 'on', 'um', 'ance', 'ose', 'iq', 'ens', 'yn', 'ite', 'ogy', 'éa'] as const;
const WORDS = ['', '', '', ' Technologies', ' Labs', ' Solutions', ' Systèmes', ' Innovation', ' Engineering'] as const;

function startupName(rng: Rng, used: Set<string>): string {
  for (let attempt = 0; ; attempt++) {
    const word = rng.pick(ROOTS) + rng.pick(MIDDLES) + rng.pick(ENDINGS);
    const name = word.charAt(0) + word.slice(1).toLowerCase() + rng.pick(WORDS) + (attempt > 20 ? ` ${attempt}` : '');
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

/** Creations per year: a slow start in 1984, faster after 2015 (the figures DATA.md publishes). */
function creationsByYear(todayDay: number, scale: number): Map<number, number> {
  const lastYear = yearOfDay(todayDay);
  const out = new Map<number, number>();
  const early = Array.from({ length: 2015 - FIRST_YEAR + 1 }, (_, t) => 2 + 0.22 * t);
  apportion(Math.round(BY_2015 * scale), early).forEach((n, t) => out.set(FIRST_YEAR + t, n));
  apportion(Math.round(FROM_2016_TO_2022 * scale), [10, 10.5, 11, 11.5, 12, 12.5, 13]).forEach((n, t) => out.set(2016 + t, n));
  for (let y = 2023; y <= lastYear; y++) out.set(y, Math.round(PER_YEAR_AFTER_2022 * scale));
  // This year's creations so far only.
  const elapsed = (todayDay - dayOf(lastYear, 1, 1) + 1) / 365;
  out.set(lastYear, Math.round((out.get(lastYear) ?? 0) * Math.min(1, elapsed)));
  for (const y of [...out.keys()]) if (y > lastYear) out.delete(y);
  return out;
}

export function generateStartups(world: World): Startup[] {
  const rng = world.rng.fork('startups');
  const todayYear = yearOfDay(world.today);
  const plan = creationsByYear(world.today, world.scale);
  const years: number[] = [];
  for (const [y, n] of plan) for (let k = 0; k < n; k++) years.push(y);
  const real = REAL.filter((s) => s.foundedYear <= todayYear);
  const total = years.length + real.length;
  const id = idMaker('s', total, 3);

  // 90 % in Occitanie over all start-ups, the real three included (all in the region).
  const outside = Math.round(OUTSIDE_REGION * total);
  const regional = apportion(years.length - outside, DEPARTMENT_SHARES.map(([, w]) => w));
  const departments: DepartmentCode[] = [];
  DEPARTMENT_SHARES.forEach(([code], i) => {
    for (let k = 0; k < regional[i]!; k++) departments.push(code);
  });
  for (let k = 0; k < outside; k++) departments.push('HO');
  rng.shuffle(departments);

  const used = new Set(REAL.map((s) => s.name));
  const rows: Omit<Startup, 'id'>[] = [...real];
  years.forEach((year, i) => {
    const department = departments[i]!;
    const cities = CITIES[department];
    const city = cities ? weightedTable(cities)(rng) : PREFECTURES[department]!;
    const incubated = rng.chance(0.85);
    let incubationStart: number | null = null;
    let incubationEnd: number | null = null;
    if (incubated) {
      // Incorporation usually happens during incubation: it starts up to 15 months before.
      incubationStart = Math.max(dayOf(FIRST_YEAR, 1, 15), dayOf(year - 1, 10, 1) + rng.int(0, 450));
      incubationStart = Math.min(incubationStart, world.today - rng.int(1, 60));
      incubationEnd = addMonths(incubationStart, rng.int(18, 24));
    }
    rows.push({
      name: startupName(rng, used),
      foundedYear: year,
      incubationStart: incubationStart === null ? null : isoDay(incubationStart),
      incubationEnd: incubationEnd === null ? null : isoDay(incubationEnd),
      sector: sectorFor(rng, year),
      department,
      city,
      status: 'active',
      closedYear: null,
      jobs: 0,
      fundsRaised: 0,
      link: incubated ? 'incubated' : 'alumni',
      partnerId: null,
      story: null,
      synthetic: true,
    });
  });
  rows.sort((a, b) => a.foundedYear - b.foundedYear);
  decideFates(rng, rows, todayYear);
  linkPartners(world, rng, rows);
  return rows.map((row, i) => ({ id: id(i + 1), ...row }));
}

/**
 * Exactly 12 % of each prefix of cohorts (in founding order) close within 5 years, so the 5-year
 * survival is 88 % whichever "as of" year a chart picks, at every scale. Closures after 5 years
 * and acquisitions come on top and do not touch that rate.
 */
function decideFates(rng: Rng, rows: Omit<Startup, 'id'>[], todayYear: number): void {
  let seen = 0;
  let early = 0;
  let i = 0;
  while (i < rows.length) {
    const year = rows[i]!.foundedYear;
    let j = i;
    while (j < rows.length && rows[j]!.foundedYear === year) j++;
    seen += j - i;
    const target = Math.round((1 - SURVIVAL_5Y) * seen);
    const cohort = rng.shuffle(Array.from({ length: j - i }, (_, k) => i + k).filter((k) => rows[k]!.synthetic));
    const dying = new Set(cohort.slice(0, Math.max(0, target - early)));
    early += dying.size;
    for (const k of cohort) {
      const row = rows[k]!;
      const age = todayYear - row.foundedYear;
      if (dying.has(k)) {
        const closedYear = row.foundedYear + rng.weighted([[1, 3], [2, 4], [3, 3], [4, 2]] as const);
        // Not closed yet if that year is still to come: the cohort is too young to count anyway.
        if (closedYear <= todayYear) {
          row.status = 'closed';
          row.closedYear = closedYear;
        }
      } else if (age > 5 && rng.chance(1 - Math.pow(0.975, age - 5))) {
        row.status = 'closed';
        row.closedYear = row.foundedYear + 5 + rng.int(0, age - 5);
      } else if (age > 6 && rng.chance(0.1)) {
        row.status = 'acquired';
      }
      if (row.status !== 'closed') {
        row.jobs = Math.round(rng.amount(2.5 + Math.min(age, 15) * 0.4, 0.7, 1, 150));
        row.fundsRaised = rng.chance(0.45) ? 0 : Math.round(rng.amount(250_000, 1.1, 20_000, 12_000_000) / 1000) * 1000;
      } else {
        row.fundsRaised = rng.chance(0.6) ? 0 : Math.round(rng.amount(80_000, 0.8, 10_000, 1_500_000) / 1000) * 1000;
      }
    }
    i = j;
  }
}

/** Some start-ups also work with the school as partner companies (the partner gets 'incubator'). */
function linkPartners(world: World, rng: Rng, rows: Omit<Startup, 'id'>[]): void {
  const byDepartment = new Map<DepartmentCode, number[]>();
  for (const p of world.active) {
    const d = world.partners[p]!.department;
    let list = byDepartment.get(d);
    if (!list) byDepartment.set(d, (list = []));
    list.push(p);
  }
  for (const row of rows) {
    if (!row.synthetic || row.status === 'closed' || !rng.chance(0.12)) continue;
    const pool = byDepartment.get(row.department) ?? world.active;
    if (pool.length > 0) row.partnerId = world.partners[rng.pick(pool)]!.id;
  }
}
