import type { Interaction, Task } from '../../src/contract/entities';
import type { InteractionKind } from '../../src/contract/reference';
import { isoDay, isoInstant, weekday, workingDay } from './calendar';
import type { World } from './context';
import { idMaker } from './context';
import type { Rng } from './random';
import { apportion, weightedTable } from './random';
import { APPRENTICESHIP_OFFICE, BUSINESS_DEVELOPERS, PLATFORM_MANAGER } from './users';

const SUMMARIES: Record<Exclude<InteractionKind, 'event'>, readonly string[]> = {
  meeting: [
    'Rendez-vous : besoins en alternance pour la prochaine rentrée', 'Réunion de lancement d’un projet de recherche', 'Point annuel sur le partenariat',
    'Présentation des plateformes d’essais de l’école', 'Rendez-vous sur la campagne de taxe d’apprentissage', 'Réunion avec la direction : pistes de chaire industrielle',
  ],
  call: [
    'Appel : relance sur la proposition de contrat de recherche', 'Appel : préparation de la visite du site', 'Appel : tuteurs disponibles pour les apprentis',
    'Appel : suivi de la réservation d’équipement', 'Appel de courtoisie, pas de besoin immédiat', 'Appel : recrutement de jeunes diplômés',
  ],
  visit: [
    'Visite du site avec l’équipe technique', 'Visite des ateliers et rencontre avec les apprentis', 'Visite des plateformes de l’école par l’entreprise',
    'Visite de chantier avec le tuteur de l’apprenti',
  ],
  email: [
    'E-mail : envoi de la plaquette des formations', 'E-mail : devis d’essais transmis', 'E-mail : invitation au Forum entreprises',
    'E-mail : relance SOLTéA pour la taxe d’apprentissage', 'E-mail : offres de stage à diffuser aux élèves', 'E-mail : compte rendu de la dernière réunion',
  ],
};
const pickKind = weightedTable<Exclude<InteractionKind, 'event'>>([['meeting', 25], ['call', 30], ['visit', 12], ['email', 33]]);

const TASK_TITLES = [
  'Relancer pour la proposition en attente', 'Préparer la visite du site', 'Envoyer le devis d’essais', 'Planifier le point avec le tuteur',
  'Inviter au Forum entreprises', 'Confirmer la promesse de taxe d’apprentissage (SOLTéA)', 'Mettre à jour la fiche entreprise',
  'Organiser une rencontre avec la direction de l’école', 'Transmettre les offres de stage aux élèves', 'Proposer un sujet de projet de fin d’études',
];
const GENERAL_TASKS = [
  'Préparer le bilan trimestriel des partenariats', 'Mettre à jour la liste des tuteurs', 'Préparer la Semaine de l’industrie',
  'Compiler les promesses SOLTéA', 'Relire la plaquette entreprises',
];

const HISTORY = 3 * 365;

function authorFor(rng: Rng, ownerId: string | null): string {
  const r = rng.next();
  if (r < 0.08) return APPRENTICESHIP_OFFICE;
  if (r < 0.13) return PLATFORM_MANAGER;
  return ownerId ?? rng.pick(BUSINESS_DEVELOPERS);
}

/** About three years of contact history; recent months are denser, dormant firms went quiet 18+ months ago. */
export function generateInteractions(world: World, attended: Map<number, [number, string][]>): Interaction[] {
  const rng = world.rng.fork('interactions');
  const id = idMaker('i', Math.round(5000 * world.scale), 6);
  const out: Interaction[] = [];
  const rows: { day: number; kind: InteractionKind; summary: string; contact: boolean }[] = [];
  world.partners.forEach((partner, p) => {
    rows.length = 0;
    const count = partner.stage === 'active' ? rng.int(3, 9) : partner.stage === 'prospect' ? rng.int(0, 3) : rng.int(1, 3);
    for (let k = 0; k < count; k++) {
      let day: number;
      if (partner.stage === 'dormant') day = world.today - rng.int(540, HISTORY);
      else if (partner.stage === 'prospect') day = world.today - rng.int(0, 540);
      else day = world.today - Math.floor(HISTORY * Math.pow(rng.next(), 1.4));
      const kind = pickKind(rng);
      rows.push({ day: workingDay(day) > world.today ? day : workingDay(day), kind, summary: rng.pick(SUMMARIES[kind]), contact: rng.chance(0.85) });
    }
    for (const [day, title] of attended.get(p) ?? []) {
      if (day >= world.today - HISTORY && rng.chance(0.4)) rows.push({ day, kind: 'event', summary: `Échange au stand : ${title}`, contact: rng.chance(0.6) });
    }
    rows.sort((a, b) => a.day - b.day);
    const contacts = world.contactsOf[p]!;
    for (const row of rows) {
      out.push({
        id: id(out.length + 1),
        partnerId: partner.id,
        contactId: row.contact && contacts.length > 0 ? world.contacts[rng.pick(contacts)]!.id : null,
        date: isoDay(row.day),
        kind: row.kind,
        authorId: authorFor(rng, partner.ownerId),
        summary: row.summary,
        synthetic: true,
      });
    }
  });
  return out;
}

type Bucket = 'done' | 'overdue' | 'today' | 'week' | 'later';
const BUCKETS: readonly (readonly [Bucket, number])[] = [['done', 45], ['overdue', 12], ['today', 5], ['week', 13], ['later', 25]];

/** Follow-ups in every bucket of the tasks view: done, overdue, due today, this week, later. */
export function generateTasks(world: World): Task[] {
  const rng = world.rng.fork('tasks');
  const count = Math.round(0.8 * world.active.length + 0.2 * world.prospects.length + 20 * world.scale);
  const id = idMaker('t', count, 5);
  const buckets: Bucket[] = [];
  apportion(count, BUCKETS.map(([, w]) => w)).forEach((n, i) => {
    for (let k = 0; k < n; k++) buckets.push(BUCKETS[i]![0]);
  });
  rng.shuffle(buckets);
  // Days left in the ISO week after today (Sunday: none, so "this week" rolls to the next days).
  const toSunday = 6 - weekday(world.today);
  const general = Math.round(20 * world.scale);
  const tasks: Task[] = [];
  for (let i = 0; i < count; i++) {
    const bucket = buckets[i]!;
    const p = i < general ? null : rng.chance(0.8) ? rng.pick(world.active) : rng.pick(world.prospects.length > 0 ? world.prospects : world.active);
    const partner = p === null ? null : world.partners[p]!;
    let due: number;
    if (bucket === 'done') due = world.today - rng.int(1, 700);
    else if (bucket === 'overdue') due = world.today - rng.int(1, 45);
    else if (bucket === 'today') due = world.today;
    else if (bucket === 'week') due = world.today + rng.int(1, Math.max(1, toSunday));
    else due = world.today + rng.int(8, 120);
    const created = Math.min(world.today, due - rng.int(3, 40));
    const r = rng.next();
    const ownerId = r < 0.07 ? APPRENTICESHIP_OFFICE : r < 0.12 ? PLATFORM_MANAGER : (partner?.ownerId ?? rng.pick(BUSINESS_DEVELOPERS));
    tasks.push({
      id: id(i + 1),
      partnerId: partner?.id ?? null,
      title: partner ? rng.pick(TASK_TITLES) : rng.pick(GENERAL_TASKS),
      due: isoDay(due),
      ownerId,
      done: bucket === 'done',
      createdAt: isoInstant(created, rng.int(7, 16), rng.pick([0, 10, 20, 30, 40, 50])),
      synthetic: true,
      version: 1,
    });
  }
  return tasks;
}
