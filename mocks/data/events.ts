import type { SchoolEvent } from '../../src/contract/entities';
import type { DepartmentCode, EventKind } from '../../src/contract/reference';
import { dayOf, isoDay, nthWeekday, yearOfDay } from './calendar';
import type { World } from './context';
import type { Rng } from './random';
import { weightedTable } from './random';

/**
 * The school's yearly calendar over the last five years (DATA.md): the company forum each November
 * (~80 firms), the Semaine de l'industrie each March, open days, and workshops at the Hub
 * créativité (in use since 2021, inaugurated in November 2022). A few events are planned after
 * "today" and have nobody registered yet. Attendance scales with the companies; the calendar does not.
 */

const CAMPUS = 'IMT Mines Alès — campus de Clavières';
const HUB = 'Hub créativité, Alès';
const WORKSHOP_TOPICS = [
  'l’hydrogène dans l’industrie', 'la sobriété énergétique des ateliers', 'l’IA au service de la maintenance', 'les matériaux biosourcés',
  'la gestion des risques industriels', 'le numérique dans le BTP', 'la santé au travail et le mouvement', 'l’eau dans les procédés',
  'la robotique collaborative', 'le recyclage des composites',
];
const DEPARTMENT_WEIGHT: Partial<Record<DepartmentCode, number>> = { '30': 4, '34': 2, '31': 1, HO: 0.5 };

interface Planned {
  kind: EventKind;
  title: string;
  day: number;
  place: string;
  /** Companies expected at scale 1. */
  size: readonly [number, number];
}

function calendar(year: number): Planned[] {
  const events: Planned[] = [
    { kind: 'open-day', title: `Journée portes ouvertes — janvier ${year}`, day: nthWeekday(year, 1, 5, 4), place: CAMPUS, size: [3, 8] },
    { kind: 'workshop', title: `Atelier : ${WORKSHOP_TOPICS[year % WORKSHOP_TOPICS.length]!}`, day: nthWeekday(year, 2, 3, 2), place: HUB, size: [6, 14] },
    { kind: 'semaine-industrie', title: `Semaine de l’industrie ${year}`, day: nthWeekday(year, 3, 1, 3), place: CAMPUS, size: [25, 40] },
    { kind: 'open-day', title: `Journée portes ouvertes — mars ${year}`, day: nthWeekday(year, 3, 5, 2), place: CAMPUS, size: [3, 8] },
    { kind: 'workshop', title: `Atelier : ${WORKSHOP_TOPICS[(year + 3) % WORKSHOP_TOPICS.length]!}`, day: nthWeekday(year, 5, 3, 3), place: HUB, size: [6, 14] },
    { kind: 'workshop', title: `Atelier : ${WORKSHOP_TOPICS[(year + 6) % WORKSHOP_TOPICS.length]!}`, day: nthWeekday(year, 10, 1, 2), place: HUB, size: [6, 14] },
    { kind: 'forum', title: `Forum entreprises ${year}`, day: nthWeekday(year, 11, 3, 3), place: CAMPUS, size: [74, 86] },
    { kind: 'workshop', title: `Atelier : ${WORKSHOP_TOPICS[(year + 8) % WORKSHOP_TOPICS.length]!}`, day: nthWeekday(year, 12, 3, 1), place: HUB, size: [6, 14] },
  ];
  if (year === 2022) events.push({ kind: 'workshop', title: 'Inauguration du Hub créativité', day: dayOf(2022, 11, 25), place: HUB, size: [20, 30] });
  return events.sort((a, b) => a.day - b.day);
}

export interface EventsResult {
  events: SchoolEvent[];
  /** Past events attended, by partner index: [day, title]. */
  attended: Map<number, [number, string][]>;
}

export function generateEvents(world: World): EventsResult {
  const rng = world.rng.fork('events');
  const todayYear = yearOfDay(world.today);
  const horizon = world.today + 150;
  // Forums draw active partners and prospects, mostly from Gard and Hérault.
  const pool = [...world.active, ...world.prospects].map((p) => [p, DEPARTMENT_WEIGHT[world.partners[p]!.department] ?? 1] as const);
  const draw = pool.length > 0 ? weightedTable(pool) : null;
  const events: SchoolEvent[] = [];
  const attended = new Map<number, [number, string][]>();

  for (let year = todayYear - 4; year <= todayYear + 1; year++) {
    for (const planned of calendar(year)) {
      if (planned.day > horizon || (planned.place === HUB && year < 2021)) continue;
      const partnerIds: string[] = [];
      if (planned.day <= world.today && draw) {
        const wanted = Math.min(pool.length, Math.round(rng.int(planned.size[0], planned.size[1]) * world.scale));
        for (const p of sample(rng, draw, wanted)) {
          partnerIds.push(world.partners[p]!.id);
          let list = attended.get(p);
          if (!list) attended.set(p, (list = []));
          list.push([planned.day, planned.title]);
        }
      }
      events.push({
        id: `ev-${String(events.length + 1).padStart(3, '0')}`,
        kind: planned.kind,
        title: planned.title,
        date: isoDay(planned.day),
        place: planned.place,
        partnerIds,
        synthetic: true,
      });
    }
  }
  return { events, attended };
}

/** `wanted` distinct indexes, weighted; rejection is cheap because events take a small part of the pool. */
function sample(rng: Rng, draw: (rng: Rng) => number, wanted: number): number[] {
  const seen = new Set<number>();
  const out: number[] = [];
  for (let guard = 0; out.length < wanted && guard < wanted * 50; guard++) {
    const p = draw(rng);
    if (seen.has(p)) continue;
    seen.add(p);
    out.push(p);
  }
  return out;
}
