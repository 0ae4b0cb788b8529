import type { DepartmentCode, PartnerStage, Sector, SizeBand } from '../../src/contract/reference';
import { SECTORS, SECTOR_NAF } from '../../src/contract/reference';
import { luhnCheckDigit, vatNumberFromSiren } from '../../src/domain/identifiers';
import { dayOf, isoDay, isoInstant, parseIsoDay } from './calendar';
import { CompanyNamer } from './company-names';
import type { World } from './context';
import { idMaker } from './context';
import { asciiSlug } from './people';
import { CLUSTERS, PLACES } from './places';
import type { Rng } from './random';
import { apportion, weightedTable } from './random';
import { BUSINESS_DEVELOPERS } from './users';

/**
 * Department shares of DATA.md, applied as exact quotas: Gard 35 %, Hérault 25 %, Haute-Garonne
 * 8 %, the ten other departments of Occitanie 12 % together, outside Occitanie 20 %.
 */
const DEPARTMENT_SHARES: readonly (readonly [DepartmentCode, number])[] = [
  ['30', 35], ['34', 25], ['31', 8],
  ['11', 2], ['66', 1.6], ['81', 1.5], ['12', 1.3], ['82', 1.1], ['65', 1], ['46', 0.9], ['32', 0.9], ['09', 0.9], ['48', 0.8],
  ['HO', 20],
];

const STAGE_SHARES: readonly (readonly [PartnerStage, number])[] = [['active', 60], ['prospect', 27], ['dormant', 13]];

type SectorWeights = Readonly<Record<Sector, number>>;
const BASE_SECTORS: SectorWeights = {
  sante: 8, 'protection-civile': 5, nucleaire: 4, mecatronique: 14, 'energies-renouvelables': 9, hydrogene: 2,
  materiaux: 12, 'numerique-ia': 18, construction: 17, 'eau-environnement': 9,
};
/** Where the territory tilts the mix: Marcoule in Gard, the health cluster in Hérault, hydrogen in Aude. */
const SECTOR_TILT: Partial<Record<DepartmentCode, Partial<SectorWeights>>> = {
  '30': { nucleaire: 16, 'protection-civile': 8, materiaux: 14, hydrogene: 4 },
  '34': { sante: 22, 'numerique-ia': 22, hydrogene: 4, 'eau-environnement': 12 },
  '11': { hydrogene: 10, 'energies-renouvelables': 16 },
  '31': { 'numerique-ia': 24, mecatronique: 20, materiaux: 14 },
  HO: { nucleaire: 7, 'numerique-ia': 20 },
};
const sectorPickers = new Map<DepartmentCode, (rng: Rng) => Sector>();
function sectorPicker(department: DepartmentCode): (rng: Rng) => Sector {
  let picker = sectorPickers.get(department);
  if (!picker) {
    const weights = { ...BASE_SECTORS, ...SECTOR_TILT[department] };
    picker = weightedTable(SECTORS.map((s) => [s, weights[s]] as const));
    sectorPickers.set(department, picker);
  }
  return picker;
}

const townPickers = new Map<string, (rng: Rng) => string>();
function townPicker(key: string, towns: readonly (readonly [string, number])[]): (rng: Rng) => string {
  let picker = townPickers.get(key);
  if (!picker) {
    picker = weightedTable(towns);
    townPickers.set(key, picker);
  }
  return picker;
}

function cityFor(rng: Rng, sector: Sector, department: DepartmentCode): string {
  const cluster = CLUSTERS[sector]?.[department];
  if (cluster && rng.chance(0.8)) return townPicker(`${sector}/${department}`, cluster)(rng);
  return townPicker(department, PLACES[department].towns)(rng);
}

const sizeOf = weightedTable<SizeBand>([['tpe', 38], ['pme', 44], ['eti', 12], ['ge', 6]]);
const sizeOfLarge = weightedTable<SizeBand>([['tpe', 12], ['pme', 40], ['eti', 28], ['ge', 20]]);

/** A business developer per territory: Alès and the north of Gard, Nîmes, the east coast, the west and beyond. */
function ownerFor(rng: Rng, department: DepartmentCode, city: string): string {
  const [north, south, east, west] = BUSINESS_DEVELOPERS;
  if (department === '30') return city === 'Nîmes' || rng.chance(0.25) ? south : north;
  if (department === '48') return south;
  if (department === '34' || department === '11' || department === '66') return east;
  return west;
}

const NOTES = [
  '', '', '', '', '', '', 'Site certifié ISO 14001.', 'Intéressée par la plateforme feu.', 'Ancien élève à la direction technique.',
  'Accueille régulièrement des stagiaires de 2e année.', 'Contact pris au forum entreprises.', 'Projet d’extension du site en cours.',
  'Membre du pôle de compétitivité de la filière.', 'Souhaite un point annuel avec la direction de l’école.',
];

const MIGRATION_DAY = dayOf(2019, 3, 4);
const FIRST_PARTNER_DAY = dayOf(2003, 1, 1);

export function newSiren(rng: Rng, used: Set<string>): string {
  for (;;) {
    // Companies' SIRENs start with 3–9 (1 and 2 are the State's and local authorities').
    let body = String(rng.int(3, 9));
    for (let i = 0; i < 7; i++) body += String(rng.int(0, 9));
    const siren = body + String(luhnCheckDigit(body));
    if (!used.has(siren)) {
      used.add(siren);
      return siren;
    }
  }
}

export function generatePartners(world: World): void {
  const rng = world.rng.fork('partners');
  const count = Math.round(1000 * world.scale);
  const id = idMaker('p', count, 5);

  const deptQuota = apportion(count, DEPARTMENT_SHARES.map(([, w]) => w));
  const departments: DepartmentCode[] = [];
  DEPARTMENT_SHARES.forEach(([code], i) => {
    for (let k = 0; k < deptQuota[i]!; k++) departments.push(code);
  });
  rng.shuffle(departments);
  const stageQuota = apportion(count, STAGE_SHARES.map(([, w]) => w));
  const stages: PartnerStage[] = [];
  STAGE_SHARES.forEach(([stage], i) => {
    for (let k = 0; k < stageQuota[i]!; k++) stages.push(stage);
  });
  rng.shuffle(stages);

  const namer = new CompanyNamer();
  const sirens = new Set<string>();
  const todayDay = world.today;

  for (let i = 0; i < count; i++) {
    const department = departments[i]!;
    const stage = stages[i]!;
    const sector = sectorPicker(department)(rng);
    const city = cityFor(rng, sector, department);
    const { name, base } = namer.next(rng, sector, department, city);
    const siren = newSiren(rng, sirens);
    const nic = `000${rng.int(1, 9)}`;
    const siret = siren + nic + String(luhnCheckDigit(siren + nic));
    const naf = SECTOR_NAF[sector];
    const nafCode = rng.chance(0.55) ? naf[0]! : rng.pick(naf);
    const sizeBand = sector === 'nucleaire' || sector === 'hydrogene' ? sizeOfLarge(rng) : sizeOf(rng);

    // Older relationships are rarer than recent ones: the school has opened up to firms lately.
    const span = todayDay - 60 - FIRST_PARTNER_DAY;
    let since: number | null = null;
    if (stage === 'active') since = FIRST_PARTNER_DAY + Math.floor(span * Math.sqrt(rng.next()));
    else if (stage === 'dormant') since = FIRST_PARTNER_DAY + Math.floor((span - 3 * 365) * rng.next());
    const created = stage === 'prospect' ? todayDay - rng.int(20, 3 * 365) : Math.max(since ?? 0, MIGRATION_DAY) + rng.int(0, 30);
    const createdDay = Math.min(created, todayDay);
    const updatedDay = Math.min(todayDay, createdDay + rng.int(0, Math.max(0, todayDay - createdDay)));
    const domain = `${asciiSlug(base)}.example`;

    world.partners.push({
      id: id(i + 1),
      name,
      siren,
      siret,
      vatNumber: vatNumberFromSiren(siren),
      nafCode,
      sector,
      department,
      city,
      sizeBand,
      stage,
      kinds: [],
      ownerId: stage === 'prospect' && rng.chance(0.1) ? null : ownerFor(rng, department, city),
      partnerSince: since === null ? null : isoDay(since),
      tags: [],
      website: rng.chance(0.85) ? `https://www.${domain}` : null,
      notes: rng.pick(NOTES),
      archived: stage === 'dormant' && rng.chance(0.3),
      synthetic: true,
      createdAt: isoInstant(createdDay, rng.int(7, 16), rng.pick([0, 15, 30, 45])),
      updatedAt: isoInstant(updatedDay, 17, rng.pick([0, 15, 30, 45])),
      version: 1,
    });
    world.domains.push(domain);
    if (stage === 'active') {
      world.active.push(i);
      let list = world.activeBySector.get(sector);
      if (!list) world.activeBySector.set(sector, (list = []));
      list.push(i);
    } else if (stage === 'prospect') world.prospects.push(i);
    else world.dormant.push(i);
  }
}

/**
 * A company hosted an apprentice or booked a test before the date typed as "partner since":
 * move the date back to the first thing that happened, and the record's creation with it (never
 * before the spreadsheet migration of 2019).
 */
export function settlePartnerDates(world: World, firstActivity: ReadonlyMap<string, string>): void {
  const rng = world.rng.fork('partner-dates');
  for (const partner of world.partners) {
    const first = firstActivity.get(partner.id);
    if (first === undefined || (partner.partnerSince !== null && partner.partnerSince <= first)) continue;
    partner.partnerSince = first;
    const created = Math.min(world.today, Math.max(parseIsoDay(first), MIGRATION_DAY) + rng.int(0, 30));
    if (isoDay(created) < partner.createdAt.slice(0, 10)) {
      partner.createdAt = isoInstant(created, rng.int(7, 16), rng.pick([0, 15, 30, 45]));
      if (partner.updatedAt < partner.createdAt) partner.updatedAt = isoInstant(created, 17);
    }
  }
}
