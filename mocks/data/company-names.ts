import type { DepartmentCode, Sector } from '../../src/contract/reference';
import { LAST_NAMES } from './people';
import type { Rng } from './random';
import { weightedTable } from './random';

/**
 * Fictional but plausible French company names, assembled from parts so that no real firm is
 * named on purpose: brand coinages ("Cévalys"), trade + territory ("Composites du Gardon"),
 * family firms ("Ateliers Vidal"), acronyms ("SMTC Ingénierie").
 */

const TRADES: Record<Sector, readonly string[]> = {
  sante: ['Médical', 'Biomédical', 'Santé', 'Dispositifs Médicaux', 'Orthopédie', 'Pharma', 'Imagerie', 'Biotech', 'Diagnostic', 'E-santé'],
  'protection-civile': ['Sécurité', 'Prévention', 'Secours', 'Risques', 'Sûreté', 'Incendie', 'Protection', 'Formation Sécurité'],
  nucleaire: ['Nucléaire', 'Nucléaire Services', 'Radioprotection', 'Démantèlement', 'Maintenance Nucléaire', 'Atome Ingénierie', 'Contrôle Non Destructif', 'Assainissement Nucléaire'],
  mecatronique: ['Mécatronique', 'Automatismes', 'Robotique', 'Mécanique', 'Usinage', 'Précision', 'Systèmes', 'Électronique', 'Chaudronnerie'],
  'energies-renouvelables': ['Énergies', 'Solaire', 'Éolien', 'Photovoltaïque', 'Énergie Verte', 'Thermique', 'Géothermie', 'Biomasse'],
  hydrogene: ['Hydrogène', 'H2', 'Électrolyse', 'Gaz Verts', 'Piles à Combustible', 'Hydrogène Vert'],
  materiaux: ['Composites', 'Polymères', 'Matériaux', 'Plasturgie', 'Céramiques', 'Métallurgie', 'Revêtements', 'Fonderie', 'Chimie Fine'],
  'numerique-ia': ['Informatique', 'Numérique', 'Data', 'Logiciels', 'Digital', 'IA', 'Cloud', 'Réseaux', 'Cybersécurité', 'Solutions'],
  construction: ['Construction', 'Bâtiment', 'Travaux Publics', 'BTP', 'Génie Civil', 'Charpente', 'Béton', 'Ingénierie', 'Rénovation'],
  'eau-environnement': ['Environnement', 'Eau', 'Hydraulique', 'Assainissement', 'Recyclage', 'Dépollution', 'Traitement des Eaux', 'Valorisation'],
};

const TERRITORIES: Partial<Record<DepartmentCode, readonly string[]>> = {
  '30': ['du Gardon', 'des Cévennes', 'de la Cèze', 'du Vidourle', 'des Costières', "de l'Uzège", 'de Camargue', 'Cévenol', 'Gardois', 'du Pont du Gard', 'de la Vallée du Rhône'],
  '34': ['du Lez', 'de Thau', "de l'Hérault", 'du Languedoc', "de l'Orb", 'du Pic Saint-Loup', 'Méditerranée', 'Héraultais'],
  '31': ['de la Garonne', 'du Lauragais', 'Toulousain', 'des Pyrénées', 'Sud-Ouest'],
  '11': ['des Corbières', 'du Minervois', 'Audois', 'du Narbonnais'],
  '66': ['du Roussillon', 'Catalan', 'du Canigou'],
  '12': ['du Rouergue', 'Aveyronnais', 'des Grands Causses'],
  '48': ['de Lozère', "de l'Aubrac", 'du Gévaudan'],
  '81': ['du Tarn', 'Albigeois', 'de la Montagne Noire'],
  '82': ['du Quercy', 'Montalbanais'],
  '46': ['du Quercy', 'du Lot', 'Figeacois'],
  '65': ['de Bigorre', 'des Pyrénées'],
  '32': ['de Gascogne', 'Gersois'],
  '09': ['Ariégeois', 'du Couserans'],
  HO: ['de France', 'Industrie', 'Provence', 'Rhône-Alpes', 'Atlantique', 'Alpes', 'Grand Est', 'Europe'],
};
const REGIONAL = ["d'Occitanie", 'du Midi', 'du Sud', 'Occitane', 'Méridional'];

const BRAND_ROOTS = [
  'Céva', 'Gardo', 'Garri', 'Camar', 'Lozé', 'Mistra', 'Tramon', 'Occi', 'Aigo', 'Caussa', 'Vidou', 'Olivé', 'Cigal', 'Sola', 'Aqua',
  'Hydro', 'Thermo', 'Pyro', 'Méca', 'Robo', 'Nova', 'Alti', 'Vecto', 'Axio', 'Kiné', 'Silva', 'Terra', 'Petra', 'Ferro', 'Lumi', 'Volta',
  'Sigma', 'Opti', 'Ondi', 'Calo', 'Ato', 'Cristal', 'Néo', 'Géo', 'Orbi', 'Tecto', 'Flu', 'Poly', 'Magna', 'Vita', 'Datu', 'Symé', 'Ardé',
] as const;
const BRAND_ENDINGS = ['lys', 'tec', 'tis', 'nov', 'via', 'ris', 'xis', 'lia', 'néo', 'rys', 'dis', 'tel', 'gen', 'nex', 'sys', 'lab', 'ka', 'mind', 'line', 'ium'] as const;
const WORKSHOP = ['Ateliers', 'Établissements', 'Groupe', 'Société', 'Maison'] as const;

const pickLegal = weightedTable<string>([['SAS', 40], ['SARL', 22], ['SA', 7], ['SASU', 9], ['EURL', 5], ['SCOP', 2], ['', 15]]);
const pickPattern = weightedTable<'brand' | 'trade' | 'family' | 'acronym'>([['brand', 34], ['trade', 28], ['family', 24], ['acronym', 14]]);
const LETTERS = 'ABCDEFGHIJKLMNOPRSTV';

function acronym(rng: Rng): string {
  let s = '';
  const n = rng.int(3, 4);
  for (let i = 0; i < n; i++) s += LETTERS[rng.int(0, LETTERS.length - 1)];
  return s;
}

function baseName(rng: Rng, sector: Sector, department: DepartmentCode): string {
  const trade = rng.pick(TRADES[sector]);
  switch (pickPattern(rng)) {
    case 'brand': {
      const brand = rng.pick(BRAND_ROOTS) + rng.pick(BRAND_ENDINGS);
      const word = brand.charAt(0).toUpperCase() + brand.slice(1).toLowerCase();
      return rng.chance(0.5) ? `${word} ${trade}` : word;
    }
    case 'trade': {
      const places = TERRITORIES[department] ?? REGIONAL;
      return `${trade} ${rng.chance(0.8) ? rng.pick(places) : rng.pick(REGIONAL)}`;
    }
    case 'family':
      return rng.chance(0.4) ? `${rng.pick(WORKSHOP)} ${rng.pick(LAST_NAMES)}` : `${rng.pick(LAST_NAMES)} ${trade}`;
    case 'acronym':
      return `${acronym(rng)} ${trade}`;
  }
}

/**
 * Draws names until one is new in its department; past a few collisions (scale 100 puts 35,000
 * firms in Gard) the town, then a number, tells them apart as real homonyms are told apart.
 */
export class CompanyNamer {
  private readonly used = new Map<DepartmentCode, Set<string>>();

  next(rng: Rng, sector: Sector, department: DepartmentCode, city: string): { name: string; base: string } {
    let set = this.used.get(department);
    if (!set) {
      set = new Set();
      this.used.set(department, set);
    }
    let base = baseName(rng, sector, department);
    for (let attempt = 0; set.has(base.toLowerCase()) && attempt < 6; attempt++) base = baseName(rng, sector, department);
    if (set.has(base.toLowerCase())) base = `${base} ${city}`;
    for (let n = 2; set.has(base.toLowerCase()); n++) base = `${base.replace(/ \d+$/, '')} ${n}`;
    set.add(base.toLowerCase());
    const legal = pickLegal(rng);
    return { name: legal ? `${base} ${legal}` : base, base };
  }
}
