import type { AcademicPartner } from '../../src/contract/entities';
import { isoDay } from './calendar';
import type { World } from './context';
import type { Rng } from './random';

/**
 * Partner schools. The list does not scale: 28 double degrees in 2022 is a fact about the school,
 * not a volume (DATA.md). The three named French partners are real (synthetic: false); the
 * international ones have generic names in real countries and cities.
 */

type Seed = readonly [school: string, country: string, city: string, field: string];

const NAMED: readonly Seed[] = [
  ['École nationale supérieure d’architecture de Montpellier', 'France', 'Montpellier', 'Architecture et construction durable'],
  ['École nationale supérieure de chimie de Montpellier (ENSCM)', 'France', 'Montpellier', 'Chimie et matériaux'],
  ['Université de Montpellier', 'France', 'Montpellier', 'Santé et mouvement'],
];

const INTERNATIONAL: readonly Seed[] = [
  ['Universidad Politécnica del Levante', 'Espagne', 'Valence', 'Génie civil'],
  ['Universidad Técnica del Norte', 'Espagne', 'Bilbao', 'Mécatronique'],
  ['Politecnico della Pianura', 'Italie', 'Turin', 'Matériaux'],
  ['Università Tecnica del Mediterraneo', 'Italie', 'Naples', 'Risques et environnement'],
  ['Technische Hochschule Rhein-Süd', 'Allemagne', 'Karlsruhe', 'Énergie'],
  ['Hochschule für Technik Nordost', 'Allemagne', 'Dresde', 'Informatique'],
  ['Universidade Técnica do Atlântico', 'Portugal', 'Porto', 'Génie civil'],
  ['Haute École polytechnique de Wallonie', 'Belgique', 'Liège', 'Matériaux'],
  ['École polytechnique du Saint-Laurent', 'Canada', 'Montréal', 'Génie industriel'],
  ['Universidade Federal Tecnológica do Sul', 'Brésil', 'Porto Alegre', 'Énergie'],
  ['Universidad Técnica del Pacífico', 'Chili', 'Valparaíso', 'Mines et géosciences'],
  ['Instituto Tecnológico del Bajío', 'Mexique', 'León', 'Mécatronique'],
  ['Universidad Tecnológica de los Andes', 'Colombie', 'Medellín', 'Environnement'],
  ['École nationale d’ingénieurs de l’Atlas', 'Maroc', 'Rabat', 'Génie civil'],
  ['École polytechnique du Sahel', 'Tunisie', 'Sousse', 'Informatique'],
  ['Institut polytechnique de la Côte', 'Sénégal', 'Dakar', 'Eau et environnement'],
  ['Université technique du Levant', 'Liban', 'Beyrouth', 'Génie civil'],
  ['Institut de technologie du Delta', 'Vietnam', 'Hô Chi Minh-Ville', 'Informatique'],
  ['Université des sciences et technologies de l’Est', 'Chine', 'Hangzhou', 'Matériaux'],
  ['Institute of Technology of the Kansai Coast', 'Japon', 'Kobe', 'Robotique'],
  ['Institute of Engineering of the Deccan', 'Inde', 'Pune', 'Informatique et IA'],
  ['Tekniska högskolan i Norrland', 'Suède', 'Luleå', 'Mines et énergie'],
  ['Politechnika Południowa', 'Pologne', 'Cracovie', 'Mécanique'],
  ['Universitatea Tehnică a Banatului', 'Roumanie', 'Timișoara', 'Génie civil'],
  ['University of Technology of the Midlands', 'Royaume-Uni', 'Nottingham', 'Matériaux'],
  // Double degrees signed after 2022, and ones that lapsed: they must not count in 2022's 28.
  ['Institute of Technology of the Western Shore', 'Irlande', 'Galway', 'Énergie'],
  ['Haute école d’ingénierie romande', 'Suisse', 'Lausanne', 'Risques'],
  ['Universidad Nacional Tecnológica del Litoral', 'Argentine', 'Santa Fe', 'Agro-environnement'],
  ['Technical University of the Baltic Coast', 'Lettonie', 'Riga', 'Informatique'],
  // Exchange agreements without a double degree.
  ['Universidad Politécnica de Castilla', 'Espagne', 'Valladolid', 'Mobilité d’études'],
  ['Università degli Studi Tecnici Adriatici', 'Italie', 'Ancône', 'Mobilité d’études'],
  ['Hochschule Bodensee-Technik', 'Allemagne', 'Constance', 'Mobilité d’études'],
  ['University of Applied Sciences of the Fjords', 'Norvège', 'Bergen', 'Mobilité d’études'],
  ['Technical College of New Brunswick Coast', 'Canada', 'Moncton', 'Stage de recherche'],
];

export function generateAcademicPartners(world: World): AcademicPartner[] {
  const rng = world.rng.fork('academic');
  const out: AcademicPartner[] = [];
  const soon: number[] = [];
  const add = (seed: Seed, opts: { national: boolean; doubleDegree: boolean; since: number; active: boolean; synthetic: boolean }) => {
    const [school, country, city, field] = seed;
    // Renewals spread over the next three years; lapsed agreements were due in the past.
    const renewal = opts.active ? world.today + rng.int(15, 3 * 365) : world.today - rng.int(60, 700);
    if (opts.active && renewal - world.today <= 182) soon.push(out.length);
    out.push({
      id: `ap-${String(out.length + 1).padStart(2, '0')}`,
      school, country, city,
      scope: opts.national ? 'national' : 'international',
      doubleDegree: opts.doubleDegree,
      since: opts.since,
      renewalDate: isoDay(renewal),
      field,
      active: opts.active,
      synthetic: opts.synthetic,
      version: 1,
    });
  };
  const sinceBefore2022 = (r: Rng, from: number) => r.int(from, 2022);
  NAMED.forEach((seed, i) => add(seed, { national: true, doubleDegree: true, since: [2012, 2009, 2015][i]!, active: true, synthetic: false }));
  INTERNATIONAL.slice(0, 25).forEach((seed) => add(seed, { national: false, doubleDegree: true, since: sinceBefore2022(rng, 2004), active: true, synthetic: true }));
  INTERNATIONAL.slice(25, 27).forEach((seed, i) => add(seed, { national: false, doubleDegree: true, since: 2023 + i, active: true, synthetic: true }));
  INTERNATIONAL.slice(27, 29).forEach((seed) => add(seed, { national: false, doubleDegree: true, since: rng.int(2010, 2016), active: false, synthetic: true }));
  INTERNATIONAL.slice(29).forEach((seed) => add(seed, { national: false, doubleDegree: false, since: rng.int(2008, 2024), active: true, synthetic: true }));

  // A renewals widget needs something to show: at least four agreements due within six months.
  for (let k = 0; soon.length < 4 && k < out.length; k++) {
    const row = out[(k * 7) % out.length]!;
    if (!row.active || soon.includes((k * 7) % out.length)) continue;
    row.renewalDate = isoDay(world.today + rng.int(20, 170));
    soon.push((k * 7) % out.length);
  }
  return out;
}
