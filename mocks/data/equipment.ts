import type { Booking, EquipmentItem, MaintenanceWindow } from '../../src/contract/entities';
import type { EquipmentCategory, RateUnit, ResearchUnit, Sector } from '../../src/contract/reference';
import { isoInstant, weekday, workingDay } from './calendar';
import type { World } from './context';
import { idMaker } from './context';
import type { Rng } from './random';
import { weightedTable } from './random';

interface CatalogueEntry {
  name: string;
  platform: string;
  researchUnit: ResearchUnit;
  category: EquipmentCategory;
  description: string;
  rateUnit: RateUnit;
  rate: number;
  openToCompanies: boolean;
}

const ISR = 'Institut des Sciences des Risques';
const FIRE = 'Comportement au feu des matériaux';
const POLYMERS = 'Plateforme polymères et composites';

/** The school's shared platforms (DATA.md); rates are demo assumptions, in € excl. VAT. */
const CATALOGUE: readonly CatalogueEntry[] = [
  { name: 'Hall d’essais feu grande échelle', platform: ISR, researchUnit: 'LSR', category: 'fire', rateUnit: 'day', rate: 4800, openToCompanies: true, description: 'Essais au feu à échelle réelle sous hotte de collecte des fumées (jusqu’à 5 MW).' },
  { name: 'Canal d’essais crues éclair', platform: ISR, researchUnit: 'LSR', category: 'flood', rateUnit: 'day', rate: 2600, openToCompanies: true, description: 'Canal instrumenté pour reproduire des crues soudaines sur maquettes d’ouvrages.' },
  { name: 'Banc de dispersion de gaz', platform: ISR, researchUnit: 'LSR', category: 'dispersion', rateUnit: 'day', rate: 2200, openToCompanies: true, description: 'Rejets de gaz en espace libre ou semi-confiné, mesures de concentration en temps réel.' },
  { name: 'Bunker d’essais d’explosion', platform: ISR, researchUnit: 'LSR', category: 'explosion', rateUnit: 'day', rate: 3900, openToCompanies: true, description: 'Enceinte blindée pour essais de déflagration et d’évents d’explosion.' },
  { name: 'Simulateur de crise en réalité virtuelle', platform: ISR, researchUnit: 'LSR', category: 'simulation', rateUnit: 'hour', rate: 180, openToCompanies: true, description: 'Salle immersive pour entraîner les cellules de crise sur des scénarios industriels.' },
  { name: 'Calorimètre à cône', platform: FIRE, researchUnit: 'PCH', category: 'fire', rateUnit: 'hour', rate: 240, openToCompanies: true, description: 'Débit calorifique, temps d’ignition et fumées selon ISO 5660.' },
  { name: 'Chambre à fumée', platform: FIRE, researchUnit: 'PCH', category: 'fire', rateUnit: 'hour', rate: 170, openToCompanies: true, description: 'Densité optique et opacité des fumées de matériaux en combustion.' },
  { name: 'Extrudeuse bi-vis de laboratoire', platform: POLYMERS, researchUnit: 'PCH', category: 'fabrication', rateUnit: 'hour', rate: 150, openToCompanies: true, description: 'Compoundage de polymères chargés, biosourcés ou ignifugés.' },
  { name: 'Presse à injection 80 t', platform: POLYMERS, researchUnit: 'PCH', category: 'fabrication', rateUnit: 'hour', rate: 130, openToCompanies: true, description: 'Injection d’éprouvettes et de pièces prototypes.' },
  { name: 'Machine de traction universelle', platform: POLYMERS, researchUnit: 'PCH', category: 'materials', rateUnit: 'hour', rate: 95, openToCompanies: true, description: 'Traction, compression et flexion jusqu’à 100 kN, enceinte thermique.' },
  { name: 'Microscope électronique à balayage', platform: POLYMERS, researchUnit: 'PCH', category: 'analysis', rateUnit: 'hour', rate: 160, openToCompanies: true, description: 'Observation de faciès de rupture et analyse élémentaire (EDX).' },
  { name: 'Laboratoire de capture du mouvement', platform: 'EuroMov Digital Health in Motion', researchUnit: 'EuroMov DHM', category: 'motion', rateUnit: 'hour', rate: 260, openToCompanies: true, description: 'Capture optique 3D, plateformes de force et EMG pour l’analyse du geste.' },
  { name: 'Chaîne d’analyse des eaux (ICP-MS)', platform: 'HydroSciences Montpellier — équipe ERT', researchUnit: 'HSM-ERT', category: 'analysis', rateUnit: 'hour', rate: 120, openToCompanies: true, description: 'Métaux traces et polluants émergents dans les eaux et effluents.' },
  { name: 'Pilote de traitement des effluents', platform: 'Génie de l’environnement industriel', researchUnit: 'LGEI', category: 'analysis', rateUnit: 'day', rate: 900, openToCompanies: false, description: 'Pilote de recherche réservé aux projets de thèse en cours.' },
];

const CLIENT_SECTORS: Record<EquipmentCategory, readonly Sector[]> = {
  fire: ['protection-civile', 'construction', 'materiaux', 'nucleaire'],
  flood: ['eau-environnement', 'construction', 'protection-civile'],
  explosion: ['hydrogene', 'nucleaire', 'protection-civile', 'materiaux'],
  dispersion: ['hydrogene', 'nucleaire', 'eau-environnement', 'protection-civile'],
  simulation: ['protection-civile', 'nucleaire', 'sante', 'energies-renouvelables'],
  materials: ['materiaux', 'mecatronique', 'construction', 'energies-renouvelables'],
  fabrication: ['materiaux', 'mecatronique', 'sante'],
  analysis: ['eau-environnement', 'materiaux', 'sante', 'nucleaire'],
  motion: ['sante', 'numerique-ia', 'mecatronique'],
};

const PURPOSES: Record<EquipmentCategory, readonly string[]> = {
  fire: ['Essai de réaction au feu d’un panneau isolant', 'Qualification d’un revêtement ignifugé', 'Essai de propagation sur câbles', 'Mesure du débit calorifique d’un mobilier'],
  flood: ['Modélisation d’une crue sur maquette d’ouvrage', 'Test de batardeaux amovibles', 'Étude d’affouillement autour d’une pile de pont'],
  explosion: ['Essai de tenue d’une enceinte à la surpression', 'Dimensionnement d’un évent d’explosion', 'Essai de déflagration de poussières'],
  dispersion: ['Dispersion d’hydrogène en espace semi-confiné', 'Validation d’un détecteur de fuite', 'Étude de rejet accidentel d’ammoniac'],
  simulation: ['Exercice de gestion de crise pour l’équipe d’astreinte', 'Formation des cadres au plan d’urgence interne', 'Scénario d’incident sur site industriel'],
  materials: ['Essais de traction sur éprouvettes composites', 'Caractérisation en flexion d’un matériau recyclé', 'Essais de fatigue sur assemblage'],
  fabrication: ['Compoundage d’un polymère biosourcé', 'Injection de pièces prototypes', 'Formulation d’un mélange chargé'],
  analysis: ['Analyse de métaux traces dans des effluents', 'Observation de faciès de rupture', 'Contrôle qualité d’un lot de poudres'],
  motion: ['Analyse de posture au poste de travail', 'Évaluation d’un exosquelette', 'Étude du geste sportif instrumenté'],
};

const MAINTENANCE_REASONS = ['Maintenance préventive annuelle', 'Étalonnage des capteurs', 'Remplacement de pièces d’usure', 'Mise à jour logicielle', 'Contrôle réglementaire'];

const HISTORY_DAYS = 3 * 365;
const HORIZON_DAYS = 150;

/**
 * The catalogue is physical, so at scale N it is replicated N times (numbered benches): bookings
 * scale with the companies and could not fit without overlaps on 14 items.
 */
export function generateEquipment(world: World): { equipment: EquipmentItem[]; maintenance: MaintenanceWindow[]; bookings: Booking[] } {
  const rng = world.rng.fork('equipment');
  const copies = Math.max(1, Math.round(world.scale));
  const itemId = idMaker('eq', CATALOGUE.length * copies, 2);
  const equipment: EquipmentItem[] = [];
  for (let c = 0; c < copies; c++) {
    for (const entry of CATALOGUE) {
      equipment.push({
        id: itemId(equipment.length + 1),
        ...entry,
        name: c === 0 ? entry.name : `${entry.name} n°${c + 1}`,
        synthetic: true,
      });
    }
  }
  const clients = clientPools(world, rng);
  const maintenance: MaintenanceWindow[] = [];
  const bookings: Booking[] = [];
  const maintenanceId = idMaker('m', equipment.length * 4, 3);
  const bookingId = idMaker('b', Math.round(1800 * world.scale), 5);
  const from = world.today - HISTORY_DAYS;
  const to = world.today + HORIZON_DAYS;

  for (const item of equipment) {
    // Whole days, half-open [start, end): 2–4 windows, spread over the period, some still to come.
    const windows: [number, number][] = [];
    const n = rng.int(2, 4);
    const slice = Math.floor((to - from) / n);
    for (let k = 0; k < n; k++) {
      const start = workingDay(from + k * slice + rng.int(10, slice - 20));
      const end = start + rng.int(1, 7);
      windows.push([start, end]);
      maintenance.push({ id: maintenanceId(maintenance.length + 1), equipmentId: item.id, start: isoInstant(start, 0), end: isoInstant(end, 0), reason: rng.pick(MAINTENANCE_REASONS) });
    }
    if (!item.openToCompanies) continue;

    const pickClient = clients.get(item.category)!;
    const daily = item.rateUnit === 'day';
    let cursor = from + rng.int(0, 10);
    while (cursor < to) {
      const day = workingDay(cursor);
      const length = daily ? rng.weighted([[1, 3], [2, 4], [3, 3], [4, 1], [5, 1]] as const) : rng.int(2, 6);
      const lastDay = daily ? lastWorkingDay(day, length) : day;
      const startHour = daily ? 7 : rng.int(7, 17 - length);
      const endHour = daily ? 16 : startHour + length;
      // Half-open in minutes from the first day: [booking start, booking end) against [window start, window end).
      const bStart = day * 1440 + startHour * 60;
      const bEnd = lastDay * 1440 + endHour * 60;
      const clash = windows.find(([ws, we]) => bStart < we * 1440 && ws * 1440 < bEnd);
      if (clash) {
        cursor = clash[1];
        continue;
      }
      const past = lastDay < world.today;
      const future = day > world.today;
      let status: Booking['status'] = past ? 'completed' : future ? (rng.chance(0.75) ? 'confirmed' : 'requested') : 'confirmed';
      if (rng.chance(0.05)) status = 'cancelled';
      const units = daily ? length : endHour - startHour;
      const partner = world.partners[pickClient(rng)]!;
      bookings.push({
        id: bookingId(bookings.length + 1),
        equipmentId: item.id,
        partnerId: partner.id,
        start: isoInstant(day, startHour),
        end: isoInstant(lastDay, endHour),
        purpose: rng.pick(PURPOSES[item.category]),
        status,
        invoiced: status === 'completed' ? item.rate * units : 0,
        synthetic: true,
        version: 1,
      });
      cursor = lastDay + 1 + (daily ? rng.int(4, 24) : rng.int(1, 10));
    }
  }
  return { equipment, maintenance, bookings };
}

/** The `length`-th working day from `day` (a 3-day test started on Friday ends on Tuesday). */
function lastWorkingDay(day: number, length: number): number {
  let d = day;
  for (let left = length - 1; left > 0; ) {
    d++;
    if (weekday(d) < 5) left--;
  }
  return d;
}

/** Repeat clients: a fifth of the active firms of the matching sectors, a few of them often. */
function clientPools(world: World, rng: Rng): Map<EquipmentCategory, (rng: Rng) => number> {
  const pools = new Map<EquipmentCategory, (rng: Rng) => number>();
  const fallback = world.active.length > 0 ? world.active : world.partners.map((_, i) => i);
  for (const [category, sectors] of Object.entries(CLIENT_SECTORS) as [EquipmentCategory, readonly Sector[]][]) {
    const pairs: [number, number][] = [];
    for (const s of sectors) {
      for (const p of world.activeBySector.get(s) ?? []) if (rng.chance(0.2)) pairs.push([p, 1 / (1 + rng.int(0, 9))]);
    }
    if (pairs.length === 0) pairs.push([fallback[0]!, 1]);
    pools.set(category, weightedTable(pairs));
  }
  return pools;
}
