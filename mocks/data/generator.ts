import type { Dataset, GeneratorOptions } from './dataset';
import { DEFAULT_SEED, DEMO_TODAY } from './dataset';
import { generateAcademicPartners } from './academic';
import { parseIsoDay, yearOfDay } from './calendar';
import { generateContacts } from './contacts';
import type { World } from './context';
import { generateContracts } from './contracts';
import { generateEquipment } from './equipment';
import { generateEvents } from './events';
import { generateInteractions, generateTasks } from './interactions';
import { applyKinds } from './kinds';
import { generateOpportunities, generateTaxPledges } from './opportunities';
import { generatePartners, settlePartnerDates } from './partners';
import { ALES_TERRITORY } from './places';
import { Rng } from './random';
import { generateStartups } from './startups';
import { USERS } from './users';

/**
 * The deterministic demo dataset: everything derives from `seed` and `today`, never from the clock
 * or Math.random, so the same options give the same JSON byte for byte.
 *
 * Scale: companies and everything attached to them (contacts, interactions, tasks, opportunities,
 * contracts, bookings, pledges, event attendance), the students of the yearly figures (so that the
 * apprentice share holds) and the start-ups grow with `scale`; the equipment catalogue is
 * replicated `scale` times so bookings still fit without overlaps. Users, the event calendar and the
 * academic partners stay as they are: they describe the school, not its volume of business.
 */
export const MIN_SCALE = 0.05;

export function generateDataset(options: GeneratorOptions = {}): Dataset {
  const seed = options.seed ?? DEFAULT_SEED;
  const scale = options.scale ?? 1;
  const todayIso = options.today ?? DEMO_TODAY;
  // Below 50 companies the shares the dataset promises (a nuclear host among them…) cannot all hold.
  if (!(scale >= MIN_SCALE) || !Number.isFinite(scale)) throw new RangeError(`scale must be a number ≥ ${MIN_SCALE}, got ${scale}`);
  if (!Number.isInteger(seed)) throw new RangeError(`seed must be an integer, got ${seed}`);
  const today = parseIsoDay(todayIso);

  const world: World = {
    rng: new Rng(seed),
    today,
    scale,
    partners: [],
    domains: [],
    active: [],
    prospects: [],
    dormant: [],
    activeBySector: new Map(),
    contacts: [],
    contactsOf: [],
  };
  generatePartners(world);
  generateContacts(world);
  const { contracts, yearlyFigures } = generateContracts(world);
  const { equipment, maintenance, bookings } = generateEquipment(world);
  const startups = generateStartups(world);
  const academicPartners = generateAcademicPartners(world);
  const { events, attended } = generateEvents(world);
  const opportunities = generateOpportunities(world);
  const interactions = generateInteractions(world, attended);
  const tasks = generateTasks(world);
  const taxPledges = generateTaxPledges(world);

  settlePartnerDates(world, firstActivity(contracts, bookings, opportunities));
  applyKinds(world.partners, { contracts, bookings, opportunities, startups, taxPledges, events });
  addTags(world, attended, opportunities);

  return {
    today: todayIso,
    seed,
    scale,
    users: USERS.map((u) => ({ ...u })),
    partners: world.partners,
    contacts: world.contacts,
    interactions,
    tasks,
    opportunities,
    contracts,
    equipment,
    maintenance,
    bookings,
    startups,
    academicPartners,
    events,
    taxPledges,
    yearlyFigures,
  };
}

/** The earliest dated thing each company did with the school: a contract, a booking, a deal won. */
function firstActivity(contracts: Dataset['contracts'], bookings: Dataset['bookings'], opportunities: Dataset['opportunities']): Map<string, string> {
  const first = new Map<string, string>();
  const see = (partnerId: string, date: string) => {
    const known = first.get(partnerId);
    if (known === undefined || date < known) first.set(partnerId, date);
  };
  for (const c of contracts) see(c.partnerId, c.start);
  for (const b of bookings) if (b.status !== 'cancelled') see(b.partnerId, b.start.slice(0, 10));
  for (const o of opportunities) if (o.stage === 'won' && o.closedAt !== null) see(o.partnerId, o.closedAt);
  return first;
}

const MARCOULE_AREA = new Set(['Bagnols-sur-Cèze', 'Chusclan', 'Codolet', 'Pont-Saint-Esprit', "Laudun-l'Ardoise"]);

/** Tags people would have typed: the territory, the clusters, the last forum a company came to. */
function addTags(world: World, attended: Map<number, [number, string][]>, opportunities: Dataset['opportunities']): void {
  const rng = world.rng.fork('tags');
  const chairs = new Set(opportunities.filter((o) => o.kind === 'chair' && o.stage !== 'lost').map((o) => o.partnerId));
  world.partners.forEach((partner, p) => {
    const tags: string[] = [];
    if (partner.sector === 'nucleaire' && partner.department === '30' && MARCOULE_AREA.has(partner.city)) tags.push('Marcoule');
    if (ALES_TERRITORY.has(partner.city)) tags.push('Territoire d’industrie');
    if (partner.sector === 'sante' && partner.department === '34') tags.push('pôle santé Montpellier');
    if (partner.sector === 'hydrogene' && ['11', '30', '34'].includes(partner.department)) tags.push('hydrogène');
    if (chairs.has(partner.id)) tags.push('chaire');
    const forums = (attended.get(p) ?? []).filter(([, title]) => title.startsWith('Forum entreprises'));
    const last = forums[forums.length - 1];
    if (last) tags.push(`forum ${yearOfDay(last[0])}`);
    if (partner.city === 'Alès' && partner.stage === 'active' && (partner.sizeBand === 'tpe' || partner.sizeBand === 'pme') && rng.chance(0.25)) {
      tags.push('bâtiment entreprises du campus');
    }
    if (rng.chance(0.08)) tags.push('alumni dirigeant');
    partner.tags = tags;
  });
}
